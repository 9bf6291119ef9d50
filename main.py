"""Lokakarya: plan, run and record offline work-culture training sessions.

`python main.py` opens the app; `python main.py sessions` lists the stored sessions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

APP_NAME = "Lokakarya"


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one clear line on stderr with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lokakarya",
        description="Lokakarya: plan, run and record offline work-culture training sessions.",
        epilog="Without a command the desktop app opens. Data stays on this computer.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder holding the Lokakarya store and its backups "
        "(default: the platform's application data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        help="language of the interface and messages: id (Bahasa Indonesia) or en (English); "
        "default: the saved preference, else the system language",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("sessions", help="list the sessions in the store (id, date, title)")
    return parser


def default_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if args.command:
        from ui.cli import run_command

        return run_command(args.command, data_dir, args.lang)
    from ui.app import run_gui

    return run_gui(data_dir, args.lang)


if __name__ == "__main__":
    sys.exit(main())

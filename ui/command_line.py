"""The command line: `lokakarya [--data-dir DIR] [--lang id|en] [COMMAND ...]`.

Without a command the desktop app opens; commands are run by ui/cli/commands.py. This lives in
a module, not in main.py, because Python compiles a script on every start but caches a module's
bytecode.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
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
    add_command = _with_data_dir(commands)
    add_command("sessions", help="list the sessions in the store (id, date, title)")
    purge = add_command(
        "empty-trash", help="delete the sessions in the trash for good, with all their data"
    )
    purge.add_argument("--yes", action="store_true", required=True, help="yes, for good")
    _add_exchange_commands(add_command)
    return parser


def _with_data_dir(commands: argparse._SubParsersAction):  # noqa: ANN202
    """Every command also accepts --data-dir after its name (`lokakarya sessions --data-dir
    X`); SUPPRESS keeps a value given before the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="as above"
    )

    def add_command(name: str, **kwargs: object) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], **kwargs)

    return add_command


SESSION_HELP = "the session's id, or the start of its title if only one session has it"
REDACT_HELP = "leave out personal data (NIP, phone, e-mail, birth place and date)"


def _document_verb(  # noqa: ANN202
    add_command,  # noqa: ANN001
    name: str,
    help_text: str,
    out: str,
    lang_of: str | None = None,
    redact: bool = True,
    kop: bool = False,
):
    """A verb that writes one file of a session: SESSION, --out, and the usual options."""
    verb = add_command(name, help=help_text)
    verb.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    verb.add_argument("--out", type=Path, required=True, metavar=out)
    if lang_of:
        verb.add_argument(
            "--lang",
            dest="report_lang",
            choices=("id", "en"),
            help=f"language of {lang_of} (default: the session's report language)",
        )
    if redact:
        verb.add_argument("--redact", action="store_true", help=REDACT_HELP)
    if kop:
        verb.add_argument("--kop", type=Path, metavar="IMAGE", help="letterhead image (PNG/JPEG)")
    return verb


def _add_exchange_commands(add_command) -> None:  # noqa: ANN001
    """Report, spreadsheet and bundle verbs. SESSION is an id or an unambiguous title start."""
    session_help = SESSION_HELP
    report = _document_verb(
        add_command,
        "report",
        "write the session report as a PDF",
        "FILE.pdf",
        "the report",
        kop=True,
    )
    report.add_argument("--logo", type=Path, metavar="IMAGE", help="logo image (PNG/JPEG)")
    report.add_argument(
        "--kind",
        choices=("summary", "official"),
        default="summary",
        help="summary: the session report (default); official: the activity report "
        "(laporan pelaksanaan kegiatan) in the structure offices file",
    )
    _document_verb(
        add_command,
        "berita-acara",
        "write the one-page minutes (berita acara pelaksanaan) as a PDF",
        "FILE.pdf",
        "the minutes",
        kop=True,
    )
    _document_verb(
        add_command,
        "xlsx",
        "write the session's tables as an Excel workbook",
        "FILE.xlsx",
        "the headers",
    )
    export = _document_verb(
        add_command, "export", "write the session as a .lokakarya bundle", "FILE.lokakarya"
    )
    export.add_argument(
        "--with-trash", action="store_true", help="carry trashed records too (as deletions)"
    )
    imported = add_command(
        "import", help="merge a .lokakarya bundle into the store (a backup is taken first)"
    )
    imported.add_argument("bundle", type=Path, metavar="FILE.lokakarya")
    roster = add_command(
        "roster",
        help="import a participant list (.xlsx .xls .xlsb .ods .csv) into a session: "
        "everyone or nobody",
    )
    roster.add_argument("session", metavar="SESSION", help=session_help)
    roster.add_argument("file", type=Path, metavar="FILE")
    roster.add_argument(
        "--sheet", metavar="NAME", help="the sheet to read (default: the likeliest)"
    )
    roster.add_argument(
        "--dry-run", action="store_true", help="print what would be imported, change nothing"
    )
    _add_certificates_command(add_command, session_help)


def _add_certificates_command(add_command, session_help: str) -> None:  # noqa: ANN001
    verb = _document_verb(
        add_command,
        "certificates",
        "write the certificates of every participant who completed, in one PDF "
        "(their numbers are registered)",
        "FILE.pdf",
        "the certificates",
        redact=False,  # a certificate is personal by nature
        kop=True,
    )
    verb.add_argument(
        "--date",
        dest="issued_on",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="date of issue (default: the session's last day)",
    )
    verb.add_argument("--logo", type=Path, metavar="IMAGE", help="logo image (PNG/JPEG)")


def default_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The desktop app's own options are read directly (building argparse's parsers costs a
    few ms of every start); anything else (a command, --help, a mistake) goes to argparse,
    which also words the errors."""
    gui = _gui_options(argv)
    return gui if gui is not None else build_parser().parse_args(argv)


GUI_OPTIONS = {"--data-dir": "data_dir", "--lang": "lang"}


def _gui_options(argv: list[str]) -> argparse.Namespace | None:
    """`[--data-dir DIR] [--lang id|en]` in any order (also `--lang=id`), else None."""
    found: dict[str, object] = {"data_dir": None, "lang": None, "command": None}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        key = GUI_OPTIONS.get(name)
        if key is None:
            return None
        if not equals:
            value = next(words, None)
            if value is None or value.startswith("-"):
                return None
        if key == "lang" and value not in ("id", "en"):
            return None
        found[key] = Path(value) if key == "data_dir" else value
    return argparse.Namespace(**found)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if not args.command:
        _before_qt_loads()
    data_dir = args.data_dir or default_data_dir()
    if args.command:
        from ui.cli.commands import run_command

        return run_command(args.command, data_dir, args.lang, args)
    from ui.shell.app import exit_now, run_gui

    exit_now(run_gui(data_dir, args.lang))
    return 0  # not reached: exit_now leaves the process


def _before_qt_loads() -> None:
    """The desktop app's first steps, before `import PySide6` (~80 ms): the system's fonts are
    set up on another core meanwhile, and Python's cyclic collector, which the app runs on the
    GUI thread only (ui/common/main_thread_gc.py), is off already: the imports that build Qt's
    classes run without its ~25 collections (~5 ms)."""
    import gc

    gc.disable()
    from ui.shell.font_warmup import start_font_warmup

    start_font_warmup()

"""Command-line verbs for organisers who script. Errors: one line on stderr, exit code 2."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import ui.import_speed  # noqa: F401 (first: makes every later import cheaper)
from storage.database import DB_FILENAME, OpenedStore, open_store
from storage.health import is_healthy
from storage.migrations import NewerSchemaError
from storage.sessions import SessionRepository
from ui.i18n import install_translator, resolve_language
from ui.logging_setup import setup_logging
from ui.refcount_guard import keep_singletons_alive

log = logging.getLogger(__name__)

EXIT_ERROR = 2


translate = QCoreApplication.translate


def _fail(message: str) -> int:
    print(f"lokakarya: {message}", file=sys.stderr)
    return EXIT_ERROR


class CommandError(Exception):
    """A command that cannot go on; the message is already in the user's language."""


def run_command(
    command: str, data_dir: Path, lang: str | None, args: argparse.Namespace | None = None
) -> int:
    keep_singletons_alive()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translator(app, resolve_language(lang))
    if data_dir.is_dir():
        setup_logging(data_dir)
    else:
        # Reading must not create folders; with nowhere to log, stay quiet on stderr.
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        if command == "sessions":
            return list_sessions(data_dir)
        if command in ("report", "xlsx", "export", "import") and args is not None:
            from ui.cli_exchange import run_exchange

            return run_exchange(command, data_dir, args)
        return _fail(translate("cli", "unknown command: %1").replace("%1", command))
    except Exception as error:  # the user gets a sentence, the log gets the traceback
        log.exception("command %s failed", command)
        return _fail(
            translate("cli", "unexpected error: %1 (details in the log in %2)")
            .replace("%1", str(error))
            .replace("%2", str(data_dir))
        )


def open_checked_store(data_dir: Path, create: bool = False) -> OpenedStore:
    """The store, opened without a start-up backup, or CommandError with a sentence."""
    path = data_dir / DB_FILENAME
    if not path.exists() and not create:
        raise CommandError(
            translate("cli", "there is no Lokakarya store in %1").replace("%1", str(data_dir))
        )
    if path.exists() and not is_healthy(path):
        raise CommandError(
            translate(
                "cli",
                "the store %1 is damaged; open the app to move it aside and restore a backup",
            ).replace("%1", str(path))
        )
    try:
        return open_store(data_dir, take_backup=False)
    except NewerSchemaError:
        raise CommandError(
            translate(
                "cli",
                "the store was written by a newer Lokakarya; please update the app",
            )
        ) from None
    except OSError as error:
        raise CommandError(
            translate("cli", "cannot open the data folder: %1").replace("%1", str(error))
        ) from None


def list_sessions(data_dir: Path) -> int:
    """Print id, first date and title of every session; reading never changes the store."""
    if not (data_dir / DB_FILENAME).exists():
        return 0
    try:
        opened = open_checked_store(data_dir)
    except CommandError as error:
        return _fail(str(error))
    try:
        for summary in SessionRepository(opened.db).list():
            day = summary.first_date.isoformat() if summary.first_date else "-"
            print(f"{summary.id}\t{day}\t{summary.title}")
    finally:
        opened.db.close()
    return 0

"""Command-line verbs for organisers who script. Errors: one line on stderr, exit code 2."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.database import DB_FILENAME, open_store
from storage.health import is_healthy
from storage.migrations import NewerSchemaError
from storage.sessions import SessionRepository
from ui.i18n import install_translator, resolve_language
from ui.logging_setup import setup_logging

log = logging.getLogger(__name__)

EXIT_ERROR = 2


translate = QCoreApplication.translate


def _fail(message: str) -> int:
    print(f"lokakarya: {message}", file=sys.stderr)
    return EXIT_ERROR


def run_command(command: str, data_dir: Path, lang: str | None) -> int:
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
        return _fail(translate("cli", "unknown command: %1").replace("%1", command))
    except Exception as error:  # the user gets a sentence, the log gets the traceback
        log.exception("command %s failed", command)
        return _fail(
            translate("cli", "unexpected error: %1 (details in the log in %2)")
            .replace("%1", str(error))
            .replace("%2", str(data_dir))
        )


def list_sessions(data_dir: Path) -> int:
    """Print id, first date and title of every session; reading never changes the store."""
    path = data_dir / DB_FILENAME
    if not path.exists():
        return 0
    if not is_healthy(path):
        return _fail(
            translate(
                "cli",
                "the store %1 is damaged; open the app to move it aside and restore a backup",
            ).replace("%1", str(path))
        )
    try:
        opened = open_store(data_dir, take_backup=False)
    except NewerSchemaError:
        return _fail(
            translate(
                "cli",
                "the store was written by a newer Lokakarya; please update the app",
            )
        )
    except OSError as error:
        return _fail(translate("cli", "cannot open the data folder: %1").replace("%1", str(error)))
    try:
        for summary in SessionRepository(opened.db).list():
            day = summary.first_date.isoformat() if summary.first_date else "-"
            print(f"{summary.id}\t{day}\t{summary.title}")
    finally:
        opened.db.close()
    return 0

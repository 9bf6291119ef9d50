"""Command-line verbs for organisers who script. Errors: one line on stderr, exit code 2."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import ui.common.import_speed  # noqa: F401 (first: makes every later import cheaper)
from storage.database import DB_FILENAME
from storage.sessions import SessionRepository
from storage.trash import empty_trash
from ui.cli.store_access import CommandError, fail, open_checked_store
from ui.cli.writer_lock import busy_text, is_busy_error
from ui.common.i18n import install_translator, resolve_language
from ui.common.logging_setup import setup_logging
from ui.common.refcount_guard import keep_singletons_alive

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


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
        if command == "empty-trash":
            return empty_the_trash(data_dir)
        if command == "roster" and args is not None:
            from ui.cli.roster import run_roster

            return run_roster(data_dir, args)
        if command in ("report", "berita-acara", "xlsx", "export", "import") and args is not None:
            from ui.cli.exchange import run_exchange

            return run_exchange(command, data_dir, args)
        if command == "certificates" and args is not None:
            from ui.cli.certificates import run_certificates

            return run_certificates(data_dir, args)
        return fail(translate("cli", "unknown command: %1").replace("%1", command))
    except Exception as error:
        if is_busy_error(error):  # another writer held the store past SQLite's timeout
            log.warning("command %s: %s", command, error)
            return fail(busy_text())  # the user gets a sentence, the log gets the traceback
        log.exception("command %s failed", command)
        return fail(
            translate("cli", "unexpected error: %1 (details in the log in %2)")
            .replace("%1", str(error))
            .replace("%2", str(data_dir))
        )


def list_sessions(data_dir: Path) -> int:
    """Print id, first date and title of every session; reading never changes the store."""
    if not (data_dir / DB_FILENAME).exists():
        return 0
    try:
        opened = open_checked_store(data_dir)
    except CommandError as error:
        return fail(str(error))
    try:
        for summary in SessionRepository(opened.db).list():
            day = summary.first_date.isoformat() if summary.first_date else "-"
            print(f"{summary.id}\t{day}\t{summary.title}")
    finally:
        opened.db.close()
    return 0


def empty_the_trash(data_dir: Path) -> int:
    """Delete the sessions in the trash for good (argparse asked for --yes already)."""
    try:
        opened = open_checked_store(data_dir)
    except CommandError as error:
        return fail(str(error))
    try:
        deleted = empty_trash(opened.db)
    finally:
        opened.db.close()
    print(translate("cli", "%1 sessions deleted for good.").replace("%1", str(deleted)))
    return 0

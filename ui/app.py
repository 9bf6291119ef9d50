"""Starting the desktop app: language, single-instance lock, opening (or rescuing) the store."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitation.library import LibraryError, load_library
from storage.database import open_store
from storage.migrations import NewerSchemaError
from storage.sample import ensure_sample_session
from ui.context import AppContext
from ui.i18n import install_translator, resolve_language
from ui.instance_lock import InstanceLock, StoreInUseError
from ui.logging_setup import setup_logging
from ui.main_window import LAST_SESSION_SETTING, MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
EXIT_ERROR = 2


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Lokakarya")
    app.setApplicationName("Lokakarya")
    app.setApplicationDisplayName("Lokakarya")
    return app


def ask_to_restore(quarantined: Path, backup: Path) -> bool:
    """The store was damaged and moved aside: offer the newest good backup."""
    answer = QMessageBox.question(
        None,
        translate("Startup", "Data file was damaged"),
        translate(
            "Startup",
            "The data file could not be read and was moved aside to:\n%1\n\n"
            "Restore the newest good backup (%2)?",
        )
        .replace("%1", str(quarantined))
        .replace("%2", backup.name),
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_started_empty(quarantined: Path) -> None:
    QMessageBox.warning(
        None,
        translate("Startup", "Data file was damaged"),
        translate(
            "Startup",
            "The data file could not be read and was moved aside to:\n%1\n\n"
            "Lokakarya starts with an empty store.",
        ).replace("%1", str(quarantined)),
    )


def start(data_dir: Path, lang: str | None) -> tuple[MainWindow, InstanceLock] | int:
    """Everything up to a shown main window; an int is the exit code of a refused start."""
    app = create_application()
    setup_logging(data_dir)
    lang = resolve_language(lang)
    install_translator(app, lang)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except StoreInUseError as error:
        QMessageBox.critical(
            None,
            translate("Startup", "Lokakarya is already open"),
            translate(
                "Startup",
                "Another Lokakarya window (process %1) is already using the data folder\n%2\n\n"
                "Switch to that window, or close it and start again.",
            )
            .replace("%1", str(error.pid))
            .replace("%2", str(data_dir)),
        )
        return EXIT_ERROR
    try:
        opened = open_store(data_dir, accept_backup=ask_to_restore)
        if opened.quarantined and not opened.restored:
            tell_started_empty(opened.quarantined)
        library = load_library()
    except NewerSchemaError:
        lock.release()
        QMessageBox.critical(
            None,
            translate("Startup", "Newer data file"),
            translate(
                "Startup",
                "This data file was written by a newer version of Lokakarya. "
                "Please update the app; the file was left untouched.",
            ),
        )
        return EXIT_ERROR
    except (OSError, LibraryError) as error:
        lock.release()
        log.exception("start-up failed")
        QMessageBox.critical(
            None,
            translate("Startup", "Lokakarya cannot start"),
            translate("Startup", "%1\n\nDetails are in the log file in %2.")
            .replace("%1", str(error))
            .replace("%2", str(data_dir)),
        )
        return EXIT_ERROR
    ensure_sample_session(opened.db, library, lang, date.today())
    context = AppContext(db=opened.db, data_dir=data_dir, library=library, lang=lang)
    window = MainWindow(context)
    last = QSettings().value(LAST_SESSION_SETTING, "")
    if last and any(s.id == last for s in context.sessions.list()):
        window.sessions_page.select(str(last))
    return window, lock


def run_gui(data_dir: Path, lang: str | None) -> int:
    started = start(data_dir, lang)
    if isinstance(started, int):
        return started
    window, lock = started
    window.show()
    app = QApplication.instance()
    if _exit_after_first_paint():
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        window.context.db.close()
        lock.release()


def _exit_after_first_paint() -> bool:
    # Used by the start-up benchmark: quit once the first frame is on screen.
    import os

    return os.environ.get("LOKAKARYA_EXIT_AFTER_SHOW") == "1"

"""Starting the desktop app: language, single-instance lock, opening (or rescuing) the store.

The window is shown first and the store opened right after its first paint: the database
libraries load while the user already sees Lokakarya. The single-instance lock is taken after
the paint too, unless its file is already there (see run_gui and ui/shell/single_instance.py).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import ui.common.import_speed  # noqa: F401 (first: makes every later import cheaper)
from ui.common.i18n import install_translator, resolve_language
from ui.common.instance_lock import InstanceLock, lock_file_present
from ui.shell.font_warmup import wait_for_font_warmup
from ui.shell.main_window import LAST_SESSION_SETTING, MainWindow
from ui.shell.single_instance import EXIT_ERROR, take_lock

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from ui.common.context import AppContext


def _log():  # noqa: ANN202
    # logging (like sqlite3) loads after the first paint: start-up imports only what paints.
    import logging

    return logging.getLogger(__name__)


translate = QCoreApplication.translate
DARK_SETTING = ("ui/theme", "dark")  # ui/common/theme/manager.py's, read without importing it


def create_application(argv: list[str] | None = None) -> QApplication:
    wait_for_font_warmup()  # Qt's fonts are set up on the font warm-up's work, not beside it
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Lokakarya")
    app.setApplicationName("Lokakarya")
    app.setApplicationDisplayName("Lokakarya")
    return app


def ask_to_restore(quarantined: Path, backup: Path) -> bool:
    """The store was damaged and moved aside: offer the newest good backup."""
    from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        None,
        translate("Startup", "Data file was damaged"),
        translate(
            "Startup",
            "The data file could not be read and was moved aside to:\n%1\n\n"
            "Lokakarya starts with an empty store.",
        ).replace("%1", str(quarantined)),
    )


def prepare(data_dir: Path, lang: str | None) -> tuple[str, InstanceLock] | int:
    """Application object, language and the single-instance lock."""
    lang = prepare_application(lang)
    lock = take_lock(data_dir)
    return lock if isinstance(lock, int) else (lang, lock)


def prepare_application(lang: str | None) -> str:
    """The application object and the language (returned), dark from the first paint on."""
    app = create_application()
    lang = resolve_language(lang)
    install_translator(app, lang)
    if QSettings().value(DARK_SETTING[0], "") == DARK_SETTING[1]:
        # Dark from the first paint on (no white flash); everything else, and the style
        # sheet, right after it: querying the system's scheme costs start-up time.
        from ui.common.theme import install_theme

        install_theme(palette_only=True)
    return lang


def open_context(data_dir: Path, lang: str, window: MainWindow | None = None) -> AppContext | int:
    """Open (or rescue) the store and load the method library; an int is an exit code. window:
    told to say so while an older store is brought up to this version."""
    from storage.lean_import import import_sqlite_utils

    import_sqlite_utils()  # before any storage module imports it: without numpy

    import sqlite3
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from facilitation.library import LibraryError, load_library
    from storage.database import open_store
    from storage.migrations import NewerSchemaError
    from storage.sample import ensure_sample_session
    from ui.common.context import AppContext
    from ui.common.logging_setup import setup_logging

    setup_logging(data_dir)
    from ui.shell.upgrade_notice import tell_if_upgrading, upgrade_told

    upgrading = tell_if_upgrading(window, data_dir)
    try:
        # The start-up backup runs after the window is up, off the UI thread. The lock is
        # ours, so what a crashed writer left half-done can go (tidy).
        opened = open_store(data_dir, take_backup=False, accept_backup=ask_to_restore, tidy=True)
        if opened.quarantined and not opened.restored:
            tell_started_empty(opened.quarantined)
        library = load_library()
        if upgrading and window is not None:
            upgrade_told(window)
    except NewerSchemaError:
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
    except (OSError, sqlite3.Error, LibraryError) as error:
        _log().exception("start-up failed")
        QMessageBox.critical(
            None,
            translate("Startup", "Lokakarya cannot start"),
            translate("Startup", "%1\n\nDetails are in the log file in %2.")
            .replace("%1", str(error))
            .replace("%2", str(data_dir)),
        )
        return EXIT_ERROR
    sample = ensure_sample_session(opened.db, library, lang, date.today())
    return AppContext(
        db=opened.db,
        data_dir=data_dir,
        library=library,
        lang=lang,
        db_path=opened.path,
        welcome_session_id=sample.id if sample else None,
    )


def attach_store(window: MainWindow, context: AppContext, defer_pages: bool = False) -> None:
    window.attach(context, defer_pages)
    # A timer that was running when the app died: go straight back to it, time still counting.
    running = context.run_state.running_sessions()
    if running:
        window.open_session(running[0])
        return
    if context.welcome_session_id:  # the very first start: straight into the sample day
        window.open_session(context.welcome_session_id)
        return
    last = QSettings().value(LAST_SESSION_SETTING, "")
    if last and any(s.id == last for s in context.sessions.list()):
        window.sessions_page.select(str(last))


def start(data_dir: Path, lang: str | None) -> tuple[MainWindow, InstanceLock] | int:
    """Everything up to a ready main window, in one go (for tests: their conftest runs the
    GUI thread's garbage collector)."""
    from ui.common.refcount_guard import keep_singletons_alive

    keep_singletons_alive()  # PySide6 6.12 on Python 3.11 leaks references to None/True/False
    prepared = prepare(data_dir, lang)
    if isinstance(prepared, int):
        return prepared
    lang, lock = prepared
    context = open_context(data_dir, lang)
    if isinstance(context, int):
        lock.release()
        return context
    window = MainWindow(lang=lang)
    from ui.common.theme import install_theme

    install_theme()
    attach_store(window, context)
    return window, lock


def run_gui(data_dir: Path, lang: str | None) -> int:
    chosen_lang = lang
    lang = prepare_application(lang)
    # Taking the lock writes its file and waits for the disk (fdatasync: 1-30 ms, more on a
    # busy or slow disk). With no lock file there, nothing holds the folder: the window paints
    # first and the lock is taken right after, before anything reads the store. A lock file
    # there (another window, a command, a crash) is dealt with before the window shows.
    lock: InstanceLock | int | None = None
    if lock_file_present(data_dir):
        lock = take_lock(data_dir)
        if isinstance(lock, int):
            return lock
    app = QApplication.instance()
    window = MainWindow(lang=lang, frame_only=True)
    hooks: dict[str, QObject] = {}
    report = os.environ.get("LOKAKARYA_EXIT_AFTER_SHOW") == "1"
    exit_code = 0

    def finish_start() -> None:
        nonlocal exit_code, lock
        from ui.common import main_thread_gc
        from ui.common.refcount_guard import keep_singletons_alive
        from ui.shell.autostart import AUTOSTART_ENV, DRIVER_ENV, autostart, run_driver

        # PySide6 6.12 on Python 3.11 leaks references to None/True/False; topped up after the
        # first paint (it loads ctypes), long before the few calls made until then could matter.
        keep_singletons_alive()
        main_thread_gc.install(app)  # after the paint: its first walk is of every import
        if lock is None:
            lock = take_lock(data_dir, window)
            if isinstance(lock, int):  # another Lokakarya started at the same moment
                exit_code = lock
                app.quit()
                return
        from ui.common.theme import install_theme

        install_theme()
        window.fill_menus()  # with the navigation (MainWindow.complete_frame)
        window.repaint()  # shown while the store opens (0.3-2 s: a cold disk, a slow laptop)
        from ui.common.logging_setup import setup_logging
        from ui.shell.error_guard import install_error_hooks

        # Unexpected errors go to the log and a message, never a traceback on screen. Set up
        # right after the first paint: until then nothing but the window has run.
        hooks["reporter"] = install_error_hooks(setup_logging(data_dir), app)
        context = open_context(data_dir, lang, window)
        if isinstance(context, int):
            exit_code = context
            app.quit()
            return
        # What start-up made lives all day: out of the collections once the pages stand.
        window.pages_built.connect(main_thread_gc.settle_start_up)
        attach_store(window, context, defer_pages=True)
        QTimer.singleShot(0, lambda: start_backup_in_background(context))
        from ui.common import wal_keeper  # after open_context: it imports sqlite-utils lean

        # Checkpoints of the write-ahead log from a worker, not inside a click's commit.
        wal_keeper.install(context.db.conn, context.db_path, app)
        if os.environ.get(AUTOSTART_ENV):
            QTimer.singleShot(0, lambda: autostart(window))
        if os.environ.get(DRIVER_ENV):
            QTimer.singleShot(0, lambda: run_driver(window))
        if report:
            window.repaint()
            print(f"ready {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

    hook = AfterFirstPaint(finish_start, report, window)
    window.installEventFilter(hook)
    window.show()
    try:
        status = app.exec()
    finally:
        # Work still running (the start-up backup, a PDF being written) finishes before the
        # store closes: nothing is cut off half-way.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)
        if window.context is not None:
            # Emptied while the store is open: the stack's last signal (its destructor clears
            # it) would otherwise reach the note lists after the store closed.
            window.undo_stack.clear()
            window.context.db.close()
        restarting = window.restore_requested is not None and finish_restore(
            data_dir, window.restore_requested
        )
        if isinstance(lock, InstanceLock):
            lock.release()  # before the restart, which takes the lock again
        if "reporter" in hooks:
            from ui.shell.error_guard import remove_error_hooks

            remove_error_hooks()
            hooks["reporter"].deleteLater()
    if restarting:
        from PySide6.QtCore import QProcess

        program, arguments = relaunch_command(data_dir, chosen_lang)
        QProcess.startDetached(program, arguments)
    return exit_code or status


def exit_now(status: int) -> None:
    """Leave the process once the window has closed and the store, the lock and the log are
    done with. PySide's own teardown at interpreter exit walks every Python wrapper of a Qt
    object and can call into a widget Qt has already deleted: a crash after a clean quit
    (seen under Xvfb as "pure virtual method called"). Nothing is left to save by now."""
    import logging

    logging.shutdown()
    QSettings().sync()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def finish_restore(data_dir: Path, backup: Path) -> bool:
    """Put the chosen backup in place of the (closed) store; True when it worked."""
    import sqlite3

    from storage.backups import BackupError
    from storage.database import restore_backup

    try:
        aside = restore_backup(data_dir, backup)
    except (BackupError, OSError, sqlite3.Error):
        _log().exception("restoring %s failed", backup)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            translate("Startup", "Backup not restored"),
            translate(
                "Startup",
                "The backup %1 could not be restored; your data file was left as it was.\n\n"
                "Details are in the log file in %2.",
            )
            .replace("%1", backup.name)
            .replace("%2", str(data_dir)),
        )
        return False
    _log().info("restored %s; the previous store was moved to %s", backup, aside)
    return True


def relaunch_command(data_dir: Path, lang: str | None) -> tuple[str, list[str]]:
    """How to start this same Lokakarya again (frozen app or `python main.py`)."""
    arguments = ["--data-dir", str(data_dir)]
    if lang:
        arguments += ["--lang", lang]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    main = Path(__file__).resolve().parents[2] / "main.py"
    return sys.executable, [str(main), *arguments]


def start_backup_in_background(context: AppContext) -> None:
    """The daily safety copy, taken from its own connection in a worker thread, then the notes'
    search index merged (storage/search_index.py). Nothing waits for it: a failure is logged
    (by the operation) and Lokakarya goes on without it."""
    from storage.backups import BACKUP_DIRNAME, take_backup_of_file
    from storage.search_index import merge_search_index
    from ui.common.operations import QueryOp

    db_path = context.db_path

    def work(_progress: object) -> object:
        taken = take_backup_of_file(db_path, db_path.parent / BACKUP_DIRNAME, "startup")
        merge_search_index(db_path)
        return taken

    QueryOp(
        parent=None,
        context=context,
        work=work,
        needs_store=False,
        label="start-up backup",
    ).run()


class AfterFirstPaint(QObject):
    """Runs a callback once the window has painted for the first time."""

    def __init__(self, callback, report: bool, parent: QObject) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.callback = callback
        self.report = report
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            if self.report:  # for the start-up benchmark
                print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.callback)
        return False

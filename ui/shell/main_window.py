"""The main window: navigation between Sessions and the open session's Plan."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ui.common.i18n import LANGUAGE_SETTING
from ui.shell.session_pages import session_pages
from ui.shell.window_memory import place_window, restore_splitters, save_window
from ui.shell.window_parts import (
    NAVIGATION_WIDTH,
    CentredLabel,
    beside_navigation,
    keep_in_place,
    navigation_list,
    show_about,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QListWidget

    from ui.common.changes import Changes
    from ui.common.context import AppContext
    from ui.plan.page import AgendaPage
    from ui.sessions.page import SessionsPage
    from ui.workspace.session_context import SessionContext

BACKUP_DIRNAME = "backups"  # storage.backups.BACKUP_DIRNAME, without importing the store early

SESSIONS_PAGE, PLAN_PAGE = 0, 1
LAST_SESSION_SETTING = "ui/last_session"


class MainWindow(QMainWindow):
    """Shown as soon as Qt is up; the pages arrive with attach() once the store is open, so
    the window paints before the database libraries have even loaded. With frame_only it
    paints first without the navigation (complete_frame adds it), as run_gui starts it."""

    pages_built = Signal()  # every session page stands: start-up is over

    def __init__(
        self,
        context: AppContext | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
        frame_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.session_context: SessionContext | None = None  # what the session pages are handed
        self.lang = context.lang if context else lang
        self.sessions_page: SessionsPage | None = None
        self.agenda_page: AgendaPage | None = None
        self.session_pages: list[QWidget] = []
        self.pages_by_key: dict[str, QWidget] = {}
        self.open_session_id: str | None = None
        self.run_indicator: QWidget | None = None  # the running timer in the status bar
        self.restore_requested: Path | None = None  # run_gui restores it and restarts
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Lokakarya")
        place_window(self)  # as left last time, else fitted to this screen

        # Until the first paint: no style sheet (~3 ms to set up), no Qt namespace (~20 ms of
        # enums), no class that builds enums of its own (item views, QFont, layouts) and no
        # menu bar (it reads every image format plugin for its icon): the first paint is the
        # opening label, where it stays once the menus and the navigation come (complete_frame).
        self.pages = QStackedWidget()
        self.opening_label = CentredLabel(self.tr("Opening your sessions…"), 14)
        self.pages.addWidget(self.opening_label)
        self.pages.setContentsMargins(NAVIGATION_WIDTH, 0, 0, 0)
        self.setCentralWidget(self.pages)
        self.navigation: QListWidget | None = None
        self.store_actions: list[QAction] = []
        self.details_action: QAction | None = None
        if not frame_only:
            self.complete_frame()
        if context is not None:
            self.attach(context)

    def complete_frame(self) -> None:
        """The menu titles and the navigation beside the pages (once): in __init__, or after
        the first paint with frame_only. The menus' entries follow with fill_menus."""
        if self.navigation is not None:
            return
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.view_menu = menu_bar.addMenu(self.tr("&View"))  # filled by the pages
        self.settings_menu = menu_bar.addMenu(self.tr("&Settings"))
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        titles = (self.tr("Sessions"), *(spec.title for spec in session_pages()))
        self.navigation = navigation_list(titles)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(beside_navigation(self.navigation, self.takeCentralWidget()))
        if self.isVisible():  # a widget added to a shown window is shown at once, not later
            menu_bar.show()
            self.centralWidget().show()
            self.pages.show()  # taken from the window, hidden: shown again in its new place
            keep_in_place(self.opening_label, menu_bar)  # where the first frame put it
        self._set_store_actions_enabled(self.context is not None)

    def attach(self, context: AppContext, defer_pages: bool = False) -> None:
        """Build the pages on the opened store. With defer_pages the sessions list comes first
        and the session pages (Plan, then the heavier ones with charts, sound, PDF preview) are
        built one per event-loop turn right after, so the list shows sooner; a page the user
        navigates to (or opening a session, which shows Plan) builds it at once if missing."""
        from ui.sessions.page import SessionsPage
        from ui.workspace.session_context import SessionContext

        self.fill_menus()
        self.context = context
        self.session_context = SessionContext.create(context, self.undo_stack, self)
        navigator = self.session_context.navigator
        navigator.show_page.connect(self.show_page)
        navigator.open_note.connect(self.open_note)
        navigator.view_action.connect(lambda action: self.view_menu.addAction(action))
        from ui.shell.projector_key import ProjectorKey
        from ui.shell.window_screens import WindowScreens

        # F5 on every page; the Run page, which feeds the wall, is built first if need be.
        self.projector_key = ProjectorKey(
            self, self.session_context, lambda: self._ensure_pages(len(self._page_specs))
        )
        self.projector_key.status.connect(self._show_status)
        WindowScreens(self, self.projector_key.wall_screen)  # its screen unplugged: on another
        QTimer.singleShot(0, self._add_run_indicator)  # after the list shows: it loads Run's texts
        self.sessions_page = SessionsPage(context, self.undo_stack)
        self.pages.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.pages.addWidget(self.sessions_page)
        self._page_specs = session_pages()
        self._ensure_pages(0 if defer_pages else len(self._page_specs))
        QTimer.singleShot(0, self._build_remaining_pages)  # then start-up is settled
        self.sessions_page.session_opened.connect(self.open_session)
        context.changes.changed.connect(self._changes_arrived)
        self.sessions_page.sessions_changed.connect(self._sessions_changed)
        self.sessions_page.close_open_session_requested.connect(self._close_open_session)
        self.sessions_page.status.connect(self._show_status)
        # Set before _navigate listens: the page has just listed the sessions (no second time).
        self.navigation.setCurrentRow(SESSIONS_PAGE)
        self.navigation.currentRowChanged.connect(self._navigate)
        self._set_store_actions_enabled(True)
        self._set_session_pages_available(False)
        self.pages.setCurrentWidget(self.sessions_page)
        self.sessions_page.table.setFocus()
        folder = self.tr("Data folder: %1").replace("%1", str(context.data_dir))
        self.statusBar().showMessage(folder, 8000)

    def _ensure_pages(self, count: int) -> None:
        """Build session pages, in navigation order, until count of them exist."""
        while len(self.session_pages) < min(count, len(self._page_specs)):
            spec = self._page_specs[len(self.session_pages)]
            page = getattr(importlib.import_module(spec.module), spec.name)(self.session_context)
            page.status.connect(self._show_status)
            self.session_pages.append(page)
            self.pages_by_key[spec.key] = page
            self.pages.addWidget(page)
            restore_splitters(page)
            if self.agenda_page is None:
                self.agenda_page = page
            if self.open_session_id is not None:
                page.open_session(self.open_session_id)

    def _build_remaining_pages(self) -> None:
        if len(self.session_pages) < len(self._page_specs):
            self._ensure_pages(len(self.session_pages) + 1)
            QTimer.singleShot(0, self._build_remaining_pages)
        else:
            self.pages_built.emit()

    # -- menus -----------------------------------------------------------------------------

    def fill_menus(self) -> None:
        """The menus' entries (once). Disabled until a store is attached."""
        if self.details_action is not None:
            return
        self.complete_frame()
        # Here: a Qt class builds its enums when first touched, and the first paint needs none.
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        # setShortcuts(list): setShortcut's overloads load PySide6's signatures (~15 ms).
        file_menu = self.file_menu
        new_action = file_menu.addAction(self.tr("&New session…"))
        self.store_actions = [new_action]
        new_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.New))
        new_action.triggered.connect(self._new_session)
        template_action = file_menu.addAction(self.tr("New from &template…"))
        template_action.triggered.connect(self._new_from_template)
        self.store_actions.append(template_action)
        self.details_action = file_menu.addAction(self.tr("Session &details…"))
        self.details_action.triggered.connect(self._edit_open_session)
        file_menu.addSeparator()
        backups_action = file_menu.addAction(self.tr("Open &backups folder"))
        backups_action.triggered.connect(self._open_backups_folder)
        self.store_actions.append(backups_action)
        restore_action = file_menu.addAction(self.tr("&Restore backup…"))
        restore_action.triggered.connect(self.restore_backup)
        self.store_actions.append(restore_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)

        edit_menu = self.edit_menu
        stack = self.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        language_menu = self.settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked, code=code: self._choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)

        from ui.shell.theme_menu import ThemeMenu

        keys = [spec.key for spec in session_pages()]
        self.theme_menu = ThemeMenu(self, self.view_menu, keys)
        about_action = self.help_menu.addAction(self.tr("&About Lokakarya"))
        about_action.triggered.connect(self._about)
        self._set_store_actions_enabled(self.context is not None)
        self.details_action.setEnabled(self.open_session_id is not None)

    # -- navigation --------------------------------------------------------------------------

    def _set_store_actions_enabled(self, enabled: bool) -> None:
        for action in self.store_actions:
            action.setEnabled(enabled)
        if self.navigation is not None:
            self.navigation.setEnabled(enabled)

    def _navigate(self, row: int) -> None:
        if row != SESSIONS_PAGE and self.open_session_id is None:
            self.navigation.setCurrentRow(SESSIONS_PAGE)
            return
        self._ensure_pages(row)
        self.pages.setCurrentIndex(row)
        if row == SESSIONS_PAGE:
            self.sessions_page.refresh()
            self.sessions_page.table.setFocus()

    def _set_session_pages_available(self, available: bool) -> None:
        from PySide6.QtCore import Qt  # after the first paint (see __init__)

        for row in range(1, self.navigation.count()):
            item = self.navigation.item(row)
            flags = item.flags()
            if available:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
        if self.details_action is not None:
            self.details_action.setEnabled(available)

    def open_session(self, session_id: str) -> None:
        self.undo_stack.clear()
        self.open_session_id = session_id
        self.sessions_page.open_session_id = session_id
        title = self.session_context.open_session(session_id).title
        for page in self.session_pages:
            page.open_session(session_id)
        self._set_session_pages_available(True)
        if QSettings().value(LAST_SESSION_SETTING) != session_id:  # a write rewrites the file
            QSettings().setValue(LAST_SESSION_SETTING, session_id)
        self.setWindowTitle(f"{title} — Lokakarya")
        self.navigation.setCurrentRow(PLAN_PAGE)
        self.agenda_page.table.setFocus()

    def show_page(self, key: str) -> None:
        """Bring one of the open session's pages forward (e.g. Run after a recovery); going to
        its row builds it if it is not built yet."""
        keys = [spec.key for spec in self._page_specs]
        if key in keys and self.open_session_id is not None:
            self.navigation.setCurrentRow(keys.index(key) + 1)

    def open_note(self, session_id: str, note_id: str) -> None:
        """A search result from any session: open that session on the Notes page, at the note."""
        if session_id != self.open_session_id:
            self.open_session(session_id)
        self.show_page("notes")
        self.pages_by_key["notes"].show_note(note_id)

    def _show_session_title(self) -> None:
        self.setWindowTitle(f"{self.context.sessions.get(self.open_session_id).title} — Lokakarya")

    def _changes_arrived(self, changes: Changes) -> None:
        """An operation changed sessions (e.g. a merged bundle): the title follows the open
        session's details; the pages refresh themselves from the same announcement."""
        if changes.sessions and self.open_session_id and changes.concerns(self.open_session_id):
            if self._open_session_still_listed():
                self._show_session_title()
            else:
                self._close_open_session()

    def _open_session_still_listed(self) -> bool:
        return any(s.id == self.open_session_id for s in self.context.sessions.list())

    def _sessions_changed(self) -> None:
        if self.open_session_id is None:
            return
        if self._open_session_still_listed():
            for page in self.session_pages:
                page.reload_details()
            self._show_session_title()
        else:
            self._close_open_session()

    def _close_open_session(self) -> None:
        """The open session went to the trash (or is gone): every page lets go of it."""
        self.open_session_id = None
        self.sessions_page.open_session_id = None
        self.session_context.close_session()
        for page in self.session_pages:
            page.close_session()
        self.undo_stack.clear()
        self._set_session_pages_available(False)
        self.setWindowTitle("Lokakarya")

    # -- actions -----------------------------------------------------------------------------

    def _new_session(self) -> None:
        self.navigation.setCurrentRow(SESSIONS_PAGE)
        self.sessions_page.create_blank()

    def _new_from_template(self) -> None:
        self.navigation.setCurrentRow(SESSIONS_PAGE)
        self.sessions_page.create_from_template()

    def _edit_open_session(self) -> None:
        if self.open_session_id is None:
            return
        from ui.sessions.details_dialog import SessionDetailsDialog

        dialog = SessionDetailsDialog(self.context.sessions.get(self.open_session_id), self)
        if dialog.exec() and dialog.session():
            self.context.sessions.update_details(dialog.session(), before=dialog.original)
            self._sessions_changed()
            self.sessions_page.refresh()

    def _open_backups_folder(self) -> None:
        folder = self.context.data_dir / BACKUP_DIRNAME
        folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_backup(self) -> None:
        from ui.shell.restore_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.context.data_dir / BACKUP_DIRNAME, self.lang, self)
        if dialog.exec() and dialog.chosen() is not None:
            # The store is swapped only once every page has let go of it: after the event loop.
            self.restore_requested = dialog.chosen()
            QApplication.exit(0)

    def _choose_language(self, code: str) -> None:
        QSettings().setValue(LANGUAGE_SETTING, code)
        self._show_status(self.tr("The language changes the next time Lokakarya starts."))

    def _about(self) -> None:
        show_about(self, self.context.data_dir, self.context.data_dir / BACKUP_DIRNAME)

    def _add_run_indicator(self) -> None:
        from ui.shell.run_indicator import RunIndicator

        # A child of the status bar from the start: shown parentless it would be a window.
        self.run_indicator = RunIndicator(self.session_context.run_controller, self.statusBar())
        self.run_indicator.go_to_run.connect(lambda: self.show_page("run"))
        self.statusBar().addPermanentWidget(self.run_indicator)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        """A normal quit settles a running timer as asked (see ui/shell/quit_question.py);
        the window's size and splitters are remembered when it really closes."""
        from ui.shell.quit_question import settle_running_timer

        context = self.session_context
        accepted = context is None or settle_running_timer(self, context.run_controller)
        event.setAccepted(accepted)
        if accepted:
            if context is not None:
                context.stop_room()
            save_window(self, [p for p in (self.sessions_page, *self.session_pages) if p])

"""Methods: the role plays, case classes and games of the open session, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from storage.sessions import NotFoundError
from ui.common.changes import Changes
from ui.common.theme import set_heading
from ui.methods.case_tab import CaseTab
from ui.methods.games_tab import GamesTab
from ui.methods.roleplay_tab import RolePlayTab
from ui.methods.sources import MethodLibraries
from ui.workspace.session_context import SessionContext


class MethodsPage(QWidget):
    status = Signal(str)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = context.undo_stack
        context.app.changes.changed.connect(self._changes_arrived)
        self.session_id: str | None = None
        app = context.app
        self.libraries = MethodLibraries(app)
        self.title_label = QLabel()
        set_heading(self.title_label, "title")  # the type scale
        self.role_play = RolePlayTab(
            app,
            self.undo_stack,
            self.libraries,
            context.run_controller,
            context.projector,
            context.navigator,
        )
        self.case_class = CaseTab(app, self.undo_stack, self.libraries)
        self.games = GamesTab(app, self.undo_stack, self.libraries, context.projector)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.role_play, self.tr("Role play"))
        self.tabs.addTab(self.case_class, self.tr("Case class"))
        self.tabs.addTab(self.games, self.tr("Games"))
        for tab in (self.role_play, self.case_class, self.games):
            tab.status.connect(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.title_label.setText(self.context.app.sessions.get(session_id).title)
        for tab in (self.role_play, self.case_class, self.games):
            tab.open_session(session_id)

    def reload_details(self) -> None:
        """Activities, groups or participants may have changed on other pages."""
        if self.session_id is None:
            return
        try:
            self.open_session(self.session_id)
        except NotFoundError:
            self.close_session()

    def _changes_arrived(self, changes: Changes) -> None:
        """Methods, or the participants, groups and activities they are cast from, changed."""
        if self.session_id is None or not changes.concerns(self.session_id):
            return
        if changes.methods or changes.people or changes.agenda or changes.sessions:
            self.reload_details()

    def close_session(self) -> None:
        self.session_id = None
        self.title_label.setText("")
        for tab in (self.role_play, self.case_class, self.games):
            tab.open_session(None)

    def showEvent(self, event) -> None:  # noqa: ANN001
        # Groups and participants change on the People page: re-read them when shown.
        super().showEvent(event)
        if self.session_id is not None:
            for tab in (self.role_play, self.case_class, self.games):
                tab.refresh()

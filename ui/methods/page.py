"""Methods: the role plays, case classes and games of the open session, one tab each.

Opening a session while the page is hidden only records it: the tabs read their activities,
runs and the people they cast from (500 participants in a big session) when the page is first
shown, or when code asks for a tab.
"""

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
        self._role_play = RolePlayTab(
            app,
            self.undo_stack,
            self.libraries,
            context.run_controller,
            context.projector,
            context.navigator,
        )
        self._case_class = CaseTab(app, self.undo_stack, self.libraries)
        self._games = GamesTab(app, self.undo_stack, self.libraries, context.projector)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._role_play, self.tr("Role play"))
        self.tabs.addTab(self._case_class, self.tr("Case class"))
        self.tabs.addTab(self._games, self.tr("Games"))
        for tab in self._tabs():
            tab.status.connect(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        self._pending = False  # a session to load when shown (or when a tab is asked for)

    def _tabs(self) -> tuple[RolePlayTab, CaseTab, GamesTab]:
        return self._role_play, self._case_class, self._games

    @property
    def role_play(self) -> RolePlayTab:
        self._flush()
        return self._role_play

    @property
    def case_class(self) -> CaseTab:
        self._flush()
        return self._case_class

    @property
    def games(self) -> GamesTab:
        self._flush()
        return self._games

    def open_session(self, session_id: str) -> None:
        if self.session_id not in (None, session_id):
            for tab in self._tabs():  # nothing of the last session stays behind, even hidden
                tab.open_session(None)
        self.session_id = session_id
        self._pending = True
        if self.isVisible():
            self._flush()

    def _flush(self) -> None:
        if not self._pending or self.session_id is None:
            return
        self._pending = False
        self.title_label.setText(self.context.session(self.session_id).title)
        for tab in self._tabs():
            tab.open_session(self.session_id)

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
        self._pending = False
        self.title_label.setText("")
        for tab in self._tabs():
            tab.open_session(None)

    def showEvent(self, event) -> None:  # noqa: ANN001
        # Groups and participants change on the People page: re-read them when shown.
        super().showEvent(event)
        if self._pending:
            try:
                self._flush()
            except NotFoundError:
                self.close_session()
        elif self.session_id is not None:
            for tab in self._tabs():
                tab.refresh()

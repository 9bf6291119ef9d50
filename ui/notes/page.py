"""Notes: everything captured in the open session, in tabs.

- Notes: the capture panel (type, Enter, saved) above the browsable list of the session's notes;
- Search: full-text search over the notes of all sessions;
- Work plan, Commitments, Tallies and Evaluation: entered from the room's paper.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from facilitation.session import Session
from storage.run_state import RunRepository
from storage.sessions import NotFoundError
from ui.capture.names import activity_choices, activity_title, fill_capture_names
from ui.capture.panel import CapturePanel
from ui.capture.roster_source import load_roster
from ui.common.changes import Changes
from ui.common.deferred_load import LoadWhenShown
from ui.common.steady_tabs import SteadyTabWidget
from ui.notes.browser import NotesBrowser
from ui.notes.evaluation_tab import EvaluationTab
from ui.notes.search_panel import SearchPanel
from ui.notes.tallies_tab import TalliesTab
from ui.notes.workplan_tab import CommitmentsTab, WorkPlanTab
from ui.workspace.session_context import SessionContext

log = logging.getLogger(__name__)


def running_activity_id(runs: RunRepository, session_id: str) -> str | None:
    """The activity on in the session's run (running or paused), as last saved."""
    saved = runs.load(session_id)
    if saved is None or saved.day_over or saved.timer is None:
        return None
    return saved.activity_id


class NotesPage(QWidget):
    status = Signal(str)

    NOTES_TAB, SEARCH_TAB, WORK_PLAN_TAB, COMMITMENTS_TAB, TALLIES_TAB, EVALUATION_TAB = range(6)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = context.undo_stack
        context.app.changes.changed.connect(self._changes_arrived)
        self.session: Session | None = None
        self.notes = context.app.notes
        self._notes_stamp: tuple[int, str] | None = None  # notes as last listed
        self._listed: tuple[str, list[tuple[str, str]], tuple[int, int]] | None = None
        self._run_activity: str | None = None  # the run's activity the capture last followed

        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.capture = CapturePanel(context.app, self.undo_stack, state=context.capture_state)
        self.browser = NotesBrowser(self.notes, self.undo_stack)
        self.capture.note_changed.connect(self._note_changed)
        self.search = SearchPanel(self.notes)
        self.search.open_note_requested.connect(self.open_note)
        self.work_plan = WorkPlanTab(context.app.work_plans, self.undo_stack)
        self.commitments = CommitmentsTab(context.app.commitments, self.undo_stack)
        self.tallies = TalliesTab(context.app.tallies, self.undo_stack)
        self.evaluation = EvaluationTab(context.app.evaluation, self.undo_stack)
        for part in (
            self.capture,
            self.browser,
            self.work_plan,
            self.commitments,
            self.tallies,
            self.evaluation,
        ):
            part.status.connect(self.status.emit)

        notes_tab = QSplitter(Qt.Orientation.Vertical)
        notes_tab.addWidget(self.capture)
        notes_tab.addWidget(self.browser)
        notes_tab.setChildrenCollapsible(False)
        notes_tab.setStretchFactor(1, 1)
        self.tabs = SteadyTabWidget()
        self.tabs.addTab(notes_tab, self.tr("Notes"))
        self.tabs.addTab(self.search, self.tr("Search all sessions"))
        self.tabs.addTab(self.work_plan, self.tr("Work plan"))
        self.tabs.addTab(self.commitments, self.tr("Commitments"))
        self.tabs.addTab(self.tallies, self.tr("Tallies"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        self._loader = LoadWhenShown(self, self._load, on_show=False)  # see showEvent
        # The tabs behind Notes read the session when first shown, not when it opens.
        self._tab_loaders = [
            LoadWhenShown(tab, lambda tab=tab: tab.open_session(self._session_id()))
            for tab in (self.work_plan, self.commitments, self.tallies)
        ]
        self._evaluation_loader = LoadWhenShown(self.evaluation, self._open_evaluation)
        self._tab_loaders.append(self._evaluation_loader)
        # The completers offer the names used in the notes once the note-taker wants them.
        self.capture.names_wanted.connect(self._fill_names)

    # -- the page protocol ---------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        started = time.perf_counter()
        self.session = self.context.session(session_id)
        self.title_label.setText(self.session.title)
        self._loader.request()  # the notes are read when the page is shown
        if self.isVisible():  # a hidden page taking the focus would repaint the one shown
            self.capture.text_edit.setFocus()
        log.debug("notes page opened in %.1f ms", (time.perf_counter() - started) * 1000)

    def reload_details(self) -> None:
        if self.session is None:
            return
        try:
            self.session = self.context.session(self.session.id)
        except NotFoundError:
            self.close_session()
            return
        if self._loader.pending:  # not read yet: it will be, with these details
            self.title_label.setText(self.session.title)
            return
        activities = activity_choices(self.session)
        current = self.capture.activity_combo.currentData()
        self.capture.set_session(self.session.id, activities, current)
        self._list_notes(activities)
        if not self._evaluation_loader.pending:  # else read with these details when shown
            self.evaluation.reaction.open_session(self.session)
        self.title_label.setText(self.session.title)

    def _changes_arrived(self, changes: Changes) -> None:
        """Notes changed in an operation (a merged bundle): read the page again when shown;
        new session details alone only need the lists that show them."""
        if self.session is None or not changes.concerns(self.session.id):
            return
        if changes.notes:
            try:
                self.session = self.context.session(self.session.id)
            except NotFoundError:
                self.close_session()
                return
            self.title_label.setText(self.session.title)
            self._loader.request()
        elif changes.sessions:
            self.reload_details()

    def close_session(self) -> None:
        self._loader.cancel()
        self._listed = None
        self.session = None
        self.title_label.clear()
        self.capture.set_session(None, [])
        self.browser.load(None, [])
        for loader in self._tab_loaders:
            loader.cancel()
        for tab in (self.work_plan, self.commitments, self.tallies):
            tab.open_session(None)
        self.evaluation.open_session(None, [])

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        session = self.session
        if session is None:
            return
        activities = activity_choices(session)
        self.title_label.setText(session.title)
        self.capture.set_session(session.id, activities)
        self._run_activity = None
        self._follow_run()
        self._list_notes(activities, again=False)
        self.capture.set_names([], [], [])  # this session's, when wanted
        self._refresh_names()
        for loader in self._tab_loaders:
            loader.request()

    def _session_id(self) -> str | None:
        return None if self.session is None else self.session.id

    def _open_evaluation(self) -> None:
        session = self.session
        roster = load_roster(self.context.app, session.id).participants if session else []
        self.evaluation.open_session(session, roster)

    def _list_notes(self, activities: list[tuple[str, str]], again: bool = True) -> None:
        """again=False: not when the list shows this session's notes as stored already (the
        session opened again with nothing written since: 20,000 notes not listed anew)."""
        assert self.session is not None
        stamp = self.context.app.sessions.stamp()
        listed = None if stamp is None else (self.session.id, activities, stamp)
        if not again and listed is not None and listed == self._listed:
            return
        self._listed = listed
        self.browser.load(self.session.id, activities)
        # The list has just counted the session's live notes: the stamp takes that count.
        self._notes_stamp = self.notes.session_stamp(self.session.id, self.browser.model.total)

    def _refresh_names(self) -> None:
        """Completers: the roster and groups when available, plus names used in notes: read
        again when next wanted (the note-taker enters the speaker, group or tags)."""
        self.capture.names_stale = self.session is not None
        self.browser.forget_names()

    def _fill_names(self) -> None:
        if self.session is not None:
            fill_capture_names(
                self.capture, self.context.app, self.notes, self.session.id, self.browser.used_names
            )

    def _follow_run(self) -> None:
        """The capture panel takes the activity the run moved on to; a choice the note-taker
        made by hand stays until the run moves again."""
        if self.session is None:
            return
        activity_id = running_activity_id(self.context.app.run_state, self.session.id)
        if activity_id != self._run_activity:
            self._run_activity = activity_id
            if activity_id is not None:
                self.capture.set_current_activity(activity_id)
                title = activity_title(self.session, activity_id)
                self.context.capture_state.follow(activity_id, title)  # unless Run did already

    def showEvent(self, event) -> None:  # noqa: ANN001
        # Notes may have been taken on the Run page (or undone there) since this list was
        # filled, and the run may have moved on.
        super().showEvent(event)
        if self.session is None or self._loader.flush():
            return  # nothing open, or just read in full (the run's activity included)
        self._follow_run()
        if self.notes.session_stamp(self.session.id) != self._notes_stamp:
            self._list_notes(activity_choices(self.session))
            self._refresh_names()

    def _note_changed(self, note_id: str) -> None:
        self.browser.refresh_note(note_id)
        row = self.browser.model.row_of(note_id)
        if row is not None:
            self.browser.table.scrollToBottom()

    def _tab_changed(self, index: int) -> None:
        if index == self.NOTES_TAB:
            self._refresh_names()
            self.capture.text_edit.setFocus()
        elif index == self.SEARCH_TAB:
            self.search.search_edit.setFocus()
            self.search.search_now()  # notes taken since the last search show up

    # -- opening a note from the search --------------------------------------------------------

    def open_note(self, session_id: str, note_id: str) -> None:
        if self.session is not None and self.session.id == session_id:
            self.show_note(note_id)
            return
        # Only the main window can switch sessions: it opens that one, then calls show_note.
        self.context.navigator.open_note.emit(session_id, note_id)
        self.status.emit(self.tr("The note is in another session: open that session to see it."))

    def show_note(self, note_id: str) -> bool:
        """Show one note of the open session selected in the notes list."""
        self._loader.flush()
        self.tabs.setCurrentIndex(self.NOTES_TAB)
        found = self.browser.select_note(note_id)
        if found:
            self.browser.table.setFocus()
        return found

"""The Run page's "Phones in the room" box: the server, the join slide, the question on the
phones and its results, and the moderation queue of words and ideas.

The facilitator picks the address (the venue's Wi-Fi), starts the server for the open session
and puts the QR code on the wall. For the activity on, a question goes to the phones, is
opened to answers, closed, and its results revealed on the projector (beside the countdown) and
on the phones, or hidden again. Words and ideas wait here until shown or rejected.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.room.records import Moderation
from storage.room.standings import quiz_standings
from storage.sessions import NotFoundError
from ui.common.changes import Changes
from ui.projector.window import ProjectorWindow
from ui.room.join import laptop_addresses
from ui.room.live import LiveRoom
from ui.room.questions import Kind, PhoneQuestion
from ui.room.server import RoomServer
from ui.room.store_link import StoreLink, load_question, plan_question, post_id
from ui.run.room_texts import answers_caption, join_slide, leaderboard, live_results
from ui.run_control.controller import RunController
from ui.workspace.session_context import SessionContext

log = logging.getLogger(__name__)
PENDING_ROLE = Qt.ItemDataRole.UserRole + 1  # ("word", word) or ("idea", idea id)


class RoomPanel(QWidget):
    """Folded until wanted (its fold_button sits in the day column's heading), so the Run page
    still fits a 1366×768 laptop."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = context.app
        self.server: RoomServer = context.room_server
        self.controller: RunController = context.run_controller
        self.projector: ProjectorWindow = context.projector
        self.room: LiveRoom | None = None
        self.questions: list[PhoneQuestion] = []
        self.has_quiz = False  # the activity on has quiz questions (their top scores)
        self.address_choice = QComboBox()
        self.start_button = self._button(self.tr("Start"), self.toggle_server, checkable=True)
        self.status_label = QLabel(self.tr("Off: no phone can join."))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_button = self._button(self.tr("QR code on the projector"), self.toggle_join, True)
        self.question_choice = QComboBox()
        self.show_button = self._button(self.tr("Put on phones"), self.put_on)
        self.clear_button = self._button(self.tr("Take off phones"), self.take_off)
        self.open_button = self._button(self.tr("Open answers"), self.toggle_open, True)
        self.reveal_button = self._button(self.tr("Reveal results"), self.toggle_reveal, True)
        self.results_label = QLabel()
        self.top_button = self._button(self.tr("Top scores on the wall"), self.toggle_top, True)
        self.top_button.setToolTip(
            self.tr(
                "After a quiz: the best scores of this activity's quiz, by first name and"
                " initial, of those who answered with their personal code"
            )
        )
        self.top_count = QSpinBox()
        self.top_count.setRange(3, 10)
        self.top_count.setValue(5)
        self.top_count.setPrefix(self.tr("Top "))
        self.top_count.valueChanged.connect(lambda _value: self.refresh_results())
        self.pending = QListWidget()
        self.pending.setMaximumHeight(90)
        self.approve_button = self._button(self.tr("Show"), lambda: self.moderate(True))
        self.reject_button = self._button(self.tr("Reject"), lambda: self.moderate(False))
        self.fold_button = QPushButton(self.tr("Phones in the room…"))
        self.fold_button.setCheckable(True)
        self.fold_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QGroupBox(self.tr("Phones in the room"))
        self.hide()
        self.fold_button.toggled.connect(self.setVisible)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)
        grid = QGridLayout(self.body)
        grid.addWidget(self.address_choice, 0, 0, 1, 2)
        grid.addWidget(self.start_button, 0, 2)
        grid.addWidget(self.status_label, 1, 0, 1, 2)
        grid.addWidget(self.join_button, 1, 2)
        grid.addWidget(self.question_choice, 2, 0)
        grid.addWidget(self.show_button, 2, 1)
        grid.addWidget(self.clear_button, 2, 2)
        grid.addWidget(self.results_label, 3, 0)
        grid.addWidget(self.open_button, 3, 1)
        grid.addWidget(self.reveal_button, 3, 2)
        grid.addWidget(self.top_count, 4, 1)
        grid.addWidget(self.top_button, 4, 2)
        grid.addWidget(self.pending, 5, 0, 2, 2)
        grid.addWidget(self.approve_button, 5, 2)
        grid.addWidget(self.reject_button, 6, 2)
        grid.setColumnStretch(0, 1)
        self.server.started.connect(self._started)
        self.server.stopped.connect(self._stopped)
        self.server.failed.connect(self._failed)
        self.server.devices_changed.connect(self._show_status)
        self.server.answers_changed.connect(self.refresh_results)
        self.controller.changed.connect(self.refresh_questions)
        self.app.changes.changed.connect(self._changes_arrived)  # questions edited in the Plan
        self.refresh_addresses()
        self.refresh_questions()
        self._enable()

    def _button(self, text: str, slot, checkable: bool = False) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays the timer's
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def refresh_addresses(self) -> None:
        self.address_choice.clear()
        for address in laptop_addresses():
            self.address_choice.addItem(f"{address.ip} ({address.interface})", address.ip)

    def refresh_questions(self) -> None:
        """The questions the Plan prepared for the activity on."""
        run, session = self.controller.run, self.controller.session
        activity = run.current if run else None
        questions: list[PhoneQuestion] = []
        self.has_quiz = False
        if session is not None and activity is not None:
            planned = self.app.room.questions.questions(session.id, activity.id)
            questions = [plan_question(q) for q in planned]
            self.has_quiz = any(q.kind is QuestionKind.QUIZ for q in planned)
        self.top_button.setEnabled(self.has_quiz)
        self.top_count.setEnabled(self.has_quiz)
        if self.top_button.isChecked() and not self.has_quiz:
            self.top_button.setChecked(False)  # another activity is on: its quiz is over
            self.refresh_results()
        if questions == self.questions:
            return
        self.questions = questions
        self.question_choice.clear()
        for question in questions:
            self.question_choice.addItem(question.text, question.id)
        self._enable()

    def _changes_arrived(self, _changes: object) -> None:
        self.refresh_questions()

    # -- the server -----------------------------------------------------------------------------

    def toggle_server(self) -> None:
        if self.server.running:
            self.server.stop()
            return
        session = self.controller.session
        address = self.address_choice.currentData()
        if session is None or not address:
            self.start_button.setChecked(False)
            return
        if self.room is None or self.room.session_id != session.id:
            link = StoreLink(self.app.db_path) if self.app.db_path else None
            self.room = LiveRoom(session.id, language=str(session.report_language), link=link)
        same_address = address == self.server.address
        self.server.start(self.room, address, self.server.last_port if same_address else 0)

    def _started(self, url: str) -> None:
        self.start_button.setChecked(True)
        self.start_button.setText(self.tr("Stop"))
        self._show_status()
        self._enable()
        if self.join_button.isChecked():
            self.projector.show_join_slide(join_slide(url))

    def _stopped(self) -> None:
        room = self.room
        if room is not None and room.accepting and room.question is not None:
            self._set_open(room, False)  # no phone can answer now: into the record
        self.start_button.setChecked(False)
        self.start_button.setText(self.tr("Start"))
        self.join_button.setChecked(False)
        self.projector.show_join_slide(None)
        self.projector.show_live_results(None)
        self.top_button.setChecked(False)
        self.status_label.setText(self.tr("Off: no phone can join."))
        self._enable()

    def _failed(self, message: str) -> None:
        self.start_button.setChecked(False)
        self.status_label.setText(message)

    def _show_status(self, _count: int = 0) -> None:
        if not self.server.running or self.room is None:
            return
        count = self.room.device_count
        devices = (
            self.tr("1 phone joined")
            if count == 1
            else self.tr("%1 phones joined").replace("%1", str(count))
        )
        self.status_label.setText(f"{self.server.url}\n{devices}")

    def toggle_join(self) -> None:
        on = self.join_button.isChecked() and self.server.running
        self.join_button.setChecked(on)
        self.projector.show_join_slide(join_slide(self.server.url) if on else None)

    # -- the question -----------------------------------------------------------------------------

    def put_on(self) -> None:
        """The chosen question on every phone, closed to answers until opened; the one
        before is closed first (its answers go to the record)."""
        index = self.question_choice.currentIndex()
        room = self.room
        if room is None or not 0 <= index < len(self.questions):
            return
        if room.accepting and room.question is not None:
            self._set_open(room, False)
        question = self.questions[index]
        load_question(room, self.app.room, question)
        room.put_on(question)
        self.open_button.setChecked(False)
        self.reveal_button.setChecked(False)
        self.refresh_results()
        self._enable()

    def take_off(self) -> None:
        """No question on the phones (a waiting screen); an open one is closed first."""
        room = self.room
        if room is None or room.question is None:
            return
        if room.accepting:
            self._set_open(room, False)
        room.put_on(None)
        self.open_button.setChecked(False)
        self.reveal_button.setChecked(False)
        self.refresh_results()
        self._enable()

    def toggle_open(self) -> None:
        if self.room is not None and self.room.question is not None:
            self._set_open(self.room, self.open_button.isChecked())
        self._enable()

    def _set_open(self, room: LiveRoom, accepting: bool) -> None:
        """Open in the store first (answers are refused by a closed question there), close
        here first (no answer arrives after the record was fed)."""
        session_id, question_id = room.session_id, room.question.id  # type: ignore[union-attr]
        try:
            if accepting:
                self.app.room.questions.set_state(session_id, question_id, QuestionState.OPEN)
                room.set_accepting(True)
            else:
                room.set_accepting(False)
                self.app.room.close_question(session_id, question_id)
                self.app.changes.announce(Changes(session_id, notes=True))
        except NotFoundError:  # deleted in the Plan meanwhile: the phones stop answering it
            room.set_accepting(False)
            log.warning("question %s is no longer in the Plan", question_id)
        self.open_button.setChecked(room.accepting)

    def toggle_reveal(self) -> None:
        room = self.room
        if room is not None and room.question is not None:
            shown = self.reveal_button.isChecked()
            try:
                self.app.room.questions.show_results(room.session_id, room.question.id, shown)
            except NotFoundError:
                log.warning("question %s is no longer in the Plan", room.question.id)
            room.set_revealed(shown)
        self.refresh_results()

    def toggle_top(self) -> None:
        self.refresh_results()

    def _show_top(self) -> bool:
        """The leaderboard on the wall instead of the question's results, while toggled on."""
        run, session = self.controller.run, self.controller.session
        activity = run.current if run else None
        if not self.top_button.isChecked() or session is None or activity is None:
            return False
        standings = quiz_standings(self.app.db, session.id, activity.id)
        self.projector.show_live_results(leaderboard(standings, self.top_count.value()))
        return True

    def refresh_results(self) -> None:
        """Answers arrived (or the question changed): the counts, the queue, the wall."""
        room = self.server.take_answers() or self.room
        results = room.results() if room else None
        self._show_status()
        if self._show_top():
            if results is not None:
                self.results_label.setText(answers_caption(results))
                self._show_pending(results.pending_words, results.pending_ideas)
            return
        if results is None:
            self.results_label.setText("")
            self.pending.clear()
            self.projector.show_live_results(None)
            return
        self.results_label.setText(answers_caption(results))
        self._show_pending(results.pending_words, results.pending_ideas)
        revealed = room is not None and room.revealed
        self.projector.show_live_results(live_results(results) if revealed else None)

    def _show_pending(self, words: tuple, ideas: tuple) -> None:  # noqa: ANN001
        entries = [(f"{word} ({count})", ("word", word)) for word, count in words]
        entries += [(text, ("idea", idea_id)) for idea_id, text in ideas]
        shown = [self.pending.item(i).data(PENDING_ROLE) for i in range(self.pending.count())]
        if shown == [key for _, key in entries]:
            return
        self.pending.clear()
        for text, key in entries:
            item = QListWidgetItem(text)
            item.setData(PENDING_ROLE, key)
            self.pending.addItem(item)

    def moderate(self, approved: bool) -> None:
        item = self.pending.currentItem() or self.pending.item(0)
        room = self.room
        if item is None or room is None or room.question is None:
            return
        kind, key = item.data(PENDING_ROLE)
        question_id = room.question.id
        status = Moderation.SHOWN if approved else Moderation.REJECTED
        try:
            self.app.room.moderate(room.session_id, post_id(room, question_id, kind, key), status)
        except NotFoundError:
            log.warning("moderated post not in the store: %s", key)
        if kind == "word":
            room.moderate_word(question_id, key, approved)
        else:
            room.moderate_idea(question_id, key, approved)
        self.refresh_results()

    def _enable(self) -> None:
        running = self.server.running
        self.address_choice.setEnabled(not running)
        on_phones = running and self.room is not None and self.room.question is not None
        self.join_button.setEnabled(running)
        for widget in (self.clear_button, self.open_button, self.reveal_button):
            widget.setEnabled(on_phones)
        self.show_button.setEnabled(running and bool(self.questions))
        moderated = (
            self.room is not None
            and self.room.question is not None
            and (self.room.question.kind in (Kind.WORDS, Kind.IDEAS))
        )
        for widget in (self.pending, self.approve_button, self.reject_button):
            widget.setVisible(moderated)

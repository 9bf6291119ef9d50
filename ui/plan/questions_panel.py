"""Questions for phones in the room, per activity: prepared in the Plan (a pre-test is written
the week before, not during the opening). Add, edit, reorder, remove and import from a sheet;
each change is one undo step calling the room's store."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import Activity
from facilitation.room.questions import Question, QuestionKind
from facilitation.session import Session
from ui.common.undo import CallbackCommand
from ui.plan.question_labels import kind_label, question_problem
from ui.workspace.session_context import SessionContext

if TYPE_CHECKING:
    from storage.room.store import RoomStore


def editor_tabs(editor: QWidget, questions: QuestionsPanel) -> QTabWidget:
    """The selected activity's editor and its questions, side by side as tabs (stacked, they
    would make the window too tall for a 768-pixel laptop screen)."""
    tabs = QTabWidget()
    for page in (editor, questions):
        page.layout().setContentsMargins(6, 4, 6, 2)  # not flush on the tab's frame
    tabs.addTab(editor, QCoreApplication.translate("QuestionsPanel", "Activity"))
    tabs.addTab(questions, QCoreApplication.translate("QuestionsPanel", "Questions for phones"))
    return tabs


class QuestionsPanel(QWidget):
    status = Signal(str)

    @property
    def room(self) -> RoomStore:
        # Asked for on use: the room's store loads its domain modules, not wanted at start-up.
        return self.context.app.room

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Session | None = None
        self.activity: Activity | None = None
        self.questions: list[Question] = []
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("From a sheet…"))
        self.import_button.setToolTip(
            self.tr("Quiz and pre/post test questions with their correct answers, from XLSX")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_sheet)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.import_button)
        self.show_activity(None, None)

    def show_activity(self, session: Session | None, activity: Activity | None) -> None:
        self.session, self.activity = session, activity
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.list.clear()
        self.questions = []
        if self.session is not None and self.activity is not None:
            self.questions = self.room.questions.questions(self.session.id, self.activity.id)
        for question in self.questions:
            item = QListWidgetItem(f"{kind_label(question.kind)}: {question.prompt}")
            item.setToolTip(question.prompt)
            self.list.addItem(item)
            if question.id == select_id:
                self.list.setCurrentItem(item)
        for widget in (self.add_button, self.import_button):
            widget.setEnabled(self.activity is not None)
        self._enable()

    def _enable(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self.questions)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.questions) - 1)

    def selected(self) -> Question | None:
        row = self.list.currentRow()
        return self.questions[row] if 0 <= row < len(self.questions) else None

    # -- actions, each one undo step ---------------------------------------------------------

    def _push(self, text: str, do, undo, select_id: str | None = None) -> None:  # noqa: ANN001
        self.context.undo_stack.push(
            CallbackCommand(text, do, undo, lambda: self.reload(select_id))
        )

    def add(self) -> None:
        if self.session is None or self.activity is None:
            return
        blank = Question(self.session.id, self.activity.id, QuestionKind.POLL_SINGLE, "")
        from ui.plan.question_dialog import QuestionDialog  # on use: it loads the room's rules

        dialog = QuestionDialog(blank, self.session, self)
        if dialog.exec():
            self.add_questions([dialog.question()], self.tr("Add a question"))

    def add_questions(self, questions: list[Question], text: str) -> None:
        sid = questions[0].session_id if questions else ""
        store = self.room.questions

        def do() -> None:
            for question in questions:
                if question.created_at:
                    store.restore(sid, question.id)
                else:
                    store.save(question)

        def undo() -> None:
            for question in questions:
                store.move_to_trash(sid, question.id)

        if questions:
            self._push(text, do, undo, questions[-1].id)

    def edit_selected(self) -> None:
        before = self.selected()
        if before is None or self.session is None:
            return
        from ui.plan.question_dialog import QuestionDialog

        dialog = QuestionDialog(before, self.session, self)
        if not dialog.exec():
            return
        after = dialog.question()
        store = self.room.questions
        answered = store.has_answers(before.session_id, before.id)
        if answered and (after.kind != before.kind or len(after.options) != len(before.options)):
            self.status.emit(question_problem("question_has_answers"))
            return
        self._push(
            self.tr("Edit a question"),
            lambda: store.save(copy.deepcopy(after)),
            lambda: store.save(copy.deepcopy(before)),
            before.id,
        )

    def move_selected(self, step: int) -> None:
        question, row = self.selected(), self.list.currentRow()
        if question is None or not 0 <= row + step < len(self.questions):
            return
        sid, store = question.session_id, self.room.questions
        self._push(
            self.tr("Move a question"),
            lambda: store.move(sid, question.id, row + step),
            lambda: store.move(sid, question.id, row),
            question.id,
        )

    def remove_selected(self) -> None:
        question = self.selected()
        if question is None:
            return
        sid, store = question.session_id, self.room.questions
        self._push(
            self.tr("Remove a question"),
            lambda: store.move_to_trash(sid, question.id),
            lambda: store.restore(sid, question.id),
        )

    def import_sheet(self) -> None:
        if self.session is None or self.activity is None:
            return
        from ui.plan.question_import import QuestionImportDialog

        dialog = QuestionImportDialog(self.context, self.session.id, self.activity.id, self)
        if dialog.exec() and dialog.questions():
            questions = dialog.questions()
            self.add_questions(questions, self.tr("Import %n question(s)", "", len(questions)))
            self.status.emit(self.tr("%n question(s) imported.", "", len(questions)))

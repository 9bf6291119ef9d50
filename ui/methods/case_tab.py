"""Case class: give groups their cases (the same to all, or different ones), capture each
group's answers per guiding question, and compare the answers side by side for the plenary
(ui/methods/case_comparison.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import ActivityKind
from facilitation.bilingual import text_in, text_problem
from facilitation.method_runs import MAX_NOTE_LENGTH, CaseAssignment
from storage.case_class import MAX_GROUP_NAME
from ui.common.context import AppContext
from ui.common.theme import set_tone
from ui.common.undo import ValueCommand
from ui.methods.case_comparison import ComparisonPanel
from ui.methods.case_models import AssignmentModel
from ui.methods.library_buttons import LibraryButtons
from ui.methods.models import ChoiceDelegate
from ui.methods.sources import MethodLibraries, fill_activity_choice, groups_of

SAVE_DELAY_MS = 500


class CaseTab(QWidget):
    status = Signal(str)

    def __init__(
        self, context: AppContext, undo_stack: QUndoStack, libraries: MethodLibraries
    ) -> None:
        super().__init__()
        self.context, self.undo_stack, self.libraries = context, undo_stack, libraries
        self.repo = context.cases
        self.session_id: str | None = None
        self.assignments: dict[str, CaseAssignment] = {}
        self.extra_groups: dict[str, list[str]] = {}

        self.activity_choice = QComboBox()
        self.activity_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.case_choice = QComboBox()
        self.case_choice.currentIndexChanged.connect(lambda _i: self._show_case())
        self.library_buttons = LibraryButtons("case", context, undo_stack, libraries, self)
        self.library_buttons.changed.connect(self._library_changed)
        self.case_text = QLabel()
        self.case_text.setWordWrap(True)
        set_tone(self.case_text, "muted")
        self.all_button = QPushButton(self.tr("Give this case to &all groups"))
        self.all_button.clicked.connect(self.assign_to_all)
        self.add_group_button = QPushButton(self.tr("Add &group…"))
        self.add_group_button.clicked.connect(self._ask_group)

        self.assignment_model = AssignmentModel(self)
        self.assignment_model.case_requested.connect(self.assign)
        self.assignment_table = QTableView()
        self.assignment_table.setModel(self.assignment_model)
        self.assignment_table.setItemDelegateForColumn(
            1, ChoiceDelegate(self._case_choices, self.assignment_table)
        )
        self.assignment_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.assignment_table.horizontalHeader().setStretchLastSection(True)
        self.assignment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.answer_group = QComboBox()
        self.answer_group.currentIndexChanged.connect(lambda _i: self._fill_questions())
        self.answer_question = QComboBox()
        self.answer_question.currentIndexChanged.connect(lambda _i: self._show_answer())
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(self.tr("The group's answer, as they present it…"))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_answer)
        self.answer.textChanged.connect(self._save_timer.start)

        self.comparison = ComparisonPanel()

        form = QFormLayout()
        form.addRow(self.tr("Activity:"), self.activity_choice)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_choice, 1)
        case_row.addWidget(self.library_buttons)
        form.addRow(self.tr("Case:"), case_row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.case_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.add_group_button)
        buttons.addStretch()
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.assignment_table, 1)
        answer_form = QFormLayout()
        answer_form.addRow(self.tr("Answers of:"), self.answer_group)
        answer_form.addRow(self.tr("Question:"), self.answer_question)
        left_layout.addLayout(answer_form)
        self.from_notes_button = QPushButton(self.tr("Answer from &notes…"))
        self.from_notes_button.setToolTip(
            self.tr("Use what the note-taker captured for this group during the activity")
        )
        self.from_notes_button.clicked.connect(self.answer_from_notes)
        left_layout.addWidget(self.from_notes_button)
        left_layout.addWidget(self.answer, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.comparison)
        splitter.setSizes([380, 820])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        self._fill_cases()

    # -- loading -----------------------------------------------------------------------------

    def open_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        fill_activity_choice(
            self.activity_choice, self.context, session_id, ActivityKind.CASE_CLASS
        )
        self.refresh()

    def _fill_cases(self) -> None:
        current = self.case_choice.currentData()
        self.case_choice.blockSignals(True)
        self.case_choice.clear()
        for case in self.libraries.cases():
            mark = "" if case.builtin else " ✎"
            self.case_choice.addItem(case.title_in(self.context.lang) + mark, case.key)
        self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(current)))
        self.case_choice.blockSignals(False)
        self._show_case()

    def _library_changed(self, key: str | None) -> None:
        self._fill_cases()
        if key:
            self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(key)))
        self.refresh()

    def _show_case(self) -> None:
        case = self.libraries.case(self.case_choice.currentData() or "")
        self.library_buttons.set_current(case)
        if case is None:
            self.case_text.setText("")
            return
        lang = self.context.lang
        questions = "\n".join(f"{n}. {q}" for n, q in enumerate(case.questions_in(lang), 1))
        self.case_text.setText(f"{text_in(case.narrative, lang)}\n\n{questions}")

    def _case_choices(self, _index) -> list[tuple[str, object]]:  # noqa: ANN001
        choices = [(c.title_in(self.context.lang), c.key) for c in self.libraries.cases()]
        return [*choices, (self.tr("— no case —"), "")]

    def activity_id(self) -> str | None:
        return self.activity_choice.currentData()

    def groups(self) -> list[str]:
        activity_id = self.activity_id()
        if not self.session_id or not activity_id:
            return []
        names = groups_of(self.context, self.session_id, activity_id)
        names += self.extra_groups.get(activity_id, [])
        names += list(self.assignments)
        return list(dict.fromkeys(names))

    def refresh(self) -> None:
        activity_id = self.activity_id()
        found = self.repo.assignments(activity_id) if activity_id else []
        self.assignments = {a.group_name: a for a in found}
        groups = self.groups()
        self.assignment_model.set_rows(
            [
                (
                    group,
                    self.assignments[group].case_key if group in self.assignments else "",
                    self._case_title(self.assignments.get(group)),
                )
                for group in groups
            ]
        )
        self._refresh_answers()
        self._refresh_comparison()
        for widget in (
            self.all_button,
            self.add_group_button,
            self.assignment_table,
            self.answer_group,
            self.answer_question,
            self.answer,
        ):
            widget.setEnabled(activity_id is not None)

    def _case_title(self, assignment: CaseAssignment | None) -> str:
        if assignment is None:
            return ""
        case = self.libraries.case(assignment.case_key)
        return case.title_in(self.context.lang) if case else assignment.case_title

    def _questions(self, assignment: CaseAssignment) -> list[str]:
        case = self.libraries.case(assignment.case_key)
        return case.questions_in(self.context.lang) if case else []

    def _refresh_answers(self) -> None:
        current = self.answer_group.currentText()
        self.answer_group.blockSignals(True)
        self.answer_group.clear()
        self.answer_group.addItems(list(self.assignments))
        self.answer_group.setCurrentIndex(max(0, self.answer_group.findText(current)))
        self.answer_group.blockSignals(False)
        self._fill_questions()

    def _fill_questions(self) -> None:
        self.flush()
        assignment = self.assignments.get(self.answer_group.currentText())
        current = self.answer_question.currentIndex()
        self.answer_question.blockSignals(True)
        self.answer_question.clear()
        if assignment:
            for number, question in enumerate(self._questions(assignment), start=1):
                self.answer_question.addItem(f"{number}. {question}", number - 1)
        self.answer_question.setCurrentIndex(min(max(current, 0), self.answer_question.count() - 1))
        self.answer_question.blockSignals(False)
        self._show_answer()

    def _show_answer(self) -> None:
        self.flush()
        assignment = self.assignments.get(self.answer_group.currentText())
        index = self.answer_question.currentData()
        text = assignment.answers.get(index, "") if assignment and index is not None else ""
        if self.answer.toPlainText() != text:
            self.answer.blockSignals(True)
            self.answer.setPlainText(text)
            self.answer.blockSignals(False)
        self.answer.setEnabled(assignment is not None and index is not None)

    def _refresh_comparison(self) -> None:
        shown = list(self.assignments.values())
        self.comparison.show_answers(
            [a.group_name for a in shown],
            [self._questions(a) for a in shown],
            [a.answers for a in shown],
        )

    # -- actions -----------------------------------------------------------------------------

    def assign(self, group: str, case_key: str) -> None:
        activity_id = self.activity_id()
        if activity_id is None:
            return
        previous = self.assignments.get(group)
        before = previous.case_key if previous else ""
        self.undo_stack.push(
            ValueCommand(
                self.tr("Case for %1").replace("%1", group),
                lambda key: self._apply_cases(activity_id, {group: key}),
                before,
                case_key,
                self.refresh,
            )
        )

    def assign_to_all(self) -> None:
        activity_id, key = self.activity_id(), self.case_choice.currentData()
        groups = self.groups()
        if activity_id is None or not key:
            return
        if not groups:
            self.status.emit(self.tr("No groups yet: form groups on the People page, or add one."))
            return
        before = {g: self.assignments[g].case_key if g in self.assignments else "" for g in groups}
        after = dict.fromkeys(groups, key)
        self.undo_stack.push(
            ValueCommand(
                self.tr("Same case for all groups"),
                lambda cases: self._apply_cases(activity_id, cases),
                before,
                after,
                self.refresh,
            )
        )

    def _apply_cases(self, activity_id: str, cases: dict[str, str]) -> None:
        given = {g: k for g, k in cases.items() if k}
        titled = {}
        for group, key in given.items():
            case = self.libraries.case(key)
            titled[group] = (key, case.title_in(self.context.lang) if case else key)
        with self.context.db.atomic():  # one user action, one transaction
            if titled:
                self.repo.assign(activity_id, titled)
            removed = [g for g, k in cases.items() if not k]
            if removed:
                self.repo.unassign(activity_id, removed)

    def flush(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_answer()

    def save_answer(self) -> None:
        assignment = self.assignments.get(self.answer_group.currentText())
        index = self.answer_question.currentData()
        if assignment is None or index is None:
            return
        text = self.answer.toPlainText()
        if text_problem(text, MAX_NOTE_LENGTH):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "This answer is too long or contains a control character; it was not saved."
                ),
            )
            return
        before = assignment.answers.get(index, "")
        if before == text:
            return
        assignment_id = assignment.id
        self.undo_stack.push(
            ValueCommand(
                self.tr("Answer of %1").replace("%1", assignment.group_name),
                lambda value: self.repo.set_answer(assignment_id, index, value),
                before,
                text,
                self.refresh,
                merge_key=("answer", assignment_id, index),
            )
        )

    def answer_from_notes(self) -> None:
        """Add captured notes to the current group's answer (one undo step)."""
        from ui.methods.case_from_notes import NotesForAnswerDialog, notes_for_answer

        group = self.answer_group.currentText()
        activity_id = self.activity_id()
        if not self.session_id or not activity_id or not self.answer.isEnabled():
            return
        notes = notes_for_answer(self.context.notes, self.session_id, activity_id, group)
        dialog = NotesForAnswerDialog(notes, group, self)
        if not dialog.exec() or not dialog.chosen_texts():
            return
        existing = self.answer.toPlainText().strip()
        self.answer.setPlainText("\n".join([t for t in [existing, *dialog.chosen_texts()] if t]))
        self.save_answer()

    def _ask_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add group"), self.tr("Group name:"))
        if ok:
            self.add_group(name)

    def add_group(self, name: str) -> bool:
        name, activity_id = name.strip(), self.activity_id()
        if activity_id is None or not name or text_problem(name, MAX_GROUP_NAME):
            self.status.emit(
                self.tr("A group needs a name of at most %1 characters.").replace(
                    "%1", str(MAX_GROUP_NAME)
                )
            )
            return False
        self.extra_groups.setdefault(activity_id, []).append(name)
        self.refresh()
        return True

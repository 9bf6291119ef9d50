"""The form for the selected activity. Each finished edit becomes one undoable change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from facilitation.activity import MAX_PLANNED_MINUTES, Activity, ActivityKind, Grouping
from ui.common.labels import activity_kind_label, grouping_label


class FinishingTextEdit(QPlainTextEdit):
    """A plain text edit that reports when the user leaves it, like QLineEdit.editingFinished."""

    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class ActivityEditor(QWidget):
    changed = Signal(str, object)  # field name, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activity: Activity | None = None
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in ActivityKind:
            self.kind_combo.addItem(activity_kind_label(kind), kind)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, MAX_PLANNED_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.grouping_combo = QComboBox()
        for grouping in Grouping:
            self.grouping_combo.addItem(grouping_label(grouping), grouping)
        self.instructions_edit = FinishingTextEdit()
        self.questions_edit = FinishingTextEdit()
        self.questions_edit.setPlaceholderText(self.tr("One question per line"))
        self.materials_edit = QLineEdit()
        for edit in (self.instructions_edit, self.questions_edit):
            edit.setMinimumHeight(70)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above the fields leave the whole width to the text, which can be long.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("T&itle"), self.title_edit)
        form.addRow(self.tr("&Method"), self.kind_combo)
        form.addRow(self.tr("Min&utes"), self.minutes_spin)
        form.addRow(self.tr("&Grouping"), self.grouping_combo)
        form.addRow(self.tr("I&nstructions"), self.instructions_edit)
        form.addRow(self.tr("Guiding &questions"), self.questions_edit)
        form.addRow(self.tr("Ma&terials"), self.materials_edit)

        self.title_edit.editingFinished.connect(
            lambda: self._emit("title", self.title_edit.text().strip())
        )
        self.kind_combo.activated.connect(
            lambda _i: self._emit("kind", ActivityKind(self.kind_combo.currentData()))
        )
        self.minutes_spin.editingFinished.connect(
            lambda: self._emit("planned_minutes", self.minutes_spin.value())
        )
        self.grouping_combo.activated.connect(
            lambda _i: self._emit("grouping", Grouping(self.grouping_combo.currentData()))
        )
        self.instructions_edit.editing_finished.connect(
            lambda: self._emit("instructions", self.instructions_edit.toPlainText())
        )
        self.questions_edit.editing_finished.connect(
            lambda: self._emit(
                "guiding_questions",
                [q.strip() for q in self.questions_edit.toPlainText().splitlines() if q.strip()],
            )
        )
        self.materials_edit.editingFinished.connect(
            lambda: self._emit("materials", self.materials_edit.text())
        )
        self.show_activity(None)

    def show_activity(self, activity: Activity | None) -> None:
        self._activity = None  # silence signals while filling the form
        self.setEnabled(activity is not None)
        if activity is None:
            for edit in (self.title_edit, self.materials_edit):
                edit.clear()
            self.instructions_edit.clear()
            self.questions_edit.clear()
            self.minutes_spin.setValue(0)
            return
        self.title_edit.setText(activity.title)
        self.title_edit.setCursorPosition(0)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(activity.kind))
        self.minutes_spin.setValue(activity.planned_minutes)
        self.grouping_combo.setCurrentIndex(self.grouping_combo.findData(activity.grouping))
        if self.instructions_edit.toPlainText() != activity.instructions:
            self.instructions_edit.setPlainText(activity.instructions)
        questions = "\n".join(activity.guiding_questions)
        if self.questions_edit.toPlainText() != questions:
            self.questions_edit.setPlainText(questions)
        self.materials_edit.setText(activity.materials)
        self.materials_edit.setCursorPosition(0)
        self._activity = activity

    def _emit(self, field_name: str, value: object) -> None:
        if self._activity is None:
            return
        if field_name == "title" and not value:
            self.title_edit.setText(self._activity.title)
            return
        if getattr(self._activity, field_name) != value:
            self.changed.emit(field_name, value)

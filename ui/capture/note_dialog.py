"""Editing a note after the fact: text, kind, activity, group, speaker and tags."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from facilitation.notes import Note, NoteKind, normalise_tags, validate_note
from facilitation.session import ValidationError
from ui.capture.labels import capture_message, note_kind_label
from ui.common.theme import set_tone


class NoteDialog(QDialog):
    def __init__(
        self,
        note: Note,
        activities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note"))
        self.resize(620, 420)
        self._note = note
        self._result: Note | None = None
        self.text_edit = QPlainTextEdit(note.text)
        self.kind_combo = QComboBox()
        for kind in NoteKind:
            self.kind_combo.addItem(note_kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(note.kind))
        self.activity_combo = QComboBox()
        self.activity_combo.addItem(self.tr("No particular activity"), None)
        for activity_id, label in activities:
            self.activity_combo.addItem(label, activity_id)
        self.activity_combo.setCurrentIndex(max(0, self.activity_combo.findData(note.activity_id)))
        self.group_edit = QLineEdit(note.group_label)
        self.speaker_edit = QLineEdit(note.speaker)
        self.tags_edit = QLineEdit(", ".join(note.tags))
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.error_label = QLabel()
        set_tone(self.error_label, "danger")
        self.error_label.setStyleSheet("font-weight: 600;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Note"), self.text_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Activity"), self.activity_combo)
        form.addRow(self.tr("Group"), self.group_edit)
        form.addRow(self.tr("Speaker"), self.speaker_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def edited_note(self) -> Note | None:
        return self._result

    def accept(self) -> None:
        note = copy.deepcopy(self._note)
        note.text = self.text_edit.toPlainText()
        note.kind = self.kind_combo.currentData()
        note.activity_id = self.activity_combo.currentData()
        if note.group_label != self.group_edit.text().strip():
            note.group_id = None
        note.group_label = self.group_edit.text().strip()
        if note.speaker != self.speaker_edit.text().strip():
            note.participant_id = None
        note.speaker = self.speaker_edit.text().strip()
        note.tags = normalise_tags(self.tags_edit.text().split(","))
        try:
            validate_note(note)
        except ValidationError as error:
            self.error_label.setText(capture_message(error.key, error.details))
            return
        self._result = note
        super().accept()

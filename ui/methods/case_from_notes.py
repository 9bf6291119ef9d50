"""Case answers from the note-taker's notes: pick the notes captured for this case-class
activity and group, and they become (part of) the group's answer to the chosen question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.notes import Note
from storage.notes import NoteRepository
from ui.capture.labels import note_kind_label


def notes_for_answer(
    notes: NoteRepository, session_id: str, activity_id: str, group: str
) -> list[Note]:
    """The activity's notes, this group's first (a group label may differ in case)."""
    of_activity = [n for n in notes.for_session(session_id) if n.activity_id == activity_id]
    folded = group.casefold()
    return sorted(of_activity, key=lambda n: (n.group_label.casefold() != folded, n.created_at))


class NotesForAnswerDialog(QDialog):
    def __init__(self, notes: list[Note], group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer from notes"))
        self.setMinimumSize(620, 380)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        for note in notes:
            who = note.group_label or self.tr("whole room")
            item = QListWidgetItem(f"[{who} · {note_kind_label(note.kind)}] {note.text[:500]}")
            item.setData(Qt.ItemDataRole.UserRole, note.text)
            self.list.addItem(item)
            if note.group_label.casefold() == group.casefold():
                item.setSelected(True)
        hint = QLabel(
            self.tr("Chosen notes are added to the answer of %1, one per line.").replace(
                "%1", group
            )
            if notes
            else self.tr("No notes were captured for this activity yet.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to answer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen_texts(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).isSelected()
        ]

"""Editing and trashing saved notes, undoably: the one way the Notes page's list and the Run
page's last notes do it, so Ctrl+Z takes back a change made on either page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitation.notes import Note
from storage.notes import NoteRepository
from ui.capture.note_dialog import NoteDialog
from ui.common.undo import CallbackCommand

translate = QCoreApplication.translate


def edit_note(
    parent: QWidget,
    notes: NoteRepository,
    undo_stack: QUndoStack,
    note: Note,
    activities: list[tuple[str, str]],
    refresh: Callable[[str], object],
) -> bool:
    """Open the note editor; a saved edit is one undo step. refresh(note id) shows the note as
    stored after the edit, its undo or its redo. False when the editor was cancelled."""
    dialog = NoteDialog(note, activities, parent)
    if not dialog.exec() or dialog.edited_note() is None:
        return False
    after = dialog.edited_note()
    undo_stack.push(
        CallbackCommand(
            translate("NoteCommands", "Edit note"),
            lambda: notes.update(after, before=note),
            lambda: notes.update(note, before=after),
            lambda: refresh(note.id),
        )
    )
    return True


def trash_notes(
    notes: NoteRepository,
    undo_stack: QUndoStack,
    note_ids: list[str],
    refresh: Callable[[str], object],
) -> None:
    """Move notes to the trash, one undo step for them all (Ctrl+Z brings them back)."""

    def trash() -> None:
        for note_id in note_ids:
            notes.move_to_trash(note_id)

    def restore() -> None:
        for note_id in note_ids:
            notes.restore(note_id)

    undo_stack.push(
        CallbackCommand(
            translate("NoteCommands", "Move %1 notes to the trash").replace(
                "%1", str(len(note_ids))
            ),
            trash,
            restore,
            lambda: [refresh(note_id) for note_id in note_ids],
        )
    )

"""The People page's edit, undo and redo write only the field the user changed: a phone number
a merged bundle brought in meanwhile (through another connection) stays."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QUndoStack

from facilitation.participants import Participant
from storage.database import DB_FILENAME, connect
from storage.participants import ParticipantRepository
from ui.people.commands import EditParticipantCommand


@pytest.mark.attack("concurrent writers")
def test_edit_undo_and_redo_keep_a_phone_merged_meanwhile(
    qapp, data_dir, db, builtin_session
) -> None:
    repo = ParticipantRepository(db)
    shown = repo.get(repo.add(builtin_session.id, Participant(name="Siti", phone="0811")).id)
    merge = connect(data_dir / DB_FILENAME)
    try:
        merge.execute("UPDATE participants SET phone='0822' WHERE id=?", [shown.id])
        merge.conn.commit()
    finally:
        merge.close()

    edited = copy.deepcopy(shown)
    edited.name = "Siti Aminah"
    stack = QUndoStack()
    stack.push(EditParticipantCommand(repo, lambda: None, shown, edited))
    assert (repo.get(shown.id).name, repo.get(shown.id).phone) == ("Siti Aminah", "0822")
    stack.undo()
    assert (repo.get(shown.id).name, repo.get(shown.id).phone) == ("Siti", "0822")
    stack.redo()
    assert (repo.get(shown.id).name, repo.get(shown.id).phone) == ("Siti Aminah", "0822")

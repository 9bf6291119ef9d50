"""Saving a note at Enter: three statements on the connection, on disk when add() returns,
and a failed save leaves nothing behind, not even an open transaction."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from facilitation.validation import RowValueError
from storage.database import connect
from storage.notes import NoteRepository
from storage.sessions import SessionRepository
from tests.storage.sql_trace import statements_of


def new_session(db) -> str:  # noqa: ANN001
    session = Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    return SessionRepository(db).create(session).id


def live_notes(db) -> int:  # noqa: ANN001
    return db.execute("SELECT count(*) FROM notes").fetchone()[0]


def test_a_save_is_one_insert_in_its_own_immediate_transaction(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = new_session(db)
    notes.add(Note(session_id, "pertama"))  # the first save finds the rules
    statements = statements_of(db, lambda: notes.add(Note(session_id, "Loket pengaduan")))
    statements = [sql for sql in statements if not sql.startswith("--")]  # trigger bodies
    assert statements[0] == "BEGIN IMMEDIATE"
    assert statements[1].startswith("INSERT INTO notes ")
    assert statements[-1] == "COMMIT"
    assert not any(sql.lstrip().upper().startswith(("SELECT", "PRAGMA")) for sql in statements)


def test_the_note_is_in_the_file_when_add_returns(db, opened_store) -> None:  # noqa: ANN001
    note = NoteRepository(db).add(Note(new_session(db), "Sudah tersimpan"))
    other = connect(opened_store.path)  # another connection sees only what was committed
    try:
        found = other.execute("SELECT text FROM notes WHERE id=?", [note.id]).fetchone()
    finally:
        other.close()
    assert found == ("Sudah tersimpan",)


@pytest.mark.attack("values by meaning")
def test_a_note_saved_twice_is_refused_and_leaves_no_open_transaction(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    note = notes.add(Note(new_session(db), "Sekali saja"))
    before = live_notes(db)
    with pytest.raises(sqlite3.IntegrityError):
        notes.add(note)  # the same id again
    assert not db.conn.in_transaction
    assert live_notes(db) == before


@pytest.mark.attack("values by meaning")
def test_a_note_refused_by_the_rules_writes_nothing(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = new_session(db)
    notes.add(Note(session_id, "Baik"))
    before = live_notes(db)
    with pytest.raises(RowValueError):
        notes.add(Note(session_id, "Aktivitas palsu", activity_id="../../etc/passwd"))
    assert not db.conn.in_transaction
    assert live_notes(db) == before


def test_inside_a_larger_action_the_note_goes_with_it(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = new_session(db)
    before = live_notes(db)
    with pytest.raises(RuntimeError), db.atomic():
        notes.add(Note(session_id, "Bagian dari tindakan yang gagal"))
        raise RuntimeError("the rest of the action failed")
    assert live_notes(db) == before
    with db.atomic():
        notes.add(Note(session_id, "Bagian dari tindakan yang berhasil"))
    assert live_notes(db) == before + 1

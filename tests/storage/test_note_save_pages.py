"""What a note's save writes (schema 17): the row, its id and one index, counted in pages of
the write-ahead log; and what each part dropped from the save was there for still holds (the
search finds every note, the list's change stamp moves, the trash checks its keys)."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from storage import migrations
from storage.database import DB_FILENAME, connect, open_store
from storage.migrations import MIGRATIONS, migrate
from storage.notes import NoteRepository
from storage.search_index import index_pending_notes, waiting_notes
from storage.sessions import SessionRepository
from storage.trash import empty_trash
from tests.storage.session_helpers import FakeClock


def new_session(db, activities: int = 0) -> Session:  # noqa: ANN001
    plan = [
        Activity(title=f"Kegiatan {n}", kind=ActivityKind.GROUP_DISCUSSION, planned_minutes=30)
        for n in range(activities)
    ]
    day = SessionDay(date=date(2022, 3, 23), activities=plan)
    return SessionRepository(db).create(Session(title="Pelatihan", days=[day]))


def index_agrees_with_notes(db) -> None:  # noqa: ANN001
    index_pending_notes(db.conn)
    db.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")


def wal_pages(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return (os.path.getsize(wal) - 32) // (4096 + 24) if wal.exists() else 0


def test_a_save_writes_the_row_its_id_and_two_indexes(opened_store) -> None:  # noqa: ANN001
    db = opened_store.db
    notes = NoteRepository(db)
    session = new_session(db)
    for number in range(50):  # pages of their own for the session's notes
        notes.add(Note(session.id, f"Catatan awal {number}", tags=["A"], group_label="K1"))
    names = {row[1] for row in db.execute("PRAGMA index_list(notes)")}
    assert names == {"sqlite_autoindex_notes_1", "notes_live", "notes_names", "notes_changed"}
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    saves = 40
    for number in range(saves):
        notes.add(Note(session.id, f"Catatan {number}", tags=["A"], group_label="K1"))
    # Four pages a save (the notes' last page, the id's, notes_live's and notes_names'), a few
    # more when a page fills; before schema 17 the queue row and two more indexes made it ~9.5.
    assert wal_pages(opened_store.path) <= 4.5 * saves


def test_the_change_stamp_moves_with_every_change_and_only_then(db) -> None:  # noqa: ANN001
    clock = FakeClock()
    notes = NoteRepository(db, clock)
    session = new_session(db)
    stamps = [notes.session_stamp(session.id)]

    def changed(work) -> None:  # noqa: ANN001
        clock.advance(seconds=1)
        work()
        stamps.append(notes.session_stamp(session.id))
        assert stamps[-1] != stamps[-2]

    note = notes.add(Note(session.id, "Loket pengaduan"))
    stamps.append(notes.session_stamp(session.id))
    other = notes.add(Note(session.id, "Antrian"))
    stamps.append(notes.session_stamp(session.id))
    assert len(set(stamps)) == 3
    assert notes.session_stamp(session.id) == notes.session_stamp(session.id, 2)

    def edit() -> None:
        before = notes.get(note.id)
        note.text = "Loket pengaduan baru"
        notes.update(note, before)

    changed(edit)
    changed(lambda: notes.set_starred(other.id, True))
    changed(lambda: notes.move_to_trash(note.id))
    changed(lambda: notes.move_to_trash(other.id))
    changed(lambda: notes.restore(note.id))
    clock.advance(seconds=1)
    assert notes.session_stamp(session.id) == stamps[-1]  # nothing changed: the same


def test_a_note_given_the_rowid_of_one_deleted_for_good_is_still_found(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session = new_session(db)
    kept = notes.add(Note(session.id, "rapat pagi"))
    newest = [notes.add(Note(session.id, f"rapat sore {n}")) for n in range(3)]
    assert len(notes.search("rapat")) == 4  # all indexed
    with db.atomic():  # the notes with the highest rowids go for good (as a purge does)
        db.execute("DELETE FROM notes WHERE id IN (?, ?, ?)", [n.id for n in newest])
    again = notes.add(Note(session.id, "rapat malam"))
    rowids = [r[0] for r in db.execute("SELECT rowid FROM notes ORDER BY rowid")]
    assert len(rowids) == 2 and rowids[1] == rowids[0] + 1  # the deleted notes' rowid again
    assert waiting_notes(db.conn) == 1
    assert {hit.note_id for hit in notes.search("rapat")} == {kept.id, again.id}
    index_agrees_with_notes(db)


def test_an_edited_note_with_the_highest_rowid_waits_once(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session = new_session(db)
    first = notes.add(Note(session.id, "antrian panjang"))
    last = notes.add(Note(session.id, "antrian pendek"))
    notes.search("antrian")
    before = notes.get(last.id)
    last.text = "loket tutup"  # out of the index and queued: below it, nothing waits twice
    notes.update(last, before)
    assert waiting_notes(db.conn) == 1
    assert [hit.note_id for hit in notes.search("antrian")] == [first.id]
    assert [hit.note_id for hit in notes.search("loket")] == [last.id]
    index_agrees_with_notes(db)


def test_an_older_store_keeps_its_queue_and_finds_every_note(tmp_path) -> None:  # noqa: ANN001
    version = MIGRATIONS.index(migrations._v17_notes_fewer_pages_per_save) + 1
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = connect(data_dir / DB_FILENAME)
    migrate(db, target=version - 1)
    notes = NoteRepository(db)
    session = new_session(db)
    indexed = [notes.add(Note(session.id, f"inovasi lama {n}")) for n in range(3)]
    notes.search("inovasi")
    queued = [notes.add(Note(session.id, f"inovasi baru {n}")) for n in range(2)]
    before = notes.get(indexed[0].id)
    indexed[0].text = "inovasi diubah"
    notes.update(indexed[0], before)  # taken out of the index, queued again
    assert db.execute("SELECT count(*) FROM notes_fts_pending").fetchone()[0] == 3
    db.close()
    opened = open_store(data_dir, take_backup=False)
    try:
        assert version in opened.migrated
        notes = NoteRepository(opened.db)
        assert waiting_notes(opened.db.conn) == 3
        found = {hit.note_id for hit in notes.search("inovasi")}
        assert found == {n.id for n in indexed + queued}
        assert waiting_notes(opened.db.conn) == 0
        index_agrees_with_notes(opened.db)
    finally:
        opened.db.close()


def test_emptying_the_trash_checks_the_keys_once_and_leaves_them_on(db) -> None:  # noqa: ANN001
    sessions = SessionRepository(db)
    kept, doomed = new_session(db, activities=2), new_session(db, activities=40)
    notes = NoteRepository(db)
    for activity in doomed.days[0].activities:
        notes.add(Note(doomed.id, "catatan", activity_id=activity.id))
    notes.add(Note(kept.id, "tetap"))
    sessions.move_to_trash(doomed.id)
    checks: list[str] = []
    db.conn.set_trace_callback(checks.append)
    try:
        assert empty_trash(db) == 1
    finally:
        db.conn.set_trace_callback(None)
    assert sum("foreign_key_check" in sql for sql in checks) == 2  # before and after
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM activities").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.attack("damaged store files")
def test_a_purge_that_would_leave_a_note_pointing_nowhere_changes_nothing(db) -> None:  # noqa: ANN001
    kept, doomed = new_session(db), new_session(db, activities=1)
    activity_id = doomed.days[0].activities[0].id
    NoteRepository(db).add(Note(kept.id, "milik sesi lain"))
    with db.atomic():  # a note of the kept session under the doomed one's activity
        db.execute("UPDATE notes SET activity_id=?", [activity_id])
    SessionRepository(db).move_to_trash(doomed.id)
    tables = ("sessions", "activities", "notes")
    before = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    with pytest.raises(sqlite3.IntegrityError):
        empty_trash(db)
    assert {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables} == before
    assert not db.conn.in_transaction
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.attack("damaged store files")
def test_a_key_already_pointing_nowhere_does_not_block_the_purge(db) -> None:  # noqa: ANN001
    kept, doomed = new_session(db), new_session(db)
    note = NoteRepository(db).add(Note(kept.id, "rusak dari dulu"))
    db.execute("PRAGMA foreign_keys=OFF")  # as an older version or a hand edit left it
    db.execute("UPDATE notes SET activity_id='hilang' WHERE id=?", [note.id])
    db.execute("PRAGMA foreign_keys=ON")
    SessionRepository(db).move_to_trash(doomed.id)
    assert empty_trash(db) == 1  # as the row-by-row check never looked at that note
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1

"""Emptying the trash: a purged session is gone from the store, its search index, the bytes of
the store's files and every backup taken afterwards; sessions in use keep everything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitation.notes import Note
from facilitation.participants import Participant
from storage import backups
from storage.bundles import session_tables
from storage.database import DB_FILENAME, open_store
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from storage.search_index import index_pending_notes
from storage.sessions import SessionRepository
from storage.trash import empty_trash, trashed_session_count
from tests.report_fixtures import fill_day, sample_session

SECRET = "Xqzvwlkjh"  # a word no other text in the store shares a prefix with


def _raw(path: Path) -> bytes:
    """The store's bytes as a copying tool would see them: the file and its write-ahead log."""
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def store(data_dir: Path):
    opened = open_store(data_dir)
    db = opened.db
    kept = sample_session(db)
    fill_day(db, kept, people=4, notes_per_activity=1)
    sessions = SessionRepository(db)
    doomed = sessions.duplicate(kept.id, f"Pelatihan {SECRET}")
    ParticipantRepository(db).add(doomed.id, Participant(name=f"Budi {SECRET}"))
    for n in range(30):  # enough notes to fill pages of their own
        NoteRepository(db).add(
            Note(
                session_id=doomed.id,
                text=f"Catatan rahasia {SECRET} nomor {n} " + "isi panjang " * 20,
                speaker=f"Sari {SECRET}",
            )
        )
    sessions.move_to_trash(doomed.id)
    yield opened, kept, doomed
    db.close()


def _counts(db, session_id: str) -> dict[str, int]:
    return {
        table: db.execute(f"SELECT count(*) FROM [{table}] WHERE {key}=?", [session_id]).fetchone()[
            0
        ]
        for table in session_tables(db)
        for key in ("id" if table == "sessions" else "session_id",)
    }


def test_emptying_the_trash_deletes_the_sessions_in_it_and_nothing_else(store):
    opened, kept, doomed = store
    db = opened.db
    before = _counts(db, kept.id)
    assert trashed_session_count(db) == 1
    assert empty_trash(db) == 1
    assert set(_counts(db, doomed.id).values()) == {0}
    assert _counts(db, kept.id) == before
    assert trashed_session_count(db) == 0 and empty_trash(db) == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_purged_notes_are_gone_from_the_search_index(store):
    opened, kept, _doomed = store
    db = opened.db
    search = f"SELECT count(*) FROM notes_fts WHERE notes_fts MATCH '{SECRET}'"
    index_pending_notes(db.conn)  # what the next search does first
    assert db.execute(search).fetchone()[0] == 30
    empty_trash(db)
    assert db.execute(search).fetchone()[0] == 0
    db.execute("INSERT INTO notes_fts(notes_fts) VALUES('integrity-check')")  # raises if not
    hits = NoteRepository(db).search("SOP")
    assert hits and {hit.session_id for hit in hits} == {kept.id}


@pytest.mark.attack("redaction leaks")
def test_purged_text_leaves_no_bytes_in_the_store_nor_in_a_later_backup(store, tmp_path: Path):
    opened, _kept, _doomed = store
    secret = SECRET.lower().encode()  # the search index keeps words in lower case
    assert secret in _raw(opened.path).lower()
    empty_trash(opened.db)
    assert secret not in _raw(opened.path).lower()
    backup = backups.take_backup(opened.db.conn, tmp_path / "backups", "manual")
    assert secret not in backup.read_bytes().lower()
    assert opened.path.name == DB_FILENAME


def test_a_purged_session_forgets_its_letterhead_and_logo_but_the_files_stay(store, tmp_path: Path):
    from facilitation.paperwork import LetterheadFiles
    from storage.paperwork import PaperworkRepository

    opened, kept, doomed = store
    db = opened.db
    kop, logo = tmp_path / "kop BKD.png", tmp_path / "logo.png"
    for image in (kop, logo):
        image.write_bytes(b"\x89PNG\r\n\x1a\n")
    paperwork = PaperworkRepository(db)
    sessions = SessionRepository(db)
    sessions.restore(doomed.id)
    paperwork.save(doomed.id, files=LetterheadFiles(str(kop), str(logo)))
    paperwork.save(kept.id, files=LetterheadFiles(str(logo), ""))
    sessions.move_to_trash(doomed.id)
    facts = "SELECT key FROM store_facts WHERE key LIKE 'paperwork_files:%' ORDER BY key"
    assert len(db.execute(facts).fetchall()) == 2
    empty_trash(db)
    assert [row[0] for row in db.execute(facts)] == [f"paperwork_files:{kept.id}"]
    assert paperwork.files(kept.id) == LetterheadFiles(str(logo), "")
    assert kop.read_bytes() and logo.read_bytes()  # the user's files are never deleted
    stored = _raw(opened.path)
    assert doomed.id.encode() not in stored


def test_a_failed_purge_keeps_the_letterhead_noted_too(store, tmp_path: Path, monkeypatch):
    """One transaction: when deleting the rows fails, the noted paths are still there."""
    from facilitation.paperwork import LetterheadFiles
    from storage import trash
    from storage.paperwork import PaperworkRepository

    opened, _kept, doomed = store
    db = opened.db
    sessions = SessionRepository(db)
    sessions.restore(doomed.id)
    PaperworkRepository(db).save(doomed.id, files=LetterheadFiles(str(tmp_path / "kop.png"), ""))
    sessions.move_to_trash(doomed.id)

    def broken(_db):
        return ["no_such_table"]

    monkeypatch.setattr(trash, "session_tables", broken)
    with pytest.raises(sqlite3.OperationalError):
        empty_trash(db)
    key = f"paperwork_files:{doomed.id}"
    assert db.execute("SELECT 1 FROM store_facts WHERE key=?", [key]).fetchone()

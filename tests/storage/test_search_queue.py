"""Saving a note queues it for the search index; the next search indexes the queue first."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from storage import migrations
from storage.bundles import export_bundle, import_bundle
from storage.database import connect, open_store
from storage.migrations import LATEST_VERSION, MIGRATIONS, migrate
from storage.notes import NoteRepository
from storage.search_index import index_pending_notes, merge_search_index, waiting_notes
from storage.sessions import SessionRepository
from tests.storage.sql_trace import statements_of


def new_session(db) -> str:  # noqa: ANN001
    return (
        SessionRepository(db)
        .create(Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))]))
        .id
    )


def queued(db) -> int:  # noqa: ANN001
    return waiting_notes(db.conn)


def index_agrees_with_notes(db) -> None:  # noqa: ANN001
    index_pending_notes(db.conn)
    # Raises ("database disk image is malformed") when the index and the notes differ.
    db.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")


def test_saving_a_note_writes_no_index_and_a_search_right_after_finds_it(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = new_session(db)
    segments = db.execute("SELECT count(*) FROM notes_fts_data").fetchone()[0]
    statements = statements_of(db, lambda: notes.add(Note(session_id, "Loket pengaduan baru")))
    assert not any("notes_fts" in sql for sql in statements)
    assert db.execute("SELECT count(*) FROM notes_fts_data").fetchone()[0] == segments
    assert queued(db) == 1
    assert [hit.snippet for hit in notes.search("pengaduan")] == [
        "Loket \ue000pengaduan\ue001 baru"
    ]
    assert queued(db) == 0
    index_agrees_with_notes(db)


def test_a_search_with_nothing_queued_writes_nothing(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    notes.add(Note(new_session(db), "Budaya kerja"))
    notes.search("budaya")
    statements = statements_of(db, lambda: notes.search("kerja"))
    # The snippets' scratch index is this connection's temp table, never the store file.
    assert not any(
        sql.lstrip().upper().startswith(("INSERT", "DELETE", "BEGIN"))
        and not sql.lstrip().upper().startswith("INSERT INTO TEMP.")
        for sql in statements
    )


def test_an_edit_before_and_after_indexing_finds_the_new_words_only(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    note = notes.add(Note(new_session(db), "antrian panjang"))
    before = notes.get(note.id)
    note.text = "antrian pendek"
    notes.update(note, before)  # still queued: the index is left alone
    assert [hit.note_id for hit in notes.search("pendek")] == [note.id]
    assert notes.search("panjang") == []
    before = notes.get(note.id)
    note.text = "loket tutup"  # indexed by now: taken out of the index and queued again
    notes.update(note, before)
    assert queued(db) == 1
    assert notes.search("pendek") == [] and len(notes.search("tutup")) == 1
    index_agrees_with_notes(db)


def test_a_queued_note_deleted_for_good_leaves_the_index_whole(db) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = new_session(db)
    kept = notes.add(Note(session_id, "rapat pagi"))
    notes.search("rapat")
    gone = [notes.add(Note(session_id, f"rapat sore {n}")) for n in range(3)]
    with db.atomic():
        db.execute("DELETE FROM notes WHERE id IN (?, ?)", [gone[0].id, kept.id])
    assert queued(db) == 2
    index_agrees_with_notes(db)
    assert {hit.note_id for hit in notes.search("rapat")} == {gone[1].id, gone[2].id}


def test_the_start_up_merge_indexes_the_queue(opened_store) -> None:  # noqa: ANN001
    db = opened_store.db
    notes = NoteRepository(db)
    note = notes.add(Note(new_session(db), "survei kepuasan"))
    merge_search_index(opened_store.path)
    assert queued(db) == 0
    found = db.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'survei'").fetchall()
    rowid = db.execute("SELECT rowid FROM notes WHERE id = ?", [note.id]).fetchone()
    assert found == [tuple(rowid)]


def test_an_imported_bundle_is_indexed_by_the_import_itself(db, tmp_path) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = new_session(db)
    for number in range(5):
        notes.add(Note(session_id, f"loket pengaduan {number}"))
    export_bundle(db, session_id, tmp_path / "sesi.lokakarya")
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        import_bundle(other.db, tmp_path / "sesi.lokakarya", tmp_path / "backups")
        assert queued(other.db) == 0  # the import's worker did it, not the next search
        found = other.db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'loket'")
        assert found.fetchone()[0] == 5
        index_agrees_with_notes(other.db)
    finally:
        other.db.close()


def test_notes_indexed_before_the_queue_existed_are_still_found(tmp_path) -> None:  # noqa: ANN001
    queue_version = MIGRATIONS.index(migrations._v13_notes_index_queue) + 1
    db = connect(tmp_path / "old.sqlite3")
    try:
        migrate(db, target=queue_version - 1)
        notes = NoteRepository(db)
        session_id = new_session(db)
        old = notes.add(Note(session_id, "inovasi lama"))  # indexed by the old trigger
        assert migrate(db) == list(range(queue_version, LATEST_VERSION + 1))
        new = notes.add(Note(session_id, "inovasi baru"))
        assert {hit.note_id for hit in notes.search("inovasi")} == {old.id, new.id}
        before = notes.get(old.id)
        old.text = "kolaborasi"
        notes.update(old, before)
        assert [hit.note_id for hit in notes.search("inovasi")] == [new.id]
        index_agrees_with_notes(db)
    finally:
        db.close()


ACTIONS = st.lists(
    st.tuples(st.sampled_from(["add", "edit", "trash", "delete", "search"]), st.integers(0, 20)),
    max_size=30,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS)
def test_any_mix_of_saves_edits_deletes_and_searches_keeps_the_index_true(db, actions) -> None:  # noqa: ANN001
    notes = NoteRepository(db)
    session_id = db.execute("SELECT id FROM sessions LIMIT 1").fetchone()
    session_id = session_id[0] if session_id else new_session(db)
    words = ["amanah", "pengaduan", "pelayanan", "kinerja"]
    for action, number in actions:
        live = [row[0] for row in db.execute("SELECT id FROM notes ORDER BY rowid")]
        if action == "add" or not live:
            notes.add(Note(session_id, f"{words[number % 4]} {number}"))
        elif action == "edit":
            note = notes.get(live[number % len(live)])
            before = notes.get(note.id)
            note.text = f"{words[(number + 1) % 4]} ubah {number}"
            if not note.in_trash:
                notes.update(note, before)
        elif action == "trash":
            notes.move_to_trash(live[number % len(live)])
        elif action == "delete":
            with db.atomic():
                db.execute("DELETE FROM notes WHERE id=?", [live[number % len(live)]])
        else:
            notes.search(words[number % 4])
    index_agrees_with_notes(db)
    for word in words:
        expected = {
            row[0]
            for row in db.execute(
                "SELECT id FROM notes WHERE deleted_at IS NULL AND text LIKE ?", [f"{word} %"]
            )
        }
        assert {hit.note_id for hit in notes.search(word, limit=1000)} == expected

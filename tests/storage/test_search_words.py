"""A one-word search ranked from the word list (notes_fts_terms) is exactly the plain bm25
order, and the list follows every save, edit and delete."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.notes import Note
from facilitation.search import fts_query
from storage import migrations
from storage.database import DB_FILENAME, connect, open_store
from storage.migrations import MIGRATIONS, migrate
from storage.notes import NoteRepository
from storage.search_index import (
    index_pending_notes,
    merge_search_index,
    move_recent_terms,
    record_terms,
)
from storage.search_ranking import best_rowids, rank_all
from tests.storage import search_notes
from tests.storage.search_notes import FILLER, WORDS, fill
from tests.storage.sql_trace import statements_of

TERMS_VERSION = MIGRATIONS.index(migrations._v14_notes_search_terms) + 1


def terms(db) -> list[tuple]:  # noqa: ANN001
    return db.execute(
        "SELECT * FROM notes_fts_terms UNION ALL SELECT * FROM notes_fts_terms_recent"
        " ORDER BY 1, 2, 3, 4"
    ).fetchall()


def terms_agree_with_notes(db) -> None:  # noqa: ANN001
    """The word list kept up to date equals one read afresh from every indexed note."""
    index_pending_notes(db.conn)
    kept = terms(db)
    with db.atomic():
        db.execute("DELETE FROM notes_fts_terms")
        db.execute("DELETE FROM notes_fts_terms_recent")
        record_terms(db.conn, "notes n", "notes_fts_terms")
        assert terms(db) == kept
    listed = "SELECT * FROM notes_fts_terms UNION ALL SELECT * FROM notes_fts_terms_recent"
    assert (
        db.execute(f"SELECT count(*) FROM ({listed}) WHERE term = 'amanah'").fetchone()[0]
        == db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'amanah'").fetchone()[0]
    )


def ranked_alike(db, text: str, limit: int) -> list[str]:  # noqa: ANN001
    """best_rowids == rank_all for text; the statements best_rowids ran."""
    expression = fts_query(text)
    found: list[int] = []
    statements = statements_of(
        db, lambda: found.extend(best_rowids(db.conn, expression, [], limit))
    )
    assert found == rank_all(db.conn, expression, limit)
    return statements


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    word=st.sampled_from([*WORDS, *FILLER, "Amanah", "tidakada", "pak", "kelompok"]),
    excluded=st.lists(st.sampled_from([*WORDS, "rapat", "tidakada"]), max_size=2),
    limit=st.sampled_from([1, 5, 50, 200, 1000]),
)
def test_one_word_is_ranked_exactly_as_every_match(many_notes, word, excluded, limit) -> None:  # noqa: ANN001
    text = " ".join([word, *(f"-{other}" for other in excluded)])
    statements = ranked_alike(many_notes, text, limit)
    if word.lower() not in excluded and word != "tidakada":
        # The fast path, not its fall-back: no statement ranks the matches.
        assert not any("ORDER BY bm25" in sql for sql in statements)


@pytest.mark.parametrize("text", ['"bersih kkn"', "layan*", "pélayanan", "e-gov", "amanah kkn"])
def test_other_queries_are_still_ranked_whole(many_notes, text) -> None:  # noqa: ANN001
    ranked_alike(many_notes, text, 50)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000))
def test_the_word_list_follows_saves_edits_and_deletes(many_notes, seed) -> None:  # noqa: ANN001
    chance = random.Random(seed)
    notes = NoteRepository(many_notes)
    session_id = many_notes.execute("SELECT id FROM sessions").fetchone()[0]
    index_pending_notes(many_notes.conn)
    ids = [row[0] for row in many_notes.execute("SELECT id FROM notes ORDER BY rowid")]
    for _ in range(chance.randint(1, 8)):
        text = " ".join(chance.choice(WORDS + FILLER) for _ in range(chance.randint(1, 12)))
        action = chance.choice(["add", "edit", "delete", "search", "move"])
        if action == "add":
            ids.append(notes.add(Note(session_id, text)).id)
        elif action == "search":
            notes.search(chance.choice(WORDS))
        elif action == "move":
            move_recent_terms(many_notes.conn)  # what the start-up merge does
        else:
            chosen = chance.choice(ids)
            with many_notes.atomic():
                if action == "edit":
                    many_notes.execute("UPDATE notes SET text = ? WHERE id = ?", [text, chosen])
                else:
                    many_notes.execute("DELETE FROM notes WHERE id = ?", [chosen])
                    ids.remove(chosen)
    terms_agree_with_notes(many_notes)
    for word in WORDS[:3]:
        ranked_alike(many_notes, word, 20)


def test_a_search_scores_only_the_notes_that_can_make_the_list(many_notes) -> None:  # noqa: ANN001
    """The work, not the time: one bm25() call checks the best note; no match is ranked."""
    statements = statements_of(many_notes, lambda: NoteRepository(many_notes).search("pelayanan"))
    assert sum("bm25(" in sql for sql in statements) == 1
    assert not any("ORDER BY bm25" in sql for sql in statements)


def index_as_before(conn) -> None:  # noqa: ANN001
    """The queue indexed as the schema before the word list did."""
    with conn:
        conn.execute(
            "INSERT INTO notes_fts(rowid, text, tags, speaker, group_label)"
            " SELECT n.rowid, n.text, n.tags, n.speaker, n.group_label"
            " FROM notes_fts_pending p JOIN notes n ON n.rowid = p.rowid"
        )
        conn.execute("DELETE FROM notes_fts_pending")


def test_the_migration_lists_the_words_of_an_older_store(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = connect(data_dir / DB_FILENAME)
    migrate(db, target=TERMS_VERSION - 1)
    monkeypatch.setattr(search_notes, "index_pending_notes", index_as_before)
    fill(db, 120)  # indexed by the older schema
    with db.atomic():  # re-indexed at once by the older schema; and some still queued
        db.execute("UPDATE notes SET text = text || ' amanah' WHERE rowid % 7 = 0")
        db.execute(
            "INSERT INTO notes (id, session_id, text, created_at, updated_at)"
            " SELECT 'q' || id, session_id, text || ' kkn', created_at, updated_at"
            " FROM notes WHERE rowid % 5 = 0"
        )
    assert db.execute("SELECT count(*) FROM notes_fts_pending").fetchone()[0] == 24
    db.close()
    opened = open_store(data_dir, take_backup=False)
    try:
        assert TERMS_VERSION in opened.migrated
        terms_agree_with_notes(opened.db)
        for word in ("amanah", "rapat", "kkn"):
            ranked_alike(opened.db, word, 30)
    finally:
        opened.db.close()


def test_the_start_up_merge_moves_the_recent_words(opened_store) -> None:  # noqa: ANN001
    db = opened_store.db
    fill(db, 150)  # indexed by a search: their words are recent
    recent = "SELECT count(*) FROM notes_fts_terms_recent"
    assert db.execute(recent).fetchone()[0] > 0
    before = terms(db)
    merge_search_index(opened_store.path)
    assert db.execute(recent).fetchone()[0] == 0
    assert terms(db) == before
    terms_agree_with_notes(db)
    ranked_alike(db, "amanah", 40)

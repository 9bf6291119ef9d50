"""notes_fts_term_counts (migration 16) counts the notes of the word list's big part by word and
freq, in step with it whatever adds or removes its rows; counts out of step (a damaged store)
never change a search's results."""

from __future__ import annotations

import pytest
import sqlite_utils

from facilitation.search import alternatives, fts_query
from storage.migrations import MIGRATIONS, _v16_notes_search_term_counts, migrate
from storage.search_index import index_pending_notes, move_recent_terms
from storage.search_ranking import best_rowids, rank_all
from tests.storage.search_notes import fill

COUNTED = "SELECT term, freq, notes FROM notes_fts_term_counts ORDER BY term, freq"
ACTUAL = "SELECT term, freq, count(*) FROM notes_fts_terms GROUP BY term, freq ORDER BY term, freq"


def assert_in_step(db) -> None:  # noqa: ANN001
    assert db.execute(COUNTED).fetchall() == db.execute(ACTUAL).fetchall()


def test_counts_follow_moves_deletes_and_edits(db) -> None:  # noqa: ANN001
    fill(db, 300)
    assert db.execute("SELECT count(*) FROM notes_fts_terms_recent").fetchone()[0] > 0
    assert_in_step(db)  # the recent part is not counted
    move_recent_terms(db.conn)
    assert db.execute("SELECT count(*) FROM notes_fts_term_counts").fetchone()[0] > 0
    assert_in_step(db)
    with db.atomic():
        db.execute("DELETE FROM notes WHERE rowid % 7 = 0")
        db.execute("UPDATE notes SET text = text || ' amanah amanah' WHERE rowid % 5 = 0")
    assert_in_step(db)
    index_pending_notes(db.conn)  # the edited notes' words: recent again
    move_recent_terms(db.conn)
    assert_in_step(db)
    with db.atomic():
        db.execute("DELETE FROM notes")
    assert db.execute("SELECT count(*) FROM notes_fts_term_counts").fetchone()[0] == 0


def test_the_migration_counts_the_words_already_listed(tmp_path) -> None:  # noqa: ANN001
    db = sqlite_utils.Database(tmp_path / "store.sqlite3")
    before = MIGRATIONS.index(_v16_notes_search_term_counts)
    migrate(db, before)  # the version before the counts
    fill(db, 120)
    with db.atomic():  # the start-up merge of that version: no counts kept
        db.execute("INSERT INTO notes_fts_terms SELECT * FROM notes_fts_terms_recent")
        db.execute("DELETE FROM notes_fts_terms_recent")
    assert migrate(db)[0] == before + 1
    assert db.execute("SELECT count(*) FROM notes_fts_term_counts").fetchone()[0] > 0
    assert_in_step(db)


DAMAGES = {
    "a count far too high": "UPDATE notes_fts_term_counts SET notes = notes + 500",
    "a count of one": "UPDATE notes_fts_term_counts SET notes = 1",
    "a count missing": "DELETE FROM notes_fts_term_counts WHERE freq = 10",
    "no counts at all": "DELETE FROM notes_fts_term_counts",
    "a word counted twice as often": "UPDATE notes_fts_term_counts SET notes = notes * 2",
}


@pytest.mark.attack("damaged store files")
@pytest.mark.parametrize("damage", DAMAGES.values(), ids=list(DAMAGES))
def test_counts_out_of_step_still_give_the_bm25_order(db, damage) -> None:  # noqa: ANN001
    """Whatever the counts say, the results are those of ranking every match (ORDER BY bm25,
    rowid): the word list's notes are read whatever the counts, and a wrong idf is caught by
    the check against bm25() itself."""
    fill(db, 400)
    move_recent_terms(db.conn)
    with db.atomic():
        db.execute(damage)
    for text in ("amanah OR pengaduan", "pengaduan OR kkn", "amanah", "kinerja -kkn"):
        expression = fts_query(text)
        for limit in (1, 30, 200):
            assert best_rowids(db.conn, expression, alternatives(text), limit) == rank_all(
                db.conn, expression, limit
            ), (text, limit)

"""The snippets of the notes shown (storage.search_index.snippets) are exactly FTS5's snippet()
over the whole index, for every kind of query the search box makes."""

from __future__ import annotations

import pytest

from facilitation.search import HIGHLIGHT_END, HIGHLIGHT_START, fts_query
from storage.notes import NoteRepository
from storage.search_index import snippets
from storage.search_ranking import rank_all
from tests.storage.search_notes import fill

MARKS = (HIGHLIGHT_START, HIGHLIGHT_END)
QUERIES = [
    "amanah OR pengaduan",
    "pelayanan",
    '"bersih KKN"',
    "layan*",
    "kinerja -digital",
    "Amanah kinerja",
    "pengaduan OR kkn OR layanan",
]


def snippets_over_the_index(db, expression: str, rowids: list[int]) -> dict[int, str]:  # noqa: ANN001
    marks = ", ".join("?" * len(rowids))
    return dict(
        db.conn.execute(
            "SELECT rowid, snippet(notes_fts, 0, ?, ?, '…', 24) FROM notes_fts"
            f" WHERE notes_fts MATCH ? AND rowid IN ({marks})",
            [*MARKS, expression, *rowids],
        )
    )


@pytest.mark.parametrize("text", QUERIES)
def test_snippets_are_those_of_the_whole_index(db, text) -> None:  # noqa: ANN001
    fill(db, 300)
    expression = fts_query(text)
    rowids = rank_all(db.conn, expression, 60)
    expected = snippets_over_the_index(db, expression, rowids)
    assert snippets(db.conn, expression, rowids, MARKS) == expected
    assert snippets(db.conn, expression, rowids[::-1], MARKS) == expected  # again, any order
    left = "SELECT count(*) FROM temp.notes_shown_fts WHERE notes_shown_fts MATCH ?"
    assert db.execute(left, [expression]).fetchone()[0] == 0  # the scratch index is emptied


def test_a_search_shows_the_same_snippets(db) -> None:  # noqa: ANN001
    fill(db, 200)
    expression = fts_query("amanah OR pengaduan")
    hits = NoteRepository(db).search("amanah OR pengaduan", limit=50)
    rowids = {
        note_id: rowid for rowid, note_id in db.execute("SELECT rowid, id FROM notes").fetchall()
    }
    expected = snippets_over_the_index(db, expression, [rowids[hit.note_id] for hit in hits])
    assert len(hits) == 50
    assert [hit.snippet for hit in hits] == [expected[rowids[hit.note_id]] for hit in hits]


def test_no_notes_no_snippets(db) -> None:  # noqa: ANN001
    assert snippets(db.conn, fts_query("amanah"), [], MARKS) == {}

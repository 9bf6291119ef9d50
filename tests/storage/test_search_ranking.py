"""Ranking "a OR b" by parts gives exactly the plain bm25 order, and does less work for it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.search import alternatives, fts_query
from facilitation.session import Session, SessionDay
from storage.notes import NoteRepository, SearchHit
from storage.search_ranking import _indexed_rows, best_rowids, rank_all
from storage.sessions import SessionRepository
from tests.storage.search_notes import WORDS
from tests.storage.sql_trace import statements_of


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from([*WORDS, "layan*", "peng*", "tidakada"]), min_size=2, max_size=5
    ),
    limit=st.sampled_from([1, 5, 50, 200]),
)
def test_ranking_by_parts_is_the_plain_bm25_order(many_notes, words, limit) -> None:  # noqa: ANN001
    text = " OR ".join(words)
    expression = fts_query(text)
    assert alternatives(text)  # an OR of words: ranked by parts
    assert best_rowids(many_notes.conn, expression, alternatives(text), limit) == rank_all(
        many_notes.conn, expression, limit
    )


def test_the_bound_reads_the_row_count_bm25_uses(many_notes) -> None:  # noqa: ANN001
    assert (
        _indexed_rows(many_notes.conn)
        == many_notes.execute("SELECT count(*) FROM notes").fetchone()[0]
    )


@pytest.mark.parametrize(
    "text", ["amanah", "amanah pengaduan", "amanah -pengaduan", "amanah OR pengaduan kinerja"]
)
def test_other_queries_are_ranked_whole(many_notes, text) -> None:  # noqa: ANN001
    assert alternatives(text) == []
    expression = fts_query(text)
    assert best_rowids(many_notes.conn, expression, [], 50) == rank_all(
        many_notes.conn, expression, 50
    )


def test_search_results_are_those_of_the_plain_query(many_notes) -> None:  # noqa: ANN001
    """Same 50 best, same order, same highlighted snippets as ranking every match."""
    repo = NoteRepository(many_notes)
    expression = fts_query("amanah OR pengaduan")
    plain = many_notes.execute(
        "SELECT n.id, snippet(notes_fts, 0, ?, ?, '…', 24) FROM notes_fts"
        " JOIN notes n ON n.rowid = notes_fts.rowid WHERE notes_fts MATCH ?"
        " ORDER BY bm25(notes_fts, 10.0, 3.0, 3.0, 2.0), notes_fts.rowid LIMIT 50",
        ["\ue000", "\ue001", expression],
    ).fetchall()
    hits = repo.search("amanah OR pengaduan")
    assert [(hit.note_id, hit.snippet) for hit in hits] == [tuple(row) for row in plain]


def test_the_notes_holding_every_word_can_fill_the_list_alone(db) -> None:  # noqa: ANN001
    """The work, not the time: when the notes holding both words outscore any note holding
    one, no match is ranked by bm25() (the word list finds them, storage.search_two_words; one
    bm25() call checks the best), and snippets are built only for those shown."""
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    repo = NoteRepository(db)
    with db.atomic():
        for number in range(300):
            text = ["amanah pengaduan", "amanah rapat", "pengaduan rapat", "rapat"][number % 4]
            db.execute(
                "INSERT INTO notes (id, session_id, text, created_at, updated_at)"
                " VALUES (?, ?, ?, '2022-03-23', '2022-03-23')",
                [f"n{number}", session.id, f"{text} {number}"],
            )
    shown: list[SearchHit] = []
    statements = statements_of(db, lambda: shown.extend(repo.search("amanah OR pengaduan", 10)))
    ranked = [sql for sql in statements if "bm25(" in sql]
    assert len(shown) == 10
    assert len(ranked) == 1 and "AND rowid = " in ranked[0]
    assert sum("snippet(" in sql for sql in statements) <= len(shown)

""" "a OR b" of two plain words ranked from the word list (storage.search_two_words) is exactly
the plain bm25 order (ORDER BY bm25, rowid), ties included, whichever notes hold one word, both
or the same word many times; and a word list out of step with the index is never trusted."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.search import alternatives, fts_query
from facilitation.session import Session, SessionDay
from storage.search_index import index_pending_notes, move_recent_terms
from storage.search_ranking import best_rowids, rank_all
from storage.sessions import SessionRepository
from tests.storage.search_notes import fill
from tests.storage.sql_trace import statements_of

# A note: how often it holds each word in its text, in its tags, as its speaker, and how many
# other words it has. Few choices, so that many notes share a score (ties).
NOTE = st.tuples(
    st.integers(0, 3), st.integers(0, 3), st.booleans(), st.booleans(), st.integers(0, 4)
)


def note_columns(note: tuple[int, int, bool, bool, int]) -> tuple[str, str, str]:
    first, second, tagged, spoken, filler = note
    words = ["amanah"] * first + ["pengaduan"] * second + ["rapat"] * filler
    return (
        " ".join(words) or "rapat",
        json.dumps(["pengaduan"] if tagged else []),
        "Bu Amanah" if spoken else "",
    )


def store_notes(db, notes: list[tuple[int, int, bool, bool, int]], move: bool) -> None:  # noqa: ANN001
    """The notes instead of any before, indexed as a search does (their words recent), and,
    if move, moved into the word list's big table as the start-up merge does."""
    with db.atomic():
        db.execute("DELETE FROM notes")
    add_notes(db, notes, "n")
    if move:
        move_recent_terms(db.conn)


def add_notes(db, notes: list[tuple[int, int, bool, bool, int]], prefix: str) -> None:  # noqa: ANN001
    """The notes added to the session (ids prefix0, prefix1...), indexed as a search does."""
    session_id = db.execute("SELECT id FROM sessions").fetchone()[0]
    with db.atomic():
        for number, note in enumerate(notes):
            db.execute(
                "INSERT INTO notes (id, session_id, text, tags, speaker, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, '2022-03-23', '2022-03-23')",
                [f"{prefix}{number}", session_id, *note_columns(note)],
            )
    index_pending_notes(db.conn)


@pytest.fixture
def session_db(db):  # noqa: ANN001
    SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    return db


def ranked_from_the_word_list(db, text: str, limit: int) -> list[int]:  # noqa: ANN001
    """best_rowids for text, checked to have scored no match in FTS5 but the one checked."""
    expression = fts_query(text)
    found: list[int] = []
    statements = statements_of(
        db, lambda: found.extend(best_rowids(db.conn, expression, alternatives(text), limit))
    )
    assert not any("ORDER BY bm25" in sql for sql in statements)
    return found


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=st.lists(NOTE, min_size=1, max_size=40),
    recent=st.lists(NOTE, max_size=10),
    move=st.booleans(),
    limit=st.sampled_from([1, 2, 5, 12, 60]),
    swapped=st.booleans(),
)
def test_two_words_are_ranked_exactly_as_every_match(  # noqa: PLR0913
    session_db,  # noqa: ANN001
    notes,  # noqa: ANN001
    recent,  # noqa: ANN001
    move,  # noqa: ANN001
    limit,  # noqa: ANN001
    swapped,  # noqa: ANN001
) -> None:
    """Notes holding one word, both, or one many times, in text, tags and speaker; some still
    in the word list's recent part; ties everywhere: the same list as ranking every match."""
    store_notes(session_db, notes, move)
    add_notes(session_db, recent, "r")  # indexed later: their words in the recent part
    text = "pengaduan OR amanah" if swapped else "amanah OR pengaduan"
    expected = rank_all(session_db.conn, fts_query(text), limit)
    if not expected:
        assert best_rowids(session_db.conn, fts_query(text), alternatives(text), limit) == []
        return
    assert ranked_from_the_word_list(session_db, text, limit) == expected


def test_ties_are_ordered_by_rowid(session_db) -> None:  # noqa: ANN001
    """Forty notes of one score and forty of another: the cut falls inside a tie."""
    store_notes(session_db, [(1, 1, False, False, 2)] * 40 + [(1, 0, False, False, 0)] * 40, True)
    for limit in (1, 39, 40, 41, 79, 80, 81):
        assert ranked_from_the_word_list(session_db, "amanah OR pengaduan", limit) == rank_all(
            session_db.conn, fts_query("amanah OR pengaduan"), limit
        )


@pytest.mark.parametrize("limit", [1, 10, 62, 200])
def test_a_larger_store_is_ranked_exactly(db, limit) -> None:  # noqa: ANN001
    fill(db, 600)
    for text in ("amanah OR pengaduan", "kinerja OR layanan", "kkn OR Amanah", "rapat OR kkn"):
        assert ranked_from_the_word_list(db, text, limit) == rank_all(
            db.conn, fts_query(text), limit
        )


@pytest.mark.attack("damaged store files")
def test_a_word_list_out_of_step_is_not_trusted(db) -> None:  # noqa: ANN001
    """A word list that disagrees with the index (here: a count changed behind its back) is
    caught by the check against bm25() itself, and every match is ranked instead."""
    fill(db, 300)
    with db.atomic():
        db.execute(
            "UPDATE notes_fts_terms SET freq = freq + 10 WHERE term = 'amanah' AND note IN"
            " (SELECT note FROM notes_fts_terms WHERE term = 'amanah' ORDER BY note LIMIT 20)"
        )
    move_recent_terms(db.conn)
    expression = fts_query("amanah OR pengaduan")
    assert best_rowids(db.conn, expression, alternatives("amanah OR pengaduan"), 30) == rank_all(
        db.conn, expression, 30
    )


def test_the_same_word_twice_and_prefixes_are_ranked_by_parts(db) -> None:  # noqa: ANN001
    fill(db, 200)
    for text in ("amanah OR amanah", "amanah OR Amanah", "amanah OR peng*", "kkn OR layanan OR x"):
        expression = fts_query(text)
        assert best_rowids(db.conn, expression, alternatives(text), 20) == rank_all(
            db.conn, expression, 20
        )

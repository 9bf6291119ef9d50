"""Random values, bounded: either the row rules refuse a value, or the app can read it back
(the session list, the session with its agenda, the report data) without skipping the row."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import sqlite_utils
from hypothesis import event, given, settings
from hypothesis import strategies as st

from facilitation.activity import ActivityKind, Grouping
from facilitation.notes import NoteKind
from facilitation.participants import Gender
from facilitation.session import ReportLanguage
from facilitation.validation import row_problem
from storage.database import open_store
from storage.report_source import load_report_data
from storage.sessions import SessionRepository
from tests.report_fixtures import fill_day, sample_session

_TEXT = st.text(max_size=30)


def _choice(enum) -> st.SearchStrategy:
    return st.one_of(st.sampled_from([str(member) for member in enum]), _TEXT)


def _json_list() -> st.SearchStrategy:
    items = st.one_of(_TEXT, st.integers(), st.none())
    return st.one_of(
        st.lists(_TEXT, max_size=4).map(json.dumps),
        st.lists(items, max_size=4).map(json.dumps),
        st.dictionaries(_TEXT, _TEXT, max_size=2).map(json.dumps),
        _TEXT,
    )


_CLOCK = st.one_of(
    st.times().map(lambda t: t.strftime("%H:%M")),
    st.from_regex(r"\A\d{2}:\d{2}\Z"),
    _TEXT,
)
# (table, column, values): columns a session's reading depends on.
COLUMNS = [
    (
        "session_days",
        "day_date",
        st.one_of(st.dates().map(str), st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z"), _TEXT),
    ),
    ("session_days", "start_time", _CLOCK),
    ("session_days", "end_time", _CLOCK),
    ("activities", "kind", _choice(ActivityKind)),
    ("activities", "grouping", _choice(Grouping)),
    ("activities", "planned_minutes", st.integers(-100, 5000)),
    ("activities", "guiding_questions", _json_list()),
    ("sessions", "facilitators", _json_list()),
    ("sessions", "report_language", _choice(ReportLanguage)),
    ("notes", "kind", _choice(NoteKind)),
    ("notes", "tags", _json_list()),
    ("participants", "gender", _choice(Gender)),
    ("participants", "number", st.integers(-10, 2_000_000)),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Iterator[tuple[sqlite_utils.Database, str]]:
    opened = open_store(tmp_path_factory.mktemp("property"), take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=4, notes_per_activity=1)
    yield opened.db, session.id
    opened.db.close()


def _readable(db: sqlite_utils.Database, session_id: str) -> tuple[int, int]:
    """Days and activities as the app reads them, after the list and the report load."""
    assert [s.id for s in SessionRepository(db).list()] == [session_id]
    session = SessionRepository(db).get(session_id)
    data = load_report_data(db, session_id)
    assert data.session.id == session_id and data.notes and data.attendance
    return len(session.days), sum(len(day.activities) for day in session.days)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_random_value_is_refused_or_read_back(store, data) -> None:
    db, session_id = store
    table, column, values = data.draw(st.sampled_from(COLUMNS), label="column")
    value = data.draw(values, label="value")
    owner = "id" if table == "sessions" else "session_id"
    row = dict(next(db.query(f"SELECT * FROM [{table}] WHERE {owner}=? LIMIT 1", [session_id])))
    problem = row_problem(table, {**row, column: value})
    event("refused" if problem else "accepted")
    if problem is not None:
        return  # refused: a bundle holding it is refused, the store never writes it
    expected = _readable(db, session_id)
    db.conn.execute("BEGIN")
    try:
        db.execute(f"UPDATE [{table}] SET [{column}]=? WHERE id=?", [value, row["id"]])
        assert _readable(db, session_id) == expected  # nothing skipped either
    finally:
        db.conn.execute("ROLLBACK")

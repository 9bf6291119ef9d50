"""A session is read by every page that opens it: rows read again unchanged are not checked
again, and a row changed since (by a hand edit, another version) is checked and skipped as
before (a guard on work, not on time)."""

from __future__ import annotations

import pytest

from storage import tolerant
from storage.sessions import SessionRepository
from tests.report_fixtures import sample_session


def counting_rule_checks(monkeypatch) -> list[str]:
    checked: list[str] = []
    real = tolerant.row_problem

    def row_problem(table, row):  # noqa: ANN001, ANN202
        checked.append(table)
        return real(table, row)

    monkeypatch.setattr(tolerant, "row_problem", row_problem)
    monkeypatch.setattr(tolerant, "_ACCEPTED", set())
    return checked


def test_a_session_read_again_unchanged_is_not_checked_again(db, monkeypatch) -> None:
    session = sample_session(db)
    checked = counting_rule_checks(monkeypatch)
    sessions = SessionRepository(db)
    first = sessions.get(session.id)
    rows = len(checked)
    assert rows >= 1 + len(first.days)
    assert sessions.get(session.id) == first
    assert len(checked) == rows  # the same rows: nothing checked twice


@pytest.mark.attack("values by meaning")
def test_a_row_spoiled_after_it_was_read_is_checked_and_skipped(db, monkeypatch) -> None:
    session = sample_session(db)
    counting_rule_checks(monkeypatch)
    sessions = SessionRepository(db)
    assert sessions.get(session.id).days  # read, and accepted, once
    day = session.days[0]
    with db.atomic():
        db.execute("UPDATE session_days SET day_date='2022-02-30' WHERE id=?", [day.id])
    assert day.id not in [d.id for d in sessions.get(session.id).days]

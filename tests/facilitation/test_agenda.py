"""Agenda arithmetic: times, totals and overrun warnings, without Qt or SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation.activity import Activity, ActivityKind
from facilitation.agenda import move, plan_day, schedule
from facilitation.session import Session, SessionDay, ValidationError, validate_session


def activities(*minutes: int) -> list[Activity]:
    return [Activity(f"A{i}", ActivityKind.LECTURE, m) for i, m in enumerate(minutes)]


def test_times_follow_each_other_from_the_day_start() -> None:
    plan = schedule(time(8, 0), time(16, 0), activities(15, 75, 15))
    assert [(i.start, i.end) for i in plan.items] == [
        (time(8, 0), time(8, 15)),
        (time(8, 15), time(9, 30)),
        (time(9, 30), time(9, 45)),
    ]
    assert plan.planned_minutes == 105
    assert plan.available_minutes == 480
    assert plan.spare_minutes == 375
    assert not plan.overruns


def test_a_day_that_overruns_says_by_how_much_and_which_items() -> None:
    plan = schedule(time(8, 30), time(12, 30), activities(120, 100, 30))
    assert plan.overruns
    assert plan.overrun_minutes == 10
    assert [i.overruns for i in plan.items] == [False, False, True]
    assert plan.items[-1].end == time(12, 40)


def test_a_day_exactly_full_does_not_overrun() -> None:
    plan = schedule(time(8, 0), time(9, 0), activities(30, 30))
    assert not plan.overruns and plan.spare_minutes == 0


def test_an_agenda_running_past_midnight_keeps_counting() -> None:
    plan = schedule(time(22, 0), time(23, 30), activities(90, 60))
    assert plan.items[-1].end == time(0, 30)
    assert plan.items[-1].end_minute == 24 * 60 + 30
    assert plan.overrun_minutes == 60


def test_empty_day() -> None:
    plan = plan_day(SessionDay(date=date(2022, 3, 23)))
    assert plan.items == () and plan.planned_minutes == 0 and not plan.overruns


@given(st.lists(st.integers(min_value=0, max_value=300), max_size=60))
def test_total_is_the_sum_and_items_touch(minutes: list[int]) -> None:
    plan = schedule(time(7, 0), time(17, 0), activities(*minutes))
    assert plan.planned_minutes == sum(minutes)
    for before, after in zip(plan.items, plan.items[1:], strict=False):
        assert before.end_minute == after.start_minute
    assert plan.overruns == (sum(minutes) > 600)


@given(st.lists(st.integers(), min_size=1, max_size=20), st.data())
def test_move_keeps_every_item(items: list[int], data: st.DataObject) -> None:
    source = data.draw(st.integers(0, len(items) - 1))
    target = data.draw(st.integers(0, len(items) - 1))
    moved = move(items, source, target)
    assert sorted(moved) == sorted(items)
    assert moved[target] == items[source]


def test_activity_refuses_impossible_minutes() -> None:
    with pytest.raises(ValueError):
        Activity("x", ActivityKind.BREAK, -5)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda s: replace(s, title="   "), "title_empty"),
        (lambda s: replace(s, title="x" * 301), "title_too_long"),
        (lambda s: replace(s, venue="a\x00b"), "text_has_nul"),
        (lambda s: replace(s, days=()), "day_required"),
        (lambda s: replace(s, days=(*s.days, SessionDay(date=s.days[0].date))), "duplicate_day"),
        (lambda s: replace(s, days=(replace(s.days[0], end=time(7, 0)),)), "day_ends_before_start"),
    ],
)
def test_session_validation_names_the_problem(change, key: str) -> None:
    session = Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    validate_session(session)
    with pytest.raises(ValidationError) as raised:
        validate_session(change(session))
    assert raised.value.key == key

"""Groups formed ahead (issue 14): the same groups as forming at the click, handed out only
for exactly what was asked for, once."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from facilitation.forming_ahead import FormingAhead
from facilitation.groups import GroupPlan, Member, form_groups

INSTITUTIONS = ("DPMPTSP", "Dinas Kesehatan", "Bappeda", "Setda")


def room(size: int = 60) -> list[Member]:
    return [
        Member(f"p{n:03d}", INSTITUTIONS[n % 4], "LP"[n % 2], ("Staf", "Kasi")[n % 3 == 0])
        for n in range(size)
    ]


def earlier_formations(members: list[Member], count: int) -> list[list[list[str]]]:
    formations = []
    for seed in range(count):
        plan = GroupPlan(value=6, seed=100 + seed, avoid_repeats=False)
        formations.append(form_groups(members, plan))
    return formations


@pytest.fixture
def ahead():
    forming = FormingAhead()
    yield forming
    forming.close()


def test_the_groups_formed_ahead_are_those_formed_at_the_click(ahead) -> None:
    members, plan = room(), GroupPlan(value=6, seed=7, balance_gender=True)
    earlier = earlier_formations(members, 4)
    ahead.start(members, plan, earlier)
    assert ahead.take(members, plan, earlier) == form_groups(members, plan, earlier=earlier)
    assert ahead.take(members, plan, earlier) is None  # handed out once


def test_anything_else_asked_for_is_not_taken_from_ahead(ahead) -> None:
    members, plan = room(), GroupPlan(value=6, seed=7)
    earlier = earlier_formations(members, 2)
    ahead.start(members, plan, earlier)
    assert ahead.take(members, GroupPlan(value=6, seed=8), earlier) is None
    assert ahead.take(members[1:], plan, earlier) is None
    assert ahead.take(members, plan, earlier[:1]) is None
    assert ahead.take(members, plan, earlier) == form_groups(members, plan, earlier=earlier)


def test_lists_changed_after_asking_do_not_change_what_was_asked(ahead) -> None:
    members, plan = room(), GroupPlan(value=6, seed=3)
    earlier = earlier_formations(members, 2)
    asked = [[list(group) for group in formation] for formation in earlier]
    ahead.start(members, plan, earlier)
    earlier[0][0].append("someone new")  # the caller's own lists, changed in place
    members.pop()
    assert ahead.take(members, plan, earlier) is None
    assert ahead.take(room(), plan, asked) == form_groups(room(), plan, earlier=asked)


def test_a_newer_ask_replaces_the_one_before(ahead) -> None:
    members = room()
    first, second = GroupPlan(value=5, seed=1), GroupPlan(value=5, seed=2)
    ahead.start(members, first)
    ahead.start(members, second)
    assert ahead.take(members, first) is None
    assert ahead.take(members, second) == form_groups(members, second)


def test_a_plan_that_cannot_be_met_is_left_to_the_click(ahead) -> None:
    members, plan = room(4), GroupPlan(value=9, seed=1)  # more groups than people
    ahead.start(members, plan)
    assert ahead.take(members, plan) is None
    assert ahead.ready()


def test_forgotten_asks_give_nothing(ahead) -> None:
    members, plan = room(), GroupPlan(value=6, seed=5)
    ahead.start(members, plan)
    ahead.forget()
    assert ahead.take(members, plan) is None


def test_forming_on_several_threads_at_once_gives_each_its_own_groups() -> None:
    """The counts of earlier pairs kept between formations (group_seating) are shared by the
    thread forming ahead and the window's: each formation must still count its own."""
    members = room(120)
    histories = [earlier_formations(members, count) for count in (1, 3, 5, 7)]
    asks = [
        (GroupPlan(value=12, seed=random.Random(n).randint(1, 999), balance_gender=True), history)
        for n, history in enumerate(histories * 3)
    ]
    alone = [form_groups(members, plan, earlier=history) for plan, history in asks]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda ask: form_groups(members, ask[0], earlier=ask[1]), asks))
    assert together == alone


def test_while_forming_ahead_the_window_gets_pythons_lock_back_sooner(monkeypatch) -> None:
    """The forming thread asks for 0.2 ms turns (not Python's 5 ms) while it forms, and the
    interval is set back after, also when forming fails."""
    import sys

    import facilitation.forming_ahead as ahead_module

    seen: list[float] = []

    def forming(members, plan, earlier=(), stop=None):  # noqa: ANN001, ANN202
        seen.append(sys.getswitchinterval())
        if plan.value > len(members):
            raise ValueError("too many groups")
        return [[member.id for member in members]]

    monkeypatch.setattr(ahead_module, "form_groups", forming)
    usual = sys.getswitchinterval()
    forming_ahead = FormingAhead()
    try:
        members = room(6)
        forming_ahead.start(members, GroupPlan(value=1, seed=1))
        assert forming_ahead.take(members, GroupPlan(value=1, seed=1)) == [[m.id for m in members]]
        forming_ahead.start(members, GroupPlan(value=9, seed=1))
        assert forming_ahead.take(members, GroupPlan(value=9, seed=1)) is None
    finally:
        forming_ahead.close()
    assert seen == [pytest.approx(ahead_module.SWITCH_INTERVAL_S)] * 2
    assert sys.getswitchinterval() == usual


def test_a_stop_asked_for_ends_forming_and_an_unasked_one_changes_nothing() -> None:
    from facilitation.group_swaps import Stopped

    members, plan = room(), GroupPlan(value=6, seed=11, balance_gender=True)
    earlier = earlier_formations(members, 3)
    with pytest.raises(Stopped):
        form_groups(members, plan, earlier=earlier, stop=lambda: True)
    unstopped = form_groups(members, plan, earlier=earlier, stop=lambda: False)
    assert unstopped == form_groups(members, plan, earlier=earlier)


def test_a_newer_ask_stops_the_formation_still_running(monkeypatch) -> None:
    """One formation runs at a time: the one no longer wanted stops at its next pool instead
    of keeping the newer one waiting."""
    import threading

    import facilitation.forming_ahead as ahead_module

    running, stopped = threading.Event(), threading.Event()
    real = ahead_module.form_groups

    def slow(members, plan, earlier=(), stop=None):  # noqa: ANN001, ANN202
        if plan.seed == 1:  # the first ask: runs until told to stop (at most 10 s)
            running.set()
            for _ in range(10_000):
                if stop():
                    stopped.set()
                    raise RuntimeError("stopped")
                threading.Event().wait(0.001)
        return real(members, plan, earlier=earlier, stop=stop)

    monkeypatch.setattr(ahead_module, "form_groups", slow)
    forming_ahead, members = FormingAhead(), room()
    try:
        forming_ahead.start(members, GroupPlan(value=6, seed=1))
        assert running.wait(5)
        forming_ahead.start(members, GroupPlan(value=6, seed=2))
        assert stopped.wait(5)
        second = forming_ahead.take(members, GroupPlan(value=6, seed=2))
        assert second == real(members, GroupPlan(value=6, seed=2))
    finally:
        forming_ahead.close()

"""Forming groups: properties that must hold for any class, and the day's typical cases."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.groups import (
    GroupingError,
    GroupPlan,
    GroupTarget,
    Member,
    form_groups,
    institution_spread_is_even,
    pair_history,
)
from tests.roster_fixtures import fake_roster

INSTITUTIONS = ["Kemenag", "Kukar", "Kutim", "Berau", "Samarinda", "BKKBN", "UBT", "Bapelkes"]


@st.composite
def classes(draw, min_size: int = 1, max_size: int = 70):
    count = draw(st.integers(min_size, max_size))
    people = [
        Member(
            id=f"p{i:03d}",
            institution=draw(st.sampled_from(INSTITUTIONS)),
            gender=draw(st.sampled_from(["L", "P", ""])),
            position=draw(st.sampled_from(["Kabid", "Kasi", "Staf", "Analis"])),
        )
        for i in range(count)
    ]
    groups = draw(st.integers(1, count))
    plan = GroupPlan(
        value=groups,
        seed=draw(st.integers(0, 10_000)),
        balance_gender=draw(st.booleans()),
        balance_position=draw(st.booleans()),
    )
    return people, plan


def sizes(groups: list[list[str]]) -> list[int]:
    return [len(group) for group in groups]


QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(classes())
def test_everyone_present_is_in_exactly_one_group(case) -> None:
    people, plan = case
    groups = form_groups(people, plan)
    placed = [pid for group in groups for pid in group]
    assert sorted(placed) == sorted(p.id for p in people)
    assert len(groups) == plan.value


@QUICK
@given(classes())
def test_group_sizes_differ_by_at_most_one(case) -> None:
    people, plan = case
    assert max(sizes(form_groups(people, plan))) - min(sizes(form_groups(people, plan))) <= 1


@QUICK
@given(classes())
def test_institutions_spread_as_evenly_as_possible(case) -> None:
    # Without locks a perfect spread always exists (deal the cards): it must be found.
    people, plan = case
    assert institution_spread_is_even(form_groups(people, plan), people)


@QUICK
@given(classes(min_size=2), st.data())
def test_absent_people_are_left_out(case, data) -> None:
    people, plan = case
    absent = set(data.draw(st.lists(st.sampled_from([p.id for p in people]), max_size=5)))
    present = len(people) - len(absent)
    if present < plan.value:
        with pytest.raises(GroupingError):
            form_groups(people, plan, absent=absent)
        return
    placed = {pid for group in form_groups(people, plan, absent=absent) for pid in group}
    assert placed == {p.id for p in people} - absent


@QUICK
@given(classes(min_size=6), st.data())
def test_locks_hold_or_the_plan_is_refused(case, data) -> None:
    people, plan = case
    ids = [p.id for p in people]
    together = data.draw(
        st.lists(st.sets(st.sampled_from(ids), min_size=2, max_size=3), max_size=2)
    )
    apart = data.draw(st.lists(st.sets(st.sampled_from(ids), min_size=2, max_size=3), max_size=2))
    plan = GroupPlan(
        value=max(2, min(plan.value, len(people) // 3)),
        seed=plan.seed,
        keep_together=tuple(frozenset(s) for s in together),
        keep_apart=tuple(frozenset(s) for s in apart),
    )
    try:
        groups = form_groups(people, plan)
    except GroupingError as error:
        assert error.key in {"lock_too_big", "locks_conflict", "locks_unsatisfiable"}
        return
    where = {pid: n for n, group in enumerate(groups) for pid in group}
    for lock in plan.keep_together:
        assert len({where[pid] for pid in lock}) == 1
    for lock in plan.keep_apart:
        for a, b in combinations(sorted(lock), 2):
            assert where[a] != where[b]
    assert sorted(where) == sorted(ids)


def roster_members() -> list[Member]:
    return [
        Member(f"id{n}", row["Unit Kerja / Instansi"], row["L/P"], row["Jabatan"])
        for n, row in enumerate(fake_roster())
    ]


def test_groups_mix_institutions() -> None:
    people = roster_members()  # 60 people, 9 institutions, 6-7 each
    groups = form_groups(people, GroupPlan(value=6, seed=11))
    institution = {p.id: p.institution for p in people}
    for group in groups:
        assert len(group) == 10
        counts = Counter(institution[pid] for pid in group)
        assert max(counts.values()) <= 2
        assert len(counts) >= 8


def test_the_same_seed_gives_the_same_groups_whatever_the_list_order() -> None:
    people = roster_members()
    plan = GroupPlan(value=7, seed=2022, balance_gender=True)
    first = form_groups(people, plan)
    again = form_groups(list(reversed(people)), plan)
    assert sorted(map(sorted, first)) == sorted(map(sorted, again))
    other = form_groups(people, GroupPlan(value=7, seed=2023, balance_gender=True))
    assert sorted(map(sorted, other)) != sorted(map(sorted, first))


def test_groups_of_a_given_size() -> None:
    people = roster_members()[:23]
    groups = form_groups(people, GroupPlan(target=GroupTarget.SIZE, value=5, seed=1))
    assert sorted(sizes(groups)) == [4, 4, 5, 5, 5]


def test_men_and_women_are_spread_when_asked() -> None:
    people = roster_members()
    gender = {p.id: p.gender for p in people}
    women = sum(1 for p in people if p.gender == "P")
    groups = form_groups(people, GroupPlan(value=6, seed=5, balance_gender=True))
    counts = [sum(1 for pid in group if gender[pid] == "P") for group in groups]
    assert max(counts) - min(counts) <= 1
    assert sum(counts) == women
    assert institution_spread_is_even(groups, people)


def test_a_reshuffle_avoids_people_who_sat_together_before() -> None:
    people = roster_members()
    first = form_groups(people, GroupPlan(value=6, seed=1))
    history = pair_history([first])

    def repeats(groups) -> int:
        return sum(
            history.get(a, {}).get(b, 0) for group in groups for a, b in combinations(group, 2)
        )

    blind = form_groups(people, GroupPlan(value=6, seed=2, avoid_repeats=False), earlier=[first])
    careful = form_groups(people, GroupPlan(value=6, seed=2), earlier=[first])
    assert repeats(careful) < repeats(blind)
    # 10 people from 6 earlier groups must include 4 earlier pairs (2+2+2+2+1+1): 6 groups
    # x 4 is the least possible, and it is reached.
    assert repeats(careful) == 24
    assert institution_spread_is_even(careful, people)


def test_plans_that_cannot_be_met_are_refused_with_a_reason() -> None:
    people = roster_members()[:10]
    with pytest.raises(GroupingError) as error:
        form_groups(people, GroupPlan(value=11))
    assert error.value.key == "more_groups_than_people"
    with pytest.raises(GroupingError) as error:
        form_groups(people, GroupPlan(value=2), absent={p.id for p in people})
    assert error.value.key == "nobody_present"
    ids = [p.id for p in people]
    with pytest.raises(GroupingError) as error:
        form_groups(people, GroupPlan(value=5, keep_together=(frozenset(ids[:3]),)))
    assert error.value.key == "lock_too_big"
    with pytest.raises(GroupingError) as error:
        form_groups(
            people,
            GroupPlan(
                value=2,
                keep_together=(frozenset(ids[:2]),),
                keep_apart=(frozenset(ids[:2]),),
            ),
        )
    assert error.value.key == "locks_conflict"
    with pytest.raises(GroupingError) as error:
        form_groups(people, GroupPlan(value=2, keep_apart=(frozenset(ids[:3]),)))
    assert error.value.key == "locks_unsatisfiable"

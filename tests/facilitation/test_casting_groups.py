"""Casting from the people in the room, and a large room playing in groups at once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.casting import (
    AUDIENCE,
    cast_rounds_in_groups,
    groups_in_the_room,
    present_people,
    recast_in_group,
    rotate_in_groups,
)

EVERYONE = [f"p{i}" for i in range(30)]
ROLES = ["lead", "citizen", "officer"]
OBSERVERS = ["observer"]

rooms = st.sets(st.sampled_from(EVERYONE), max_size=30)
formations = st.lists(
    st.lists(st.sampled_from(EVERYONE + ["ghost"]), max_size=10), min_size=0, max_size=6
)


def _named(formation: list[list[str]]) -> list[tuple[str, list[str]]]:
    return [(f"Group {i + 1}", members) for i, members in enumerate(formation)]


def test_absent_people_are_not_cast_and_the_roster_order_is_kept():
    people, everyone = present_people(["a", "b", "c", "d"], {"d", "b"})
    assert people == ["b", "d"] and not everyone


def test_nobody_checked_in_falls_back_to_everyone_registered_and_says_so():
    people, everyone = present_people(["a", "b"], set())
    assert people == ["a", "b"] and everyone


@settings(max_examples=100, deadline=None)
@given(rooms, formations, st.integers(0, 10_000), st.integers(1, 4))
def test_every_present_person_is_in_exactly_one_groups_cast_and_nobody_absent(
    present, formation, seed, rounds
):
    people, _everyone = present_people(EVERYONE, present)
    groups = groups_in_the_room(_named(formation), people)
    casts = cast_rounds_in_groups(groups, ROLES, OBSERVERS, seed, rounds)
    for number in range(1, rounds + 1):
        seen: list[str] = []
        for casting in casts[number].values():
            seen.extend(casting)
            main = [role for role in casting.values() if role in ROLES]
            assert len(main) == len(set(main)), "each group plays each role once"
            assert AUDIENCE not in casting.values(), "the rest observe within their group"
        assert sorted(seen) == sorted(people), "every present person in exactly one cast"
        assert not set(seen) - set(people), "nobody absent is cast"


@settings(max_examples=60, deadline=None)
@given(rooms, formations, st.integers(0, 10_000))
def test_rotation_in_groups_keeps_everyone_in_their_group(present, formation, seed):
    people = [p for p in EVERYONE if p in present]
    groups = groups_in_the_room(_named(formation), people)
    first = cast_rounds_in_groups(groups, ROLES, OBSERVERS, seed, 1)[1]
    flat = {p: r for casting in first.values() for p, r in casting.items()}
    second = rotate_in_groups([flat], groups, ROLES, OBSERVERS, seed + 1)
    assert {g: set(c) for g, c in second.items()} == {g: set(c) for g, c in first.items()}


def test_a_room_without_groups_plays_as_one_group():
    assert groups_in_the_room([], ["a", "b"]) == [("", ["a", "b"])]
    assert groups_in_the_room([("A", ["x"])], []) == []


def test_people_in_no_group_join_the_smallest_groups():
    groups = groups_in_the_room([("A", ["a", "b", "c"]), ("B", ["d"])], ["a", "b", "c", "d", "e"])
    assert groups == [("A", ["a", "b", "c"]), ("B", ["d", "e"])]


@pytest.mark.attack("broken group formation")
def test_someone_in_two_groups_plays_in_the_first_only():
    groups = groups_in_the_room([("A", ["a", "b", "a"]), ("B", ["a", "c"])], ["a", "b", "c"])
    assert groups == [("A", ["a", "b"]), ("B", ["c"])]


def test_casting_by_hand_swaps_only_within_the_group():
    casting = {"a": "lead", "b": "observer", "c": "lead", "d": "observer"}
    group_of = {"a": "A", "b": "A", "c": "B", "d": "B"}
    changed = recast_in_group(casting, group_of, "b", "lead", ROLES)
    assert changed == {"a": "observer", "b": "lead", "c": "lead", "d": "observer"}

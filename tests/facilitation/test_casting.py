"""Casting a role play and rotating it between rounds: properties that must hold for any room."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.casting import AUDIENCE, auto_cast, cast_by_role, cast_rounds, recast, rotate

people_lists = st.lists(st.sampled_from([f"p{i}" for i in range(14)]), unique=True, max_size=12)
role_lists = st.lists(st.sampled_from([f"r{i}" for i in range(8)]), unique=True, max_size=6)
observer_lists = st.lists(st.sampled_from(["obs1", "obs2", "obs3"]), unique=True, max_size=3)


@settings(max_examples=150, deadline=None)
@given(people_lists, role_lists, observer_lists, st.integers(0, 10_000))
def test_everyone_gets_a_role_when_there_are_enough_roles(people, roles, observers, seed):
    casting = auto_cast(people, roles, observers, seed)
    assert set(casting) == set(people)
    main = [role for role in casting.values() if role in roles]
    assert len(main) == len(set(main)), "a main role is played by one person"
    if len(roles) >= len(people) or observers:
        assert AUDIENCE not in casting.values()
    assert len(main) == min(len(roles), len(people)), "main roles are filled first"


@settings(max_examples=150, deadline=None)
@given(people_lists, role_lists, observer_lists, st.integers(0, 10_000), st.integers(2, 6))
def test_rotation_never_repeats_a_role_while_another_is_free(
    people, roles, observers, seed, rounds
):
    earlier: list[dict[str, str]] = []
    for number in range(rounds):
        casting = rotate(earlier, people, roles, observers, seed + number)
        assert set(casting) == set(people)
        had = {person: {c[person] for c in earlier if person in c} for person in people}
        taken = {role for role in casting.values() if role in roles}
        for person, role in casting.items():
            if role in roles and role in had[person]:
                free_new = [r for r in roles if r not in taken and r not in had[person]]
                assert not free_new, f"{person} repeats {role} while {free_new} are free"
            if role in observers and role in had[person]:
                assert all(o in had[person] for o in observers)
        earlier.append(casting)


def test_rotation_gives_every_role_to_everyone_in_a_small_room():
    people, roles = ["Ani", "Budi", "Citra"], ["pemohon", "petugas", "atasan"]
    earlier: list[dict[str, str]] = []
    for number in range(3):
        earlier.append(rotate(earlier, people, roles, seed=number))
    for person in people:
        assert sorted(c[person] for c in earlier) == sorted(roles)


def test_same_seed_gives_same_cast_and_observers_are_shared_out():
    people = [f"p{i}" for i in range(10)]
    first = auto_cast(people, ["a", "b", "c"], ["obs1", "obs2"], seed=7)
    assert first == auto_cast(people, ["a", "b", "c"], ["obs1", "obs2"], seed=7)
    by_role = cast_by_role(first, ["a", "b", "c"], ["obs1", "obs2"])
    assert [len(by_role[r]) for r in ("a", "b", "c")] == [1, 1, 1]
    assert sorted([len(by_role["obs1"]), len(by_role["obs2"])]) == [3, 4]


def test_casting_by_hand_swaps_the_previous_holder():
    casting = {"Ani": "pemohon", "Budi": "petugas", "Citra": "obs"}
    changed = recast(casting, "Citra", "petugas", ["pemohon", "petugas"])
    assert changed == {"Ani": "pemohon", "Budi": "obs", "Citra": "petugas"}
    assert recast(casting, "Citra", "obs", ["pemohon", "petugas"]) == casting


def test_casting_every_round_at_once_rotates_from_round_one_and_repeats_with_its_seed():
    people = [f"p{n}" for n in range(6)]
    roles, observers = ["officer", "citizen", "supervisor"], ["observer"]
    plan = cast_rounds(people, roles, observers, seed=11, round_count=3)
    assert sorted(plan) == [1, 2, 3]
    assert plan[1] == auto_cast(people, roles, observers, 11)
    assert plan[3] == rotate([plan[1], plan[2]], people, roles, observers, 11 + 3)
    assert cast_rounds(people, roles, observers, seed=11, round_count=3) == plan
    for casting in plan.values():
        assert sorted(r for r in casting.values() if r in roles) == sorted(roles)

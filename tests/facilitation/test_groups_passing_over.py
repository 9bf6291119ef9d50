"""The improvement loop passes over pairs whose two groups did not change since they were last
weighed: it must make exactly the swaps, in the same order, that weighing every pair with
Board.swap_delta makes (the form-groups dialog promises "same seed, same groups")."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import facilitation.groups as groups_module
from facilitation.group_seating import Board, Mix, shuffle
from facilitation.groups import GroupingError, GroupPlan, Member, form_groups

INSTITUTIONS = ["Kemenag", "Kukar", "Kutim", "Berau"]


def improve_by_weighing_every_pair(
    board: Board, pools: list[list[int]], sweeps: int, rng: random.Random
) -> None:
    """The loop as first written: every pair of a pool, every sweep."""
    for _sweep in range(sweeps):
        improved = False
        for pool in pools:
            rng.shuffle(pool)
            for i, a in enumerate(pool):
                for b in list(pool[i + 1 :]):
                    ga, gb = board.where[a], board.where[b]
                    if ga == gb or board.swap_delta(a, b) >= 0:
                        continue
                    if board.clashes(a, gb, ignoring=b) or board.clashes(b, ga, ignoring=a):
                        continue
                    board.swap(a, b)
                    improved = True
        if not improved:
            return


@st.composite
def cases(draw):
    count = draw(st.integers(4, 60))
    people = [
        Member(
            f"p{i:03d}",
            draw(st.sampled_from(INSTITUTIONS)),
            draw(st.sampled_from(["L", "P", ""])),
            draw(st.sampled_from(["Kabid", "Staf", ""])),
        )
        for i in range(count)
    ]
    ids = [p.id for p in people]
    apart = tuple(
        frozenset(draw(st.lists(st.sampled_from(ids), min_size=2, max_size=3, unique=True)))
        for _ in range(draw(st.integers(0, 2)))
    )
    plan = GroupPlan(
        value=draw(st.integers(2, max(2, count // 3))),
        seed=draw(st.integers(0, 10_000)),
        balance_institutions=draw(st.booleans()),
        balance_gender=draw(st.booleans()),
        balance_position=draw(st.booleans()),
        keep_apart=apart,
    )
    earlier = [
        form_groups(people, GroupPlan(value=plan.value, seed=plan.seed + k + 1))
        for k in range(draw(st.integers(0, 4)))
    ]
    return people, plan, earlier


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_passing_over_unchanged_pairs_makes_the_same_groups(case) -> None:
    people, plan, earlier = case
    try:
        fast = form_groups(people, plan, earlier=earlier)
    except GroupingError:
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(groups_module, "improve", improve_by_weighing_every_pair)
        assert form_groups(people, plan, earlier=earlier) == fast


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), swaps=st.lists(st.tuples(st.integers(0, 59), st.integers(0, 59)), max_size=8))
def test_a_row_passed_over_has_no_swap_that_evens_out_the_mix(case, swaps) -> None:
    """Mix.settled(group, category) is a promise about every other person: none of them,
    swapped in, lowers the sum of squares, also after swaps that Mix.moved was told of."""
    people, plan, _earlier = case
    count = min(plan.value, len(people))
    board = Board(people, groups_module._deal(people, count, plan, random.Random(plan.seed)), plan)
    mixes = [(board.gender, Mix(board.gender_counts)), (board.position, Mix(board.position_counts))]
    for a, b in swaps:
        a, b = a % len(people), b % len(people)
        ga, gb = board.where[a], board.where[b]
        if ga != gb:
            board.swap(a, b)
            for categories, mix in mixes:
                mix.moved(ga, gb, categories[a], categories[b])
    for a in range(len(people)):
        ga = board.where[a]
        if all(mix.settled(ga, categories[a]) for categories, mix in mixes):
            assert all(
                board.swap_delta(a, b) >= 0 for b in range(len(people)) if board.where[b] != ga
            )


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32), size=st.integers(0, 600))
def test_the_shuffle_of_forming_groups_is_random_shuffle(seed: int, size: int) -> None:
    """Forming groups shuffles with its own copy of Random.shuffle: the same order, and the
    generator left where Random.shuffle leaves it."""
    mine, theirs = list(range(size)), list(range(size))
    rng_mine, rng_theirs = random.Random(seed), random.Random(seed)
    shuffle(mine, rng_mine)
    rng_theirs.shuffle(theirs)
    assert mine == theirs and rng_mine.random() == rng_theirs.random()

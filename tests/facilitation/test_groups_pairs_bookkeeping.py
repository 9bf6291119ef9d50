"""Avoiding earlier pairs: the running sums that make a swap's cost cheap always agree with
counting the earlier partners in both groups one by one."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.groups import GroupPlan, Member, _Board, _deal, form_groups, pair_history


def repeats_counted_one_by_one(board: _Board, a: int, b: int) -> int:
    ga, gb = board.where[a], board.where[b]
    ha, hb = board.history[a], board.history[b]
    repeats = sum(ha.get(o, 0) - hb.get(o, 0) for o in board.groups[gb] if o != b)
    repeats += sum(hb.get(o, 0) - ha.get(o, 0) for o in board.groups[ga] if o != a)
    return 3 * repeats


@settings(max_examples=40, deadline=None)
@given(size=st.integers(8, 40), groups=st.integers(2, 6), seed=st.integers(0, 10_000))
def test_swap_costs_match_counting_after_any_swaps(size: int, groups: int, seed: int) -> None:
    people = [Member(f"p{n:02d}") for n in range(size)]
    earlier = [form_groups(people, GroupPlan(value=groups, seed=seed + k)) for k in range(2)]
    index = {person.id: i for i, person in enumerate(people)}
    rng = random.Random(seed)
    board = _Board(
        people,
        _deal(people, min(groups, size), GroupPlan(value=groups), rng),
        GroupPlan(value=groups),
    )
    board.set_history(pair_history(earlier), index)
    for _ in range(30):
        a, b = rng.sample(range(size), 2)
        if board.where[a] != board.where[b]:
            assert board.swap_delta(a, b) == repeats_counted_one_by_one(board, a, b)
            board.swap(a, b)

"""Avoiding earlier pairs: the running sums that make a swap's cost cheap always agree with
counting the earlier partners in both groups one by one."""

from __future__ import annotations

import hashlib
import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.groups import (
    GroupPlan,
    GroupTarget,
    Member,
    _Board,
    _deal,
    form_groups,
    pair_history,
)


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


@settings(max_examples=40, deadline=None)
@given(size=st.integers(2, 30), seed=st.integers(0, 10_000), formations=st.integers(1, 4))
def test_earlier_groups_give_the_same_history_as_the_pairs(
    size: int, seed: int, formations: int
) -> None:
    """Board.set_earlier (what forming groups uses) keeps the counts set_history keeps from
    pair_history, also for people no longer present and someone listed twice in a group."""
    rng = random.Random(seed)
    ids = [f"p{n:02d}" for n in range(size)]
    earlier = []
    for _ in range(formations):
        shuffled = ids + ["gone"] + [rng.choice(ids)]  # an absent person; a double entry
        rng.shuffle(shuffled)
        count = rng.randint(1, max(1, size // 2))
        earlier.append([shuffled[g::count] for g in range(count)])
    present = [Member(pid) for pid in ids if rng.random() < 0.9] or [Member(ids[0])]
    index = {person.id: i for i, person in enumerate(present)}
    plan = GroupPlan(value=min(3, len(present)))
    dealt = _deal(present, plan.value, plan, random.Random(seed))
    by_pairs, by_groups = _Board(present, dealt, plan), _Board(present, dealt, plan)
    by_pairs.set_history(pair_history(earlier), index)
    by_groups.set_earlier(earlier, index)
    assert by_groups.history == by_pairs.history
    assert by_groups.met == by_pairs.met


def test_the_same_seed_gives_the_groups_it_gave_in_earlier_versions() -> None:
    """A facilitator may note a seed and make the groups again after an update: the groups of
    these plans are pinned (their digest was taken before the improvement loop was sped up)."""
    rng = random.Random(2024)
    institutions = ["Pemkab Berau", "Pemkot Samarinda", "BKKBN", "Bapelkes", "Kemenag"]
    people = [
        Member(
            f"p{n:03d}",
            rng.choice(institutions),
            rng.choice("LP"),
            rng.choice(["Analis", "Staf", ""]),
        )
        for n in range(90)
    ]
    earlier = [form_groups(people, GroupPlan(value=9, seed=s)) for s in range(3)]
    plans = [
        GroupPlan(value=9, seed=11, balance_gender=True),
        GroupPlan(value=9, seed=12, balance_gender=True, balance_position=True),
        GroupPlan(
            target=GroupTarget.SIZE,
            value=7,
            seed=13,
            balance_institutions=False,
            balance_gender=True,
        ),
        GroupPlan(
            value=6,
            seed=14,
            keep_together=(frozenset({"p001", "p002"}),),
            keep_apart=(frozenset({"p003", "p004"}),),
        ),
    ]
    groups = [form_groups(people, plan, earlier=earlier) for plan in plans]
    digest = hashlib.sha256(json.dumps(groups).encode()).hexdigest()
    assert digest == "cdf02eb79e88e2a9b42e92eb5ad11e35a18586feb6e4568e3f8204ccb4cb327e"


def test_counts_kept_from_the_last_formation_agree_with_counting_afresh() -> None:
    """Formation after formation, set_earlier adds only the new formations to the counts it
    kept; a board made before keeps the counts it was given."""
    people = [Member(f"p{n:02d}", gender="LP"[n % 2]) for n in range(30)]
    index = {person.id: i for i, person in enumerate(people)}
    plan = GroupPlan(value=5)
    earlier: list[list[list[str]]] = []
    boards = []
    for seed in range(5):
        earlier.append(form_groups(people, GroupPlan(value=5, seed=seed)))
        dealt = _deal(people, 5, plan, random.Random(seed))
        kept, afresh = _Board(people, dealt, plan), _Board(people, dealt, plan)
        kept.set_earlier(earlier, index)
        afresh.set_history(pair_history(earlier), index)
        assert kept.history == afresh.history and kept.met == afresh.met
        boards.append((kept, pair_history(earlier)))
    for board, pairs in boards:
        again = _Board(people, [list(g) for g in board.groups], plan)
        again.set_history(pairs, index)
        assert board.history == again.history
    present = people[1:]  # someone is absent today: other seats
    seats = {person.id: i for i, person in enumerate(present)}
    dealt = _deal(present, 5, plan, random.Random(9))
    fewer, afresh = _Board(present, dealt, plan), _Board(present, dealt, plan)
    fewer.set_earlier(earlier, seats)
    afresh.set_history(pair_history(earlier), seats)
    assert fewer.history == afresh.history and fewer.met == afresh.met


def formations_counted(monkeypatch) -> list[int]:  # noqa: ANN001
    """How many formations each count of earlier pairs (group_seating._count_pairs) adds."""
    import facilitation.group_seating as seating

    counted: list[int] = []
    real = seating._count_pairs

    def counting(meetings, formations, index) -> None:  # noqa: ANN001
        counted.append(len(formations))
        real(meetings, formations, index)

    monkeypatch.setattr(seating, "_count_pairs", counting)
    return counted


def test_one_more_formation_counts_only_that_formation(monkeypatch) -> None:
    """Forming again after forming (the usual day): the earlier pairs are not counted anew."""
    people = [Member(f"p{n:02d}") for n in range(20)]
    index = {person.id: i for i, person in enumerate(people)}
    earlier = [form_groups(people, GroupPlan(value=4, seed=seed)) for seed in range(4)]
    form_groups(people, GroupPlan(value=4, seed=10), earlier=earlier[:3])
    counted = formations_counted(monkeypatch)
    plan = GroupPlan(value=4)
    _Board(people, _deal(people, 4, plan, random.Random(1)), plan).set_earlier(earlier, index)
    assert counted == [1]

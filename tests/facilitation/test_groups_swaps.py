"""The improving swaps (group_swaps): the floor under a swap's mix change stays a floor after
any swaps, and the loop makes the groups weighing every pair makes also where it passes over
whole pools, rows and pairs (big formations, many earlier ones, someone listed twice)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import facilitation.groups as groups_module
from facilitation.group_mix import Mix
from facilitation.groups import GroupPlan, Member, _Board, _deal, form_groups
from tests.facilitation.test_groups_pairs_bookkeeping import repeats_counted_one_by_one
from tests.facilitation.test_groups_passing_over import cases, improve_by_weighing_every_pair
from tests.roster_fixtures import INSTITUTIONS, POSITIONS


def same_as_weighing_every_pair(
    people: list[Member], plan: GroupPlan, earlier: list[list[list[str]]]
) -> None:
    fast = form_groups(people, plan, earlier=earlier)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(groups_module, "improve", improve_by_weighing_every_pair)
        assert form_groups(people, plan, earlier=earlier) == fast


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), swaps=st.lists(st.tuples(st.integers(0, 59), st.integers(0, 59)), max_size=12))
def test_the_lowest_mix_change_stays_under_every_swap(case, swaps) -> None:
    """Mix keeps the exact fewest and most of each category (moved says when they change),
    and Mix.lowest is never above what any swap of the person out of their group does to the
    mix (a board without earlier partners: swap_delta is the mix change alone)."""
    people, plan, _earlier = case
    count = min(plan.value, len(people))
    board = _Board(people, _deal(people, count, plan, random.Random(plan.seed)), plan)
    mixes = [(board.gender, Mix(board.gender_counts)), (board.position, Mix(board.position_counts))]
    for a, b in swaps:
        a, b = a % len(people), b % len(people)
        ga, gb = board.where[a], board.where[b]
        if ga == gb:
            continue
        board.swap(a, b)
        for categories, mix in mixes:
            before = (list(mix.fewest), list(mix.most))
            changed = mix.moved(ga, gb, categories[a], categories[b])
            assert changed == ((mix.fewest, mix.most) != before)
    for _categories, mix in mixes:
        kinds = range(len(mix.most))
        assert mix.fewest == [min(group[c] for group in mix.counts) for c in kinds]
        assert mix.most == [max(group[c] for group in mix.counts) for c in kinds]
    for a in range(len(people)):
        ga = board.where[a]
        floor = sum(mix.lowest(ga, categories[a]) for categories, mix in mixes)
        assert floor <= 0
        assert all(
            board.swap_delta(a, b) >= floor for b in range(len(people)) if board.where[b] != ga
        )


@pytest.mark.parametrize(("formations", "seed"), [(4, 1), (10, 5), (15, 3)])
def test_big_formations_make_the_groups_weighing_every_pair_makes(
    formations: int, seed: int
) -> None:
    """The People page's big case, 50 groups from 500 after earlier formations: whole pools,
    rows and pairs are passed over in the later sweeps (the second case is one where looking
    only at the groups changed since a pool's last sweep must not start a moment late; in the
    third, most people sit with an earlier partner and the earlier-partners bound does most
    of the passing over)."""
    rng = random.Random(seed)
    people = [
        Member(f"p{n:04d}", INSTITUTIONS[n % 9], rng.choice("LP"), rng.choice(POSITIONS))
        for n in range(500)
    ]
    earlier: list[list[list[str]]] = []
    for k in range(formations):
        plan = GroupPlan(value=50, seed=seed * 100 + k, balance_gender=True)
        earlier.append(form_groups(people, plan, earlier=list(earlier)))
    same_as_weighing_every_pair(
        people, GroupPlan(value=50, seed=seed, balance_gender=True), earlier
    )


def test_someone_listed_twice_in_an_earlier_group_changes_nothing_of_the_swaps() -> None:
    rng = random.Random(7)
    people = [Member(f"p{n:02d}", f"I{n % 3}", rng.choice("LP")) for n in range(60)]
    ids = [person.id for person in people]
    earlier = [[ids[:10] + ids[:1], ids[10:30], ids[30:]], [ids[::2], ids[1::2] + ids[1:2]]]
    same_as_weighing_every_pair(people, GroupPlan(value=6, seed=4, balance_gender=True), earlier)
    plan = GroupPlan(value=6)
    index = {pid: i for i, pid in enumerate(ids)}
    board = _Board(people, _deal(people, 6, plan, random.Random(4)), plan)
    board.set_earlier(earlier, index)
    history = board.history
    assert history[0][0] == 2 and not board._selfless  # p00 met themself (as pairs count)
    for _ in range(60):
        a, b = rng.sample(range(len(people)), 2)
        if board.where[a] != board.where[b]:
            assert board.swap_delta(a, b) == repeats_counted_one_by_one(board, a, b)
            board.swap(a, b)
    for person, group in enumerate(board.where):
        members = board.groups[group]
        partners = sum(history[person].get(other, 0) for other in members)
        assert board.repeats[person] == partners - history[person].get(person, 0)

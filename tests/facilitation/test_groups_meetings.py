"""Earlier meetings packed one integer per person (group_meetings): the counts agree with
pair_history's, also when a person has met more people than a byte's field holds."""

from __future__ import annotations

import random

import pytest

import facilitation.groups as groups_module
from facilitation.group_meetings import Meetings
from facilitation.groups import GroupPlan, Member, _Board, _deal, form_groups, pair_history
from tests.facilitation.test_groups_pairs_bookkeeping import (
    formations_counted,
    repeats_counted_one_by_one,
)
from tests.facilitation.test_groups_passing_over import improve_by_weighing_every_pair

PEOPLE = [Member(f"p{n:03d}", gender="LP"[n % 2]) for n in range(300)]
INDEX = {person.id: i for i, person in enumerate(PEOPLE)}


def two_big_groups(seed: int) -> list[list[str]]:
    ids = [person.id for person in PEOPLE]
    random.Random(seed).shuffle(ids)
    return [ids[:150], ids[150:]]


def test_a_field_grows_wider_when_someone_has_met_more_than_it_holds() -> None:
    """Two groups of 150: after two formations a person has met ~300 times, more than 255."""
    meetings = Meetings(len(PEOPLE))
    assert meetings.width == 8
    earlier = [two_big_groups(seed) for seed in range(3)]
    plan = GroupPlan(value=2)
    for count in range(1, 4):
        dealt = _deal(PEOPLE, 2, plan, random.Random(count))
        kept, afresh = _Board(PEOPLE, dealt, plan), _Board(PEOPLE, dealt, plan)
        kept.set_earlier(earlier[:count], INDEX)  # one more formation than the last call
        afresh.set_history(pair_history(earlier[:count]), INDEX)
        assert kept.history == afresh.history and kept.met == afresh.met
        assert kept.repeats == afresh.repeats
    assert kept.meetings.width == 16 and max(kept.meetings.totals) == 3 * 149


def test_swap_costs_match_counting_with_wide_fields() -> None:
    earlier = [two_big_groups(seed) for seed in range(3)]
    plan = GroupPlan(value=5)
    rng = random.Random(5)
    board = _Board(PEOPLE, _deal(PEOPLE, 5, plan, rng), plan)
    board.set_earlier(earlier, INDEX)
    history = board.history
    for _ in range(40):
        a, b = rng.sample(range(len(PEOPLE)), 2)
        if board.where[a] != board.where[b]:
            assert board.swap_delta(a, b) == repeats_counted_one_by_one(board, a, b)
            board.swap(a, b)
    assert board.history == history
    for person, group in enumerate(board.where):
        members = board.groups[group]
        assert board.repeats[person] == sum(history[person].get(o, 0) for o in members) - (
            history[person].get(person, 0)
        )


@pytest.mark.parametrize("formations", [1, 3])
def test_wide_fields_make_the_groups_weighing_every_pair_makes(formations: int) -> None:
    rng = random.Random(formations)
    people = [
        Member(f"p{n:03d}", f"I{rng.randrange(4)}", rng.choice("LP"), rng.choice("AB"))
        for n in range(120)
    ]
    earlier = [form_groups(people, GroupPlan(value=2, seed=s)) for s in range(formations)]
    plan = GroupPlan(value=6, seed=3, balance_gender=True, balance_position=True)
    fast = form_groups(people, plan, earlier=earlier)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(groups_module, "improve", improve_by_weighing_every_pair)
        assert form_groups(people, plan, earlier=earlier) == fast


def test_someone_listed_twice_meets_themself_as_the_pairs_count_it() -> None:
    meetings = Meetings(3)
    meetings.add([[0, 1, 0], [2]])
    assert meetings.partners() == [{0: 2, 1: 2}, {0: 2}, {}]
    assert meetings.selfs == [2, 0, 0] and meetings.totals == [4, 2, 0]


def test_after_an_undo_the_counts_kept_before_it_are_taken_again(monkeypatch) -> None:
    """Ctrl+Z of a formation asks for the earlier formations less the last: their counts,
    kept from the call before, are used as they are; another formation after them is the only
    one counted. Every time the same counts as pair_history's."""
    counted = formations_counted(monkeypatch)
    earlier = [two_big_groups(seed) for seed in range(10, 15)]
    plan = GroupPlan(value=2)
    dealt = _deal(PEOPLE, 2, plan, random.Random(1))

    def board(formations: list[list[list[str]]]) -> _Board:
        made = _Board(PEOPLE, dealt, plan)
        made.set_earlier(formations, INDEX)
        afresh = _Board(PEOPLE, dealt, plan)
        afresh.set_history(pair_history(formations), INDEX)
        assert made.history == afresh.history and made.met == afresh.met
        assert made.repeats == afresh.repeats
        return made

    for count in (3, 4, 5):  # formation after formation
        board(earlier[:count])
    counted.clear()
    board(earlier[:4])  # the fifth undone
    board(earlier[:3])  # and the fourth
    assert counted == []
    board([*earlier[:3], two_big_groups(99)])  # another formed instead
    assert counted == [1]

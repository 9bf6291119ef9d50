"""Forming groups: sizes within one of each other, institutions spread as evenly as possible,
optionally gender and position too, new faces rather than last activity's partners, and the
facilitator's locks (keep together / keep apart). The same seed gives the same groups.

How: people are dealt like cards, institution by institution, round the groups — that alone
gives every group the fair share (floor or ceiling) of every institution and sizes within one.
Locks are then repaired by swaps, and the secondary aims are improved by swapping people of the
same institution, which never disturbs the institution spread or the sizes.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from operator import attrgetter

from facilitation.group_seating import Board as _Board
from facilitation.group_seating import fold as _key
from facilitation.group_seating import shuffle as _shuffle
from facilitation.group_swaps import improve

MAX_IMPROVEMENT_SWEEPS = 6


class GroupTarget(StrEnum):
    COUNT = "count"  # "make 5 groups"
    SIZE = "size"  # "groups of 6"


@dataclass(frozen=True)
class Member:
    """What forming groups needs to know about a present participant."""

    id: str
    institution: str = ""
    gender: str = ""
    position: str = ""


@dataclass(frozen=True)
class GroupPlan:
    target: GroupTarget = GroupTarget.COUNT
    value: int = 5
    seed: int = 0
    balance_institutions: bool = True
    balance_gender: bool = False
    balance_position: bool = False
    avoid_repeats: bool = True
    keep_together: tuple[frozenset[str], ...] = ()
    keep_apart: tuple[frozenset[str], ...] = ()


class GroupingError(ValueError):
    """The plan cannot be met; key says why (the UI words it)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def group_count(people: int, plan: GroupPlan) -> int:
    if plan.value < 1:
        raise GroupingError("value_too_small")
    if people == 0:
        raise GroupingError("nobody_present")
    count = plan.value if plan.target == GroupTarget.COUNT else math.ceil(people / plan.value)
    if count > people:
        raise GroupingError("more_groups_than_people")
    return count


def pair_history(earlier: Sequence[Sequence[Sequence[str]]]) -> dict[str, dict[str, int]]:
    """How often each two people have already sat in one group, from earlier formations."""
    history: dict[str, dict[str, int]] = {}
    for formation in earlier:
        for group in formation:
            for a, b in combinations(group, 2):
                history.setdefault(a, {})[b] = history.get(a, {}).get(b, 0) + 1
                history.setdefault(b, {})[a] = history.get(b, {}).get(a, 0) + 1
    return history


def form_groups(
    people: Sequence[Member],
    plan: GroupPlan,
    absent: Collection[str] = (),
    earlier: Sequence[Sequence[Sequence[str]]] = (),
    stop: Callable[[], bool] | None = None,
) -> list[list[str]]:
    """Groups of participant ids (each in the order people were given), one list per group.
    stop, asked between the improving swaps' pools, ends forming with group_swaps.Stopped."""
    absent_ids = set(absent)
    unique: dict[str, Member] = {}
    for person in people:
        if person.id not in absent_ids:
            unique.setdefault(person.id, person)
    # Sorting by id makes the result depend on the seed only, not on the order of the list.
    present = sorted(unique.values(), key=attrgetter("id"))
    count = group_count(len(present), plan)
    rng = random.Random(plan.seed)
    board = _Board(present, _deal(present, count, plan, rng), plan)
    index = {person.id: i for i, person in enumerate(present)}
    units = _together_units(plan, index)
    _add_apart(board, plan, index, units)
    locked = _place_units(board, units, plan)
    _separate(board, locked, plan, rng)
    if plan.avoid_repeats and earlier:
        board.set_earlier(earlier, index)
    _improve(board, locked, plan, rng, stop)
    order = {person.id: i for i, person in enumerate(people)}
    return [sorted((present[i].id for i in group), key=order.__getitem__) for group in board.groups]


def _deal(people: list[Member], count: int, plan: GroupPlan, rng: random.Random):
    indices = list(range(len(people)))
    if plan.balance_institutions:
        buckets: dict[str, list[int]] = {}
        for i, name in enumerate(map(_key, map(attrgetter("institution"), people))):
            buckets.setdefault(name, []).append(i)
        ordered = [buckets[name] for name in sorted(buckets)]
        _shuffle(ordered, rng)
        ordered.sort(key=len, reverse=True)
        gender = list(map(_key, map(attrgetter("gender"), people))) if plan.balance_gender else []
        sequence = []
        for bucket in ordered:
            _shuffle(bucket, rng)
            if gender:
                bucket.sort(key=gender.__getitem__)
            sequence.extend(bucket)
    else:
        sequence = indices
        _shuffle(sequence, rng)
    seats = list(range(count))
    _shuffle(seats, rng)
    groups: list[list[int]] = [[] for _ in range(count)]
    for position, seat in enumerate(seats):  # dealt round: every count-th card to one seat
        groups[seat] = sequence[position::count]
    return groups


def _together_units(plan: GroupPlan, index: dict[str, int]) -> list[list[int]]:
    if not plan.keep_together:
        return []
    parent = list(range(len(index)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for lock in plan.keep_together:
        members = sorted(index[pid] for pid in lock if pid in index)
        for other in members[1:]:
            parent[root(other)] = root(members[0])
    units: dict[int, list[int]] = {}
    for i in range(len(index)):
        units.setdefault(root(i), []).append(i)
    return sorted((u for u in units.values() if len(u) > 1), key=lambda u: (-len(u), u[0]))


def _add_apart(board: _Board, plan: GroupPlan, index: dict[str, int], units) -> None:
    unit_of = {person: n for n, unit in enumerate(units) for person in unit}
    for lock in plan.keep_apart:
        members = sorted(index[pid] for pid in lock if pid in index)
        if len(members) > len(board.groups):
            raise GroupingError("locks_unsatisfiable")
        for a, b in combinations(members, 2):
            if a in unit_of and unit_of.get(a) == unit_of.get(b):
                raise GroupingError("locks_conflict")
            board.apart[a].add(b)
            board.apart[b].add(a)


def _place_units(board: _Board, units: list[list[int]], plan: GroupPlan) -> set[int]:
    """Bring each keep-together unit into one group by swaps; returns the people now fixed."""
    locked: set[int] = set()
    reserved = [0] * len(board.groups)
    for unit in units:
        members = set(unit)
        candidates = [
            g
            for g in range(len(board.groups))
            if len(board.groups[g]) - reserved[g] >= len(unit)
            and not any(board.apart[m] & (locked & set(board.groups[g])) for m in unit)
        ]
        if not candidates:
            biggest = max(len(group) for group in board.groups)
            raise GroupingError("lock_too_big" if len(unit) > biggest else "locks_unsatisfiable")
        target = max(candidates, key=lambda g: (len(members & set(board.groups[g])), -g))
        for person in unit:
            if board.where[person] == target:
                continue
            free = [x for x in board.groups[target] if x not in members and x not in locked]
            same = [x for x in free if _same_institution(board, x, person)]
            partner = min(same or free, key=lambda x: (board.swap_delta(person, x), x))
            board.swap(person, partner)
        locked |= members
        reserved[target] += len(unit)
    return locked


def _same_institution(board: _Board, a: int, b: int) -> bool:
    return _key(board.people[a].institution) == _key(board.people[b].institution)


def _separate(board: _Board, locked: set[int], plan: GroupPlan, rng: random.Random) -> None:
    """Move people out of groups where someone they must be kept apart from also sits."""
    if not any(board.apart):
        return
    for _attempt in range(len(board.people) + 1):
        clash = next(
            (
                (a, b)
                for a in range(len(board.people))
                for b in sorted(board.apart[a])
                if a < b and board.where[a] == board.where[b]
            ),
            None,
        )
        if clash is None:
            return
        movable = [p for p in clash if p not in locked]
        if not movable:
            raise GroupingError("locks_unsatisfiable")
        options = []
        for person in movable:
            home = board.where[person]
            for other in range(len(board.people)):
                g = board.where[other]
                if g == home or other in locked:
                    continue
                if board.clashes(person, g, ignoring=other):
                    continue
                if board.clashes(other, home, ignoring=person):
                    continue
                rank = 0 if _same_institution(board, person, other) else 1
                options.append((rank, board.swap_delta(person, other), person, other))
        if not options:
            raise GroupingError("locks_unsatisfiable")
        _rank, _delta, person, other = min(options)
        board.swap(person, other)
    raise GroupingError("locks_unsatisfiable")


def _improve(
    board: _Board,
    locked: set[int],
    plan: GroupPlan,
    rng: random.Random,
    stop: Callable[[], bool] | None = None,
) -> None:
    """Swap people (of one institution, when institutions are balanced) while it helps."""
    wants = plan.balance_gender or plan.balance_position or board.has_history
    if not wants:
        return
    free = [p for p in range(len(board.people)) if p not in locked]
    if plan.balance_institutions:
        names = list(map(_key, map(attrgetter("institution"), board.people)))
        buckets: dict[str, list[int]] = {}
        for person in free:
            buckets.setdefault(names[person], []).append(person)
        pools = [buckets[name] for name in sorted(buckets)]
    else:
        pools = [free]
    if stop is None:  # the tests' reference loop stands in for improve, without a stop
        improve(board, pools, MAX_IMPROVEMENT_SWEEPS, rng)
    else:
        improve(board, pools, MAX_IMPROVEMENT_SWEEPS, rng, stop)


def institution_spread_is_even(groups: Sequence[Sequence[str]], people: Sequence[Member]) -> bool:
    """True when every institution's people are spread floor/ceiling over the groups."""
    institution = {p.id: _key(p.institution) for p in people}
    names = sorted({institution[pid] for group in groups for pid in group})
    for name in names:
        counts = [sum(1 for pid in group if institution[pid] == name) for group in groups]
        if max(counts) - min(counts) > 1:
            return False
    return True

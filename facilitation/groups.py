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
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations

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


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class _Board:
    """Who sits where, with the counts that make a swap's effect cheap to compute."""

    def __init__(self, people: list[Member], groups: list[list[int]], plan: GroupPlan) -> None:
        self.people = people
        self.groups = [list(group) for group in groups]
        self.where = [0] * len(people)
        for g, group in enumerate(self.groups):
            for person in group:
                self.where[person] = g
        self.gender = self._categories([p.gender for p in people], plan.balance_gender)
        self.position = self._categories([p.position for p in people], plan.balance_position)
        self.gender_counts = self._counts(self.gender)
        self.position_counts = self._counts(self.position)
        self.history: list[dict[int, int]] = [{} for _ in people]
        self._partners_of: list[dict[int, int]] = [{} for _ in people]
        self.apart: list[set[int]] = [set() for _ in people]

    @staticmethod
    def _categories(values: list[str], wanted: bool) -> list[int]:
        """-1 for 'not counted' (unknown, or this balance not asked for)."""
        if not wanted:
            return [-1] * len(values)
        names = sorted({_key(v) for v in values if _key(v)})
        index = {name: i for i, name in enumerate(names)}
        return [index.get(_key(v), -1) for v in values]

    def _counts(self, categories: list[int]) -> list[dict[int, int]]:
        counts: list[dict[int, int]] = [{} for _ in self.groups]
        for person, category in enumerate(categories):
            if category >= 0:
                bucket = counts[self.where[person]]
                bucket[category] = bucket.get(category, 0) + 1
        return counts

    def clashes(self, person: int, group: int, ignoring: int = -1) -> bool:
        return any(
            other in self.apart[person] and other != ignoring for other in self.groups[group]
        )

    def swap_delta(self, a: int, b: int) -> int:
        ga, gb = self.where[a], self.where[b]
        delta = 0
        for categories, counts in (
            (self.gender, self.gender_counts),
            (self.position, self.position_counts),
        ):
            ca, cb = categories[a], categories[b]
            if ca != cb:
                delta += _square_change(counts[ga], ca, cb) + _square_change(counts[gb], cb, ca)
        ha, hb = self.history[a], self.history[b]
        if ha or hb:
            # Repeated pairs weigh more than an uneven gender or position mix.
            met_a, met_b = self.met[a], self.met[b]
            repeats = (met_a[gb] - ha.get(b, 0)) - (met_b[gb] - hb.get(b, 0))
            repeats += (met_b[ga] - hb.get(a, 0)) - (met_a[ga] - ha.get(a, 0))
            delta += 3 * repeats
        return delta

    def set_history(self, pairs: dict[str, dict[str, int]], index: dict[str, int]) -> None:
        """met[p][g]: p's earlier partners (history[p]) in group g, kept through swaps."""
        self.history = [
            {index[b]: n for b, n in pairs.get(p.id, {}).items() if b in index} for p in self.people
        ]
        self.met = [[0] * len(self.groups) for _ in self.people]
        self._partners_of = [{} for _ in self.people]
        for person, partners in enumerate(self.history):
            for other, times in partners.items():
                self.met[person][self.where[other]] += times
                self._partners_of[other][person] = times

    def swap(self, a: int, b: int) -> None:
        ga, gb = self.where[a], self.where[b]
        self.groups[ga][self.groups[ga].index(a)] = b
        self.groups[gb][self.groups[gb].index(b)] = a
        self.where[a], self.where[b] = gb, ga
        for moved, source, target in ((a, ga, gb), (b, gb, ga)):
            for person, times in self._partners_of[moved].items():
                self.met[person][source] -= times
                self.met[person][target] += times
        for categories, counts in (
            (self.gender, self.gender_counts),
            (self.position, self.position_counts),
        ):
            _move(counts, categories[a], ga, gb)
            _move(counts, categories[b], gb, ga)


def _square_change(counts: dict[int, int], leaving: int, arriving: int) -> int:
    """Change of the sum of squared counts when one `leaving` is replaced by one `arriving`."""
    change = 0
    if leaving >= 0:
        change += 1 - 2 * counts.get(leaving, 0)
    if arriving >= 0:
        change += 1 + 2 * counts.get(arriving, 0)
    return change


def _move(counts: list[dict[int, int]], category: int, source: int, target: int) -> None:
    if category >= 0:
        counts[source][category] -= 1
        counts[target][category] = counts[target].get(category, 0) + 1


def form_groups(
    people: Sequence[Member],
    plan: GroupPlan,
    absent: Collection[str] = (),
    earlier: Sequence[Sequence[Sequence[str]]] = (),
) -> list[list[str]]:
    """Groups of participant ids (each in the order people were given), one list per group."""
    absent_ids = set(absent)
    unique: dict[str, Member] = {}
    for person in people:
        if person.id not in absent_ids:
            unique.setdefault(person.id, person)
    # Sorting by id makes the result depend on the seed only, not on the order of the list.
    present = sorted(unique.values(), key=lambda p: p.id)
    count = group_count(len(present), plan)
    rng = random.Random(plan.seed)
    board = _Board(present, _deal(present, count, plan, rng), plan)
    index = {person.id: i for i, person in enumerate(present)}
    units = _together_units(plan, index)
    _add_apart(board, plan, index, units)
    locked = _place_units(board, units, plan)
    _separate(board, locked, plan, rng)
    if plan.avoid_repeats and earlier:
        board.set_history(pair_history(earlier), index)
    _improve(board, locked, plan, rng)
    order = {person.id: i for i, person in enumerate(people)}
    return [
        sorted((present[i].id for i in group), key=lambda pid: order[pid]) for group in board.groups
    ]


def _deal(people: list[Member], count: int, plan: GroupPlan, rng: random.Random):
    indices = list(range(len(people)))
    if plan.balance_institutions:
        buckets: dict[str, list[int]] = {}
        for i in indices:
            buckets.setdefault(_key(people[i].institution), []).append(i)
        ordered = [buckets[name] for name in sorted(buckets)]
        rng.shuffle(ordered)
        ordered.sort(key=len, reverse=True)
        sequence = []
        for bucket in ordered:
            rng.shuffle(bucket)
            if plan.balance_gender:
                bucket.sort(key=lambda i: _key(people[i].gender))
            sequence.extend(bucket)
    else:
        sequence = indices
        rng.shuffle(sequence)
    seats = list(range(count))
    rng.shuffle(seats)
    groups: list[list[int]] = [[] for _ in range(count)]
    for position, person in enumerate(sequence):
        groups[seats[position % count]].append(person)
    return groups


def _together_units(plan: GroupPlan, index: dict[str, int]) -> list[list[int]]:
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


def _improve(board: _Board, locked: set[int], plan: GroupPlan, rng: random.Random) -> None:
    """Swap people (of one institution, when institutions are balanced) while it helps."""
    wants = plan.balance_gender or plan.balance_position or any(board.history)
    if not wants:
        return
    free = [p for p in range(len(board.people)) if p not in locked]
    if plan.balance_institutions:
        buckets: dict[str, list[int]] = {}
        for person in free:
            buckets.setdefault(_key(board.people[person].institution), []).append(person)
        pools = [buckets[name] for name in sorted(buckets)]
    else:
        pools = [free]
    where, gender, position, history = board.where, board.gender, board.position, board.history
    for _sweep in range(MAX_IMPROVEMENT_SWEEPS):
        improved = False
        for pool in pools:
            rng.shuffle(pool)
            for i, a in enumerate(pool):
                for b in pool[i + 1 :]:  # ~40,000 pairs for 500 people: kept lean
                    if where[a] == where[b]:
                        continue
                    # Two people alike in every counted way: a swap cannot change the cost.
                    alike = gender[a] == gender[b] and position[a] == position[b]
                    if alike and not history[a] and not history[b]:
                        continue
                    if board.swap_delta(a, b) >= 0:
                        continue
                    if board.clashes(a, board.where[b], ignoring=b) or board.clashes(
                        b, board.where[a], ignoring=a
                    ):
                        continue
                    board.swap(a, b)
                    improved = True
        if not improved:
            return


def institution_spread_is_even(groups: Sequence[Sequence[str]], people: Sequence[Member]) -> bool:
    """True when every institution's people are spread floor/ceiling over the groups."""
    institution = {p.id: _key(p.institution) for p in people}
    names = sorted({institution[pid] for group in groups for pid in group})
    for name in names:
        counts = [sum(1 for pid in group if institution[pid] == name) for group in groups]
        if max(counts) - min(counts) > 1:
            return False
    return True

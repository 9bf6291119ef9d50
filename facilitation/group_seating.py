"""Who sits where while groups are formed.

The board keeps the counts that make a swap's effect a few lookups: per group, how many of each
gender and position sit there; per person, how often they already met the people of each group
(met_by_group, from the packed meetings of group_meetings: a swap makes the counts of its two
groups anew in a few additions, whatever the number of earlier formations) and the earlier
partners beside them (repeats). Board.swap_delta is a swap's cost, which the lock repairs use
and the tests check against counting one by one; the improving swaps (group_swaps.improve)
work the same arithmetic out inline.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from typing import Protocol

from facilitation.group_meetings import Meetings, from_partners
from facilitation.group_mix import Mix as Mix  # where the tests and earlier callers look for it
from facilitation.group_mix import square_change


class Seated(Protocol):
    """What the board needs to know about a person (facilitation.groups.Member)."""

    @property
    def gender(self) -> str: ...

    @property
    def position(self) -> str: ...

    @property
    def institution(self) -> str: ...


class Balances(Protocol):
    """Which mixes the board counts (facilitation.groups.GroupPlan)."""

    @property
    def balance_gender(self) -> bool: ...

    @property
    def balance_position(self) -> bool: ...


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The form in which two spellings of an institution, gender or position count as one.
    Kept per text: forming groups folds each of 500 people's fields a few times, and a
    programme has a few dozen distinct institutions, genders and positions."""
    return " ".join(text.casefold().split())


def shuffle(items: list, rng: random.Random) -> None:
    """rng.shuffle(items), the same draws and the same order (Python 3.11's Random.shuffle
    with its _randbelow inlined: forming groups shuffles ~1,500 places a formation, and a
    call per place was a tenth of the work). Pinned here, a seed's groups do not hang on how
    a later Python shuffles."""
    getrandbits = rng.getrandbits
    for i, n, k in _steps(len(items)):
        j = getrandbits(k)
        while j >= n:
            j = getrandbits(k)
        items[i], items[j] = items[j], items[i]


@lru_cache(maxsize=64)
def _steps(length: int) -> tuple[tuple[int, int, int], ...]:
    """Each place a shuffle of this many items fills, last first: (place, places left to
    draw from, bits to draw)."""
    return tuple((i, i + 1, (i + 1).bit_length()) for i in range(length - 1, 0, -1))


class Board:
    """Who sits where, with the counts that make a swap's effect cheap to compute."""

    def __init__(
        self,
        people: Sequence[Seated],
        groups: list[list[int]],
        plan: Balances,
    ) -> None:
        self.people = people
        self.groups = [list(group) for group in groups]
        self.where = where = [0] * len(people)
        for g, group in enumerate(self.groups):
            for person in group:
                where[person] = g
        self.gender = self._categories([p.gender for p in people], plan.balance_gender)
        self.position = self._categories([p.position for p in people], plan.balance_position)
        self.gender_counts = self._counts(self.gender)
        self.position_counts = self._counts(self.position)
        self.meetings = Meetings(len(people))  # nobody met anybody before
        self.has_history = False
        self.met_by_group: list[Sequence[int]] = []  # met_by_group[g][p]: p's partners in g
        self._sums: list[int] = []  # per group, its members' packed meetings added up
        self.repeats = [0] * len(people)  # each person's earlier partners in their group
        self.apart: list[set[int]] = [set() for _ in people]
        self._selfless = True  # nobody listed twice in an earlier group

    @staticmethod
    def _categories(values: list[str], wanted: bool) -> list[int]:
        """-1 for 'not counted' (unknown, or this balance not asked for)."""
        if not wanted:
            return [-1] * len(values)
        folded = list(map(fold, values))
        index = {name: i for i, name in enumerate(sorted(set(folded) - {""}))}
        return list(map(index.get, folded, repeat(-1)))

    def _counts(self, categories: list[int]) -> list[list[int]]:
        """counts[group][category]: how many of each category sit in each group."""
        kinds = max(categories, default=-1) + 1
        counts = [[0] * kinds for _ in self.groups]
        if kinds:  # else nobody is counted (this balance not asked for)
            where = self.where
            for person, category in enumerate(categories):
                if category >= 0:
                    counts[where[person]][category] += 1
        return counts

    def clashes(self, person: int, group: int, ignoring: int = -1) -> bool:
        apart = self.apart[person]
        if not apart:  # nobody to keep this person from: no group to look through
            return False
        return any(other in apart and other != ignoring for other in self.groups[group])

    def swap_delta(self, a: int, b: int) -> int:
        ga, gb = self.where[a], self.where[b]
        delta = 0
        for categories, counts in (
            (self.gender, self.gender_counts),
            (self.position, self.position_counts),
        ):
            ca, cb = categories[a], categories[b]
            if ca != cb:
                delta += square_change(counts[ga], ca, cb) + square_change(counts[gb], cb, ca)
        meetings = self.meetings
        if meetings.packed[a] or meetings.packed[b]:
            # Repeated pairs weigh more than an uneven gender or position mix.
            here, there = self.met_by_group[ga], self.met_by_group[gb]
            both = meetings.times(a, b)
            repeats = (there[a] - both) - (there[b] - meetings.times(b, b))
            repeats += (here[b] - both) - (here[a] - meetings.times(a, a))
            delta += 3 * repeats
        return delta

    @property
    def history(self) -> list[dict[int, int]]:
        """Each seat's earlier partners and how often they met."""
        return self.meetings.partners()

    @property
    def met(self) -> list[list[int]]:
        """met[p][g]: how often p met the people of group g before."""
        groups = self.met_by_group
        return [[group[p] for group in groups] for p in range(len(self.people))]

    def set_history(self, pairs: dict[str, dict[str, int]], index: dict[str, int]) -> None:
        """The earlier partners of each seat from pair_history (meeting is mutual)."""
        history = [
            {index[b]: n for b, n in pairs.get(p.id, {}).items() if b in index} for p in self.people
        ]
        self._use(from_partners(history))

    def set_earlier(
        self, earlier: Iterable[Iterable[Iterable[str]]], index: dict[str, int]
    ) -> None:
        """The same as set_history(pair_history(earlier), index), without the pairs of names
        in between: each earlier group adds one meeting of every two seats in it (a person
        listed twice in a group meets themself, as pair_history counts it)."""
        # Formation after formation, the same session's earlier groups come again with one
        # more, or one less after an undo: the counts of the last few calls are kept, and the
        # longest of them that these formations begin with is added to.
        formations = [[list(group) for group in formation] for formation in earlier]
        seats = (len(self.people), list(index.items()))
        with _KEPT_LOCK:  # groups may be formed ahead on another thread (forming_ahead)
            kept = _KEPT
            if kept.seats != seats:
                kept.counted = []
            same = 0  # how many formations, from the first, are those counted before
            for new, old in zip(formations, kept.formations, strict=False):
                if new != old:
                    break
                same += 1
            kept.counted = [(known, counts) for known, counts in kept.counted if known <= same]
            known, meetings = kept.counted[-1] if kept.counted else (0, Meetings(len(self.people)))
            if len(formations) > known:  # a copy: a board made before may still read these
                meetings = meetings.copy() if known else meetings
                _count_pairs(meetings, formations[known:], index)
                kept.counted = [*kept.counted[1 - _KEPT_COUNTS :], (len(formations), meetings)]
            kept.seats, kept.formations = seats, formations
        self._use(meetings)

    def _use(self, meetings: Meetings) -> None:
        packed = meetings.packed
        self.meetings = meetings
        self.has_history = any(packed)
        self._sums = [sum(map(packed.__getitem__, group)) for group in self.groups]
        self.met_by_group = met = [meetings.view(total) for total in self._sums]
        where, selfs = self.where, meetings.selfs
        self.repeats = [met[where[p]][p] - selfs[p] for p in range(len(where))]
        self._selfless = not any(selfs)

    def swap(self, a: int, b: int) -> None:
        where, groups = self.where, self.groups
        ga, gb = where[a], where[b]
        here, there = groups[ga], groups[gb]
        here[here.index(a)] = b
        there[there.index(b)] = a
        where[a], where[b] = gb, ga
        if self.has_history:
            meetings, sums, met = self.meetings, self._sums, self.met_by_group
            moved = meetings.packed[b] - meetings.packed[a]
            sums[ga] += moved
            sums[gb] -= moved
            if meetings.width == 8:  # Meetings.view, without a call
                size = meetings.size
                met[ga] = counts_a = sums[ga].to_bytes(size, "little")
                met[gb] = counts_b = sums[gb].to_bytes(size, "little")
            else:
                met[ga] = counts_a = meetings.view(sums[ga])
                met[gb] = counts_b = meetings.view(sums[gb])
            repeats, selfs = self.repeats, meetings.selfs
            if self._selfless:  # nobody met themself (listed twice in a group)
                for person in here:
                    repeats[person] = counts_a[person]
                for person in there:
                    repeats[person] = counts_b[person]
            else:
                for person in here:
                    repeats[person] = counts_a[person] - selfs[person]
                for person in there:
                    repeats[person] = counts_b[person] - selfs[person]
        ca, cb = self.gender[a], self.gender[b]
        if ca != cb:
            _moved(self.gender_counts, ga, gb, ca, cb)
        ca, cb = self.position[a], self.position[b]
        if ca != cb:
            _moved(self.position_counts, ga, gb, ca, cb)


def _moved(counts: list[list[int]], ga: int, gb: int, ca: int, cb: int) -> None:
    """Someone of category ca went from group ga to gb, someone of cb the other way."""
    if ca >= 0:
        counts[ga][ca] -= 1
        counts[gb][ca] += 1
    if cb >= 0:
        counts[gb][cb] -= 1
        counts[ga][cb] += 1


class _Kept:
    """What the last Board.set_earlier counted: for whom (people, seat of each id), from which
    formations, and the counts of its first formations, oldest first: (how many, counts),
    never changed once made (boards share them)."""

    seats: tuple[int, list[tuple[str, int]]] = (0, [])
    formations: list[list[list[str]]] = []
    counted: list[tuple[int, Meetings]] = []


_KEPT_COUNTS = 4  # a formation's counts, and the 3 before it (undone formations)


_KEPT = _Kept()
_KEPT_LOCK = threading.Lock()


def _count_pairs(
    meetings: Meetings, formations: list[list[list[str]]], index: dict[str, int]
) -> None:
    """Add each earlier group's meetings: one of every two seats in it (a person listed twice
    in a group meets themself, as pair_history counts it)."""
    meetings.add(
        [index[pid] for pid in group if pid in index]
        for formation in formations
        for group in formation
    )

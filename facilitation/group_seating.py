"""Who sits where while groups are formed, and the improving swaps.

The board keeps the counts that make a swap's effect a few lookups: per group, how many of each
gender and position sit there; per person, how often they already met the people of each group
(met). The improvement loop (improve) tries ~40,000 pairs for 500 people in every sweep, so it
works the cost of a swap out inline instead of calling a method per pair: the same arithmetic as
Board.swap_delta, which the lock repairs use and the tests check against counting one by one.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol


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
        self.where = [0] * len(people)
        for g, group in enumerate(self.groups):
            for person in group:
                self.where[person] = g
        self.gender = self._categories([p.gender for p in people], plan.balance_gender)
        self.position = self._categories([p.position for p in people], plan.balance_position)
        self.gender_counts = self._counts(self.gender)
        self.position_counts = self._counts(self.position)
        self.history: list[dict[int, int]] = [{} for _ in people]
        self.met: list[list[int]] = []
        self._partners_of: list[dict[int, int]] = [{} for _ in people]
        self.apart: list[set[int]] = [set() for _ in people]

    @staticmethod
    def _categories(values: list[str], wanted: bool) -> list[int]:
        """-1 for 'not counted' (unknown, or this balance not asked for)."""
        if not wanted:
            return [-1] * len(values)
        names = sorted({fold(v) for v in values if fold(v)})
        index = {name: i for i, name in enumerate(names)}
        return [index.get(fold(v), -1) for v in values]

    def _counts(self, categories: list[int]) -> list[list[int]]:
        """counts[group][category]: how many of each category sit in each group."""
        kinds = max(categories, default=-1) + 1
        counts = [[0] * kinds for _ in self.groups]
        for person, category in enumerate(categories):
            if category >= 0:
                counts[self.where[person]][category] += 1
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
        self._partners_of = [{} for _ in self.people]
        for person, partners in enumerate(self.history):
            for other, times in partners.items():
                self._partners_of[other][person] = times
        self._count_met()

    def set_earlier(
        self, earlier: Iterable[Iterable[Iterable[str]]], index: dict[str, int]
    ) -> None:
        """The same as set_history(pair_history(earlier), index), without the pairs of names
        in between: each earlier group adds one meeting of every two seats in it (a person
        listed twice in a group meets themself, as pair_history counts it)."""
        # Formation after formation, the same session's earlier groups come again with one
        # more: the counts of the last call are kept and only the new formations are added.
        formations = [[list(group) for group in formation] for formation in earlier]
        seats = (len(self.people), list(index.items()))
        kept, known = _KEPT, len(_KEPT.formations)
        if known and kept.seats == seats and formations[:known] == kept.formations:
            history = kept.history
            if len(formations) > known:  # a copy: a board made before may still read these
                history = [dict(partners) for partners in history]
                _count_pairs(history, formations[known:], index)
        else:
            history = [{} for _ in self.people]
            _count_pairs(history, formations, index)
        kept.seats, kept.formations, kept.history = seats, formations, history
        self.history = history
        self._partners_of = history  # meeting is mutual: whom p met is who met p
        self._count_met()

    def _count_met(self) -> None:
        where, groups = self.where, len(self.groups)
        self.met = []
        for partners in self.history:
            row = [0] * groups
            for other, times in partners.items():
                row[where[other]] += times
            self.met.append(row)

    def swap(self, a: int, b: int) -> None:
        where, groups = self.where, self.groups
        ga, gb = where[a], where[b]
        here, there = groups[ga], groups[gb]
        here[here.index(a)] = b
        there[there.index(b)] = a
        where[a], where[b] = gb, ga
        met, partners_of = self.met, self._partners_of
        for person, times in partners_of[a].items():
            row = met[person]
            row[ga] -= times
            row[gb] += times
        for person, times in partners_of[b].items():
            row = met[person]
            row[gb] -= times
            row[ga] += times
        for categories, counts in (
            (self.gender, self.gender_counts),
            (self.position, self.position_counts),
        ):
            ca, cb = categories[a], categories[b]
            if ca != cb:
                if ca >= 0:
                    counts[ga][ca] -= 1
                    counts[gb][ca] += 1
                if cb >= 0:
                    counts[gb][cb] -= 1
                    counts[ga][cb] += 1


class _Kept:
    """What the last Board.set_earlier counted: for whom (people, seat of each id), from which
    formations, and the counts (never changed once made: boards share them)."""

    seats: tuple[int, list[tuple[str, int]]] = (0, [])
    formations: list[list[list[str]]] = []
    history: list[dict[int, int]] = []


_KEPT = _Kept()


def _count_pairs(
    history: list[dict[int, int]], formations: list[list[list[str]]], index: dict[str, int]
) -> None:
    """Add each earlier group's meetings: one of every two seats in it (a person listed twice
    in a group meets themself, as pair_history counts it)."""
    for formation in formations:
        for group in formation:
            seats = [index[pid] for pid in group if pid in index]
            for n, person in enumerate(seats):
                partners = history[person]
                get = partners.get
                # Never an entry added and taken out again: a dict without gaps is copied
                # whole (set_earlier copies 500 of them), not entry by entry.
                for other in seats[:n] + seats[n + 1 :]:
                    partners[other] = get(other, 0) + 1


def _square_change(counts: list[int], leaving: int, arriving: int) -> int:
    """Change of the sum of squared counts when one `leaving` is replaced by one `arriving`."""
    change = 0
    if leaving >= 0:
        change += 1 - 2 * counts[leaving]
    if arriving >= 0:
        change += 1 + 2 * counts[arriving]
    return change


def improve(
    board: Board,
    pools: list[list[int]],
    sweeps: int,
    rng: random.Random,
) -> None:
    """Swap two people of a pool whenever it lowers the cost, sweep after sweep, until a sweep
    changes nothing. The cost of each swap is Board.swap_delta's, worked out inline."""
    where, history, met = board.where, board.history, board.met
    gender_counts, position_counts = board.gender_counts, board.position_counts
    # What the loop needs of each person, read once: (person, earlier partners, gender,
    # position, met per group, times met themself).
    seats = [
        (
            p,
            history[p],
            board.gender[p],
            board.position[p],
            met[p] if met else [],
            history[p].get(p, 0),
        )
        for p in range(len(where))
    ]
    # Every pair of a pool is weighed once a sweep. A pair that did not swap last time and
    # whose two groups nobody has left or joined since weighs the same again (its cost and the
    # keep-apart locks read only those two groups), so it is passed over: the same swaps, in
    # the same order. changed[g]: swaps done when group g last changed; began[p]: swaps done
    # when p's row began last sweep (the pair was weighed in the row of whichever came first).
    changed = [0] * len(board.groups)
    began = [-1] * len(where)
    done = 0
    # A row whose every pair is sure to weigh >= 0 is passed over whole (most rows, mixed well).
    genders, positions = Mix(gender_counts), Mix(position_counts)
    settled: dict[tuple[int, int, int], bool] = {}  # (group, gender, position): until a swap
    for _sweep in range(sweeps):
        improved = False
        for pool in pools:
            rng.shuffle(pool)
            rows = [seats[p] for p in pool]
            calm = _calm_from(rows, where) if met else 0
            for i, (a, ha, gender_a, position_a, met_a, self_a) in enumerate(rows):
                ga = where[a]
                repeats_a = met_a[ga] - self_a if met_a else 0  # a's earlier partners here
                since, began[a] = began[a], done
                if calm <= i + 1 and not repeats_a:
                    seat = (ga, gender_a, position_a)
                    still = settled.get(seat)
                    if still is None:
                        still = genders.settled(ga, gender_a)
                        settled[seat] = still = still and positions.settled(ga, position_a)
                    if still:
                        continue
                changed_a = changed[ga]
                quiet_a = changed_a <= since
                for b, hb, gender_b, position_b, met_b, self_b in rows[i + 1 :]:
                    gb = where[b]
                    if ga == gb:
                        continue
                    if quiet_a:
                        changed_b = changed[gb]
                        if changed_b <= since:
                            last = began[b]
                            if changed_b <= last and changed_a <= last:
                                continue
                    delta = 0
                    if gender_a != gender_b:
                        here, there = gender_counts[ga], gender_counts[gb]
                        if gender_a >= 0:
                            delta = 2 + 2 * (there[gender_a] - here[gender_a])
                        if gender_b >= 0:
                            delta += 2 + 2 * (here[gender_b] - there[gender_b])
                    if position_a != position_b:
                        delta += _swap_change(
                            position_counts[ga], position_counts[gb], position_a, position_b
                        )
                    if not ha and not hb:
                        if delta >= 0:
                            continue
                    else:
                        # Repeated pairs: Board.swap_delta's sum, as 3 x (the earlier partners
                        # each finds in the other's group - those each leaves behind). The
                        # first part is never negative: when neither leaves a partner behind,
                        # a swap that does not improve the mix cannot improve anything.
                        repeats_b = met_b[gb] - self_b
                        if delta >= 0 and not repeats_a and not repeats_b:
                            continue
                        delta += 3 * (
                            met_a[gb]
                            - ha.get(b, 0)
                            + met_b[ga]
                            - hb.get(a, 0)
                            - repeats_a
                            - repeats_b
                        )
                    if delta >= 0:
                        continue
                    if board.clashes(a, gb, ignoring=b) or board.clashes(b, ga, ignoring=a):
                        continue
                    board.swap(a, b)
                    genders.moved(ga, gb, gender_a, gender_b)
                    positions.moved(ga, gb, position_a, position_b)
                    settled.clear()
                    calm = _calm_from(rows, where) if met else 0
                    done += 1
                    changed[ga] = changed[gb] = done
                    quiet_a = False
                    ga = gb
                    repeats_a = met_a[ga] - self_a if met_a else 0
                    improved = True
        if not improved:
            return


def _calm_from(rows: list[tuple], where: list[int]) -> int:
    """The first row from which on nobody sits with an earlier partner (len(rows): none)."""
    calm = len(rows)
    while calm:
        person, _history, _gender, _position, met, self_met = rows[calm - 1]
        if met and met[where[person]] != self_met:
            break
        calm -= 1
    return calm


class Mix:
    """The fewest and the most of each category (gender or position) any group holds (or
    fewer and more): a floor under every swap's change of the sum of squares. Swapping a
    (category x, group ga) with b (y, gb) changes it by [x >= 0](2 + 2(gb's x - ga's x)) +
    [y >= 0](2 + 2(ga's y - gb's y)) when x != y, else 0; the fewest x and the most y of any
    group in place of gb's give the floor. Widened after a swap, never narrowed."""

    def __init__(self, counts: list[list[int]]) -> None:
        kinds = len(counts[0]) if counts else 0
        self.counts = counts
        self.fewest = [min(group[c] for group in counts) for c in range(kinds)]
        self.most = [max(group[c] for group in counts) for c in range(kinds)]

    def settled(self, group: int, category: int) -> bool:
        """No swap of someone of this category out of this group lowers the sum of squares."""
        most = self.most
        if not most:
            return True
        here = self.counts[group]
        floor = 2 + 2 * (self.fewest[category] - here[category]) if category >= 0 else 0
        arriving = 0
        for other, highest in enumerate(most):
            if other != category:
                change = 2 + 2 * (here[other] - highest)
                if change < arriving:
                    arriving = change
        return floor + arriving >= 0

    def moved(self, ga: int, gb: int, ca: int, cb: int) -> None:
        """Someone of category ca went from group ga to gb, someone of cb the other way."""
        if ca == cb or not self.most:
            return
        fewest, most = self.fewest, self.most
        for category in (ca, cb):
            if category >= 0:
                for group in (ga, gb):
                    count = self.counts[group][category]
                    fewest[category] = min(fewest[category], count)
                    most[category] = max(most[category], count)


def _swap_change(here: list[int], there: list[int], ca: int, cb: int) -> int:
    """_square_change for both groups when a (category ca, in `here`) and b (cb, `there`)
    change places; ca != cb."""
    change = 0
    if ca >= 0:
        change += 2 + 2 * (there[ca] - here[ca])
    if cb >= 0:
        change += 2 + 2 * (here[cb] - there[cb])
    return change

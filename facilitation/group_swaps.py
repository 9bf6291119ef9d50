"""The improving swaps of forming groups: two people of a pool (one institution, when
institutions are balanced) change places whenever it lowers the cost, sweep after sweep, until
a sweep changes nothing. The cost of a swap is Board.swap_delta's (group_seating), worked out
inline: 500 people of 9 institutions make ~13,600 pairs a sweep.

Every pass-over here is exact: a pair passed over is one that weighing would not swap, so the
same seed makes the same swaps in the same order (the facilitator's "Kode acak"; the pinned
digests and the reference loop of the tests hold). Passed over:
- a pair whose two groups nobody left or joined since it was last weighed (it weighs the same):
  per pool, while a's group is as it was when the pool's last sweep began and few groups
  changed since, only the people in groups changed since are looked at; and once a pool finds
  no group changed since its last sweep began, nobody swapped since: neither the pools before
  it this sweep nor those after it can swap, the sweep is the last, and the rest of it is
  passed over (with the shuffles nobody draws after);
- a person's row when no swap of them evens the gender or position mix out (Mix.lowest is 0,
  kept exact after each swap) and they sit with no earlier partner: only people who do sit
  with one can gain;
- a pair whose earlier partners (those each finds in the other's group less those each leaves
  behind) outweigh a's lowest possible mix change (3 x partners + floor >= 0 bounds the cost
  from below): read before the mix, and before anything else of the pair, is looked at.
A group's floors (Mix.lowest) are kept across a swap that leaves its gender and position
counts as they were (the floor reads only those counts and the fewest and most of any group).
Over a formation of 50 groups from 500 people, the bound is read for ~1,500 of ~27,000 pairs
after 4 earlier formations and ~33,000 of ~65,000 after 15; ~1,400 get past it.

Measured and not kept (no fewer instructions): telling unchanged pairs one by one (when each
person's row began) costs what the bound costs; a bound per target group saves nothing, as a
pool (one institution of nine) has about one person in each group; and filtering a row's
pairs in bulk with the packed counts (group_meetings) costs a row about what weighing its
~17 pairs costs.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import compress

from facilitation.group_mix import Mix, swap_change
from facilitation.group_seating import Board, shuffle


class Stopped(Exception):
    """Forming was asked to stop (a formation ahead no longer wanted: forming_ahead)."""


def improve(
    board: Board,
    pools: list[list[int]],
    sweeps: int,
    rng: random.Random,
    stop: Callable[[], bool] | None = None,
) -> None:
    """Swap two people of a pool whenever it lowers the cost, sweep after sweep, until a sweep
    changes nothing. The last sweep's later pools are not shuffled (rng is left short of
    Random.shuffle's draws for them: forming groups draws nothing after)."""
    where, meetings = board.where, board.meetings
    gender_counts, position_counts = board.gender_counts, board.position_counts
    # met[g][p]: p's earlier partners in group g (a swap puts new counts of its two groups in
    # this list); packed: who met whom (group_meetings); own[p]: p's meetings, when read.
    # Without earlier formations, all counts are zeros: the same arithmetic, nothing to add.
    history = board.has_history
    packed, view = meetings.packed, meetings.view
    nobody = bytes(len(where))
    met = board.met_by_group if history else [nobody] * len(board.groups)
    own: list[Sequence[int] | None] = [None if history else nobody] * len(where)
    # Each person's (gender, position): the key of their mix in lowest.
    kinds = list(zip(board.gender, board.position, strict=True))
    repeats = board.repeats  # each person's earlier partners in their group, kept by swaps
    troubled = repeats.__getitem__
    # Every pair of a pool is weighed once a sweep. A pair that did not swap last time and
    # whose two groups nobody has left or joined since weighs the same again (its cost and the
    # keep-apart locks read only those two groups), so it is passed over: the same swaps, in
    # the same order. changed[g]: swaps done when group g last changed; opened[n]: swaps done
    # when pool n's rows began last sweep (none began before). (Telling such pairs one by one,
    # by when each person's row began, cost as much as the bound below that passes them too.)
    changed = [0] * len(board.groups)
    opened = [-1] * len(pools)
    done = 0
    few = len(board.groups) // 2  # changed groups few enough to look only at their people
    genders, positions = Mix(gender_counts), Mix(position_counts)
    # lowest[g][(gender, position)]: the lowest change of the mix (Mix.lowest, gender and
    # position) a swap of someone of these out of g can make, until g or a fewest/most changes.
    lowest: list[dict[tuple[int, int], int]] = [{} for _ in board.groups]
    for _sweep in range(sweeps):
        improved = False
        for n, pool in enumerate(pools):
            if stop is not None and stop():  # looked at once a pool: the groups are unchanged
                raise Stopped
            before = opened[n]
            fresh = {g for g, when in enumerate(changed) if when > before}
            if not fresh:  # no swap since this pool's rows began last sweep: none will come
                return
            shuffle(pool, rng)
            opened[n] = done
            places = range(len(pool))
            # Positions (in this sweep's order) of the pool's people in groups changed since
            # its last sweep began, of those sitting with an earlier partner, and of those
            # who are both; made when first needed, again after a swap.
            fresh_at: list[int] | None = None
            troubled_at: list[int] | None = None
            troubled_fresh_at: list[int] | None = None
            for i, a in enumerate(pool):
                mine, kind = own[a], kinds[a]
                gender_a, position_a = kind
                start = i + 1
                while True:  # once, and again from the next row after each swap of a
                    ga = where[a]
                    repeats_a = repeats[a]  # a's earlier partners here
                    known = lowest[ga]
                    floor = known.get(kind)
                    if floor is None:
                        floor = genders.lowest(ga, gender_a) if genders.most else 0
                        if positions.most:
                            floor += positions.lowest(ga, position_a)
                        known[kind] = floor
                    at = None  # positions worth weighing (None: every later one)
                    if not repeats_a and not floor:
                        # No swap of a evens the mix out: only someone sitting with an
                        # earlier partner can gain by changing places with a.
                        if not history:
                            break
                        if troubled_at is None:
                            troubled_at = list(compress(places, map(troubled, pool)))
                        at = troubled_at
                    changed_a = changed[ga]
                    if changed_a <= before and len(fresh) < few:
                        # a's group is as it was when the pool's last sweep began: only a
                        # pair with someone in a group changed since can weigh otherwise.
                        if at is None:
                            if fresh_at is None:
                                fresh_at = [k for k, p in enumerate(pool) if where[p] in fresh]
                            at = fresh_at
                        else:
                            if troubled_fresh_at is None:
                                troubled_fresh_at = [k for k in at if where[pool[k]] in fresh]
                            at = troubled_fresh_at
                    if at is None:
                        later = pool[start:]
                    else:
                        first = bisect_left(at, start)
                        if first == len(at):
                            break
                        later = [pool[k] for k in at[first:]]
                    met_here = met[ga]
                    if mine is None:
                        mine = own[a] = view(packed[a])
                    # 3 x (partners - repeats_a) + floor >= 0 for partners >= enough.
                    enough = repeats_a + (2 - floor) // 3
                    for b in later:
                        # Repeated pairs: Board.swap_delta's sum, as 3 x (the earlier partners
                        # each finds in the other's group - those each leaves behind), and the
                        # mix change, never below a's lowest (floor): a pair that cannot go
                        # below 0 so is passed over before its mix is worked out (most pairs:
                        # swaps that bring earlier partners; and b in a's own group, whose
                        # sum reads a's own counts, is passed over after it, where it is rare).
                        both = mine[b]
                        partners = met[where[b]][a] + met_here[b] - both - both - repeats[b]
                        if partners >= enough:
                            continue
                        gb = where[b]
                        if ga == gb:
                            continue
                        gender_b, position_b = kinds[b]
                        delta = 3 * (partners - repeats_a)
                        if gender_a != gender_b:
                            here, there = gender_counts[ga], gender_counts[gb]
                            if gender_a >= 0:
                                delta += 2 + 2 * (there[gender_a] - here[gender_a])
                            if gender_b >= 0:
                                delta += 2 + 2 * (here[gender_b] - there[gender_b])
                        if position_a != position_b:
                            delta += swap_change(
                                position_counts[ga], position_counts[gb], position_a, position_b
                            )
                        if delta >= 0:
                            continue
                        if board.clashes(a, gb, ignoring=b) or board.clashes(b, ga, ignoring=a):
                            continue
                        board.swap(a, b)
                        # A fewest or most changed: what is lowest changes in every group.
                        widened = gender_a != gender_b and genders.moved(ga, gb, gender_a, gender_b)
                        if position_a != position_b:
                            widened |= positions.moved(ga, gb, position_a, position_b)
                        if widened:
                            lowest = [{} for _ in lowest]
                        elif gender_a != gender_b or position_a != position_b:
                            lowest[ga] = {}  # their counts changed (else their floors hold)
                            lowest[gb] = {}
                        done += 1
                        changed[ga] = changed[gb] = done
                        fresh.add(ga)
                        fresh.add(gb)
                        fresh_at = troubled_at = troubled_fresh_at = None
                        improved = True
                        start = pool.index(b, start) + 1
                        break
                    else:
                        break
        if not improved:
            return

"""Scores: games' points per group per round with a leaderboard, and observers' checklist
scores of a role play summed up per BerAKHLAK value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

MAX_POINTS = 1_000_000


@dataclass(frozen=True)
class Standing:
    rank: int  # equal totals share a rank; the next rank skips (1, 1, 3)
    group: str
    total: float
    per_round: tuple[float | None, ...]
    tied: bool


def points_problem(points: float) -> str | None:
    if points != points or abs(points) > MAX_POINTS:  # NaN or absurd
        return "points_out_of_range"
    return None


def leaderboard(
    groups: Sequence[str], scores: Mapping[tuple[str, int], float], rounds: int
) -> list[Standing]:
    """Groups ordered by total (highest first), then by name; a round not scored counts 0."""
    rows = []
    for group in dict.fromkeys(groups):
        per_round = tuple(scores.get((group, number)) for number in range(1, rounds + 1))
        total = sum(value for value in per_round if value is not None)
        rows.append((group, total, per_round))
    rows.sort(key=lambda row: (-row[1], row[0].casefold(), row[0]))
    totals = [row[1] for row in rows]
    standings = []
    for group, total, per_round in rows:
        rank = totals.index(total) + 1
        standings.append(Standing(rank, group, total, per_round, totals.count(total) > 1))
    return standings


@dataclass(frozen=True)
class ValueScore:
    value: str
    mean: float
    count: int
    total: int


def scores_per_value(scores: Iterable[tuple[str, int | None]]) -> list[ValueScore]:
    """(value key, score) pairs from observer sheets -> the mean per value, in first-seen
    order. Unscored items (None) are left out rather than counted as zero."""
    sums: dict[str, list[int]] = {}
    for value, score in scores:
        if score is None:
            continue
        sums.setdefault(value, []).append(score)
    return [
        ValueScore(value, sum(points) / len(points), len(points), sum(points))
        for value, points in sums.items()
    ]

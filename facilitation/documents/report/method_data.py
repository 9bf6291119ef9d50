"""What the report shows of the methods run in a session: role plays (scenario, cast per
round, debrief notes, observers' scores per value), case classes (groups' answers side by side)
and games (points per round and the leaderboard).

Library texts stay bilingual ({"id": ..., "en": ...}) here because the report picks its
language only when it is written; what facilitators typed is plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

Bilingual = dict[str, str]


@dataclass(frozen=True)
class CastLine:
    role: Bilingual  # empty: the audience (or a role no longer in the scenario)
    person: str
    observer: bool = False
    group: str = ""  # the group it was played in, when groups played at once


@dataclass(frozen=True)
class RoundLine:
    number: int
    minutes: int
    cast: tuple[CastLine, ...] = ()
    debrief: str = ""


def cast_per_group(
    cast: tuple[CastLine, ...],
) -> list[tuple[str, list[tuple[CastLine, list[str]]]]]:
    """A round played in groups at once, as the report shows it: per group (in cast order),
    each role once with everyone who played it, so 50 observers are one line, not 50."""
    groups: dict[str, dict[tuple, tuple[CastLine, list[str]]]] = {}
    for line in cast:
        roles = groups.setdefault(line.group, {})
        key = (tuple(sorted(line.role.items())), line.observer)
        roles.setdefault(key, (line, []))[1].append(line.person)
    return [(group, list(roles.values())) for group, roles in groups.items()]


@dataclass(frozen=True)
class ValueMean:
    value: str  # a CoreValue key
    mean: float
    count: int


@dataclass(frozen=True)
class RolePlayLine:
    activity_id: str
    scenario_title: str
    context: Bilingual
    rounds: tuple[RoundLine, ...]
    debrief: str = ""
    values: tuple[ValueMean, ...] = ()


@dataclass(frozen=True)
class CaseComparison:
    """One case in one activity: a row per guiding question, a column per group."""

    activity_id: str
    case_title: str
    questions: tuple[Bilingual, ...]  # one per question, in order
    groups: tuple[str, ...]
    answers: tuple[tuple[str, ...], ...]  # [question][group]


@dataclass(frozen=True)
class StandingLine:
    rank: int
    group: str
    total: float
    per_round: tuple[float | None, ...]


@dataclass(frozen=True)
class GameLine:
    activity_id: str
    game_title: str
    round_count: int
    standings: tuple[StandingLine, ...]

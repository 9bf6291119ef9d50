"""What happens when a method is run in a session: a role play with its cast per round and
observer scores, cases handed to groups with their answers, game rounds with points.

Plain records: storage fills them, the UI and the report read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

MAX_NOTE_LENGTH = 200_000


class CastFrom(StrEnum):
    PARTICIPANTS = "participants"
    GROUPS = "groups"


@dataclass(frozen=True)
class CastEntry:
    person_key: str  # participant id, or group name when groups play the roles
    person_name: str
    role_key: str  # "" = audience
    group: str = ""  # the group it plays in when groups play at once


@dataclass
class RolePlayRun:
    id: str
    session_id: str
    activity_id: str
    scenario_key: str
    scenario_title: str
    round_count: int
    cast_from: CastFrom = CastFrom.PARTICIPANTS
    seed: int = 0
    debrief_notes: str = ""
    updated_at: str = ""
    in_groups: bool = False  # every group plays the same roles at once


@dataclass(frozen=True)
class RoundInfo:
    number: int
    minutes: int
    debrief_notes: str = ""


@dataclass(frozen=True)
class ObserverScore:
    round_number: int
    observer_key: str
    observer_name: str
    observer_role: str
    item_key: str
    value_key: str
    score: int | None


@dataclass(frozen=True)
class CaseAssignment:
    id: str
    activity_id: str
    group_name: str
    case_key: str
    case_title: str
    answers: dict[int, str] = field(default_factory=dict)


@dataclass
class GamePlay:
    id: str
    session_id: str
    activity_id: str
    game_key: str
    game_title: str
    round_count: int
    scores: dict[tuple[str, int], float] = field(default_factory=dict)  # (group, round)

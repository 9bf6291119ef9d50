"""An activity on the agenda and the kinds of method a facilitator can choose from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class ActivityKind(StrEnum):
    OPENING = "opening"
    LECTURE = "lecture"  # ceramah
    SHARING = "sharing"
    CASE_CLASS = "case_class"  # kelas kasus
    GROUP_DISCUSSION = "group_discussion"  # diskusi kelompok kerja
    ROLE_PLAY = "role_play"  # bermain peran
    GAME = "game"  # permainan / energizer
    MULTIMEDIA = "multimedia"
    PLENARY = "plenary"  # pleno, report-back
    REFLECTION = "reflection"
    BREAK = "break"
    CLOSING = "closing"


class Grouping(StrEnum):
    WHOLE_ROOM = "whole_room"
    GROUPS = "groups"
    PAIRS = "pairs"


MAX_PLANNED_MINUTES = 24 * 60


@dataclass
class Activity:
    title: str
    kind: ActivityKind
    planned_minutes: int
    instructions: str = ""
    guiding_questions: list[str] = field(default_factory=list)
    materials: str = ""
    grouping: Grouping = Grouping.WHOLE_ROOM
    method_key: str | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.kind = ActivityKind(self.kind)
        self.grouping = Grouping(self.grouping)
        if not 0 <= self.planned_minutes <= MAX_PLANNED_MINUTES:
            raise ValueError(f"planned_minutes out of range: {self.planned_minutes}")

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


@dataclass(frozen=True)
class Activity:
    """Frozen, as the session that holds it (facilitation/session.py): edits are copies made
    with dataclasses.replace."""

    title: str
    kind: ActivityKind
    planned_minutes: int
    instructions: str = ""
    guiding_questions: tuple[str, ...] = ()
    materials: str = ""
    grouping: Grouping = Grouping.WHOLE_ROOM
    method_key: str | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        set_field = object.__setattr__
        if type(self.kind) is not ActivityKind:
            set_field(self, "kind", ActivityKind(self.kind))
        if type(self.grouping) is not Grouping:
            set_field(self, "grouping", Grouping(self.grouping))
        if type(self.guiding_questions) is not tuple:
            set_field(self, "guiding_questions", tuple(self.guiding_questions))
        if not 0 <= self.planned_minutes <= MAX_PLANNED_MINUTES:
            raise ValueError(f"planned_minutes out of range: {self.planned_minutes}")

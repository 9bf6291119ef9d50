"""Work plans (rencana kerja / RTL) and shared commitments (komitmen bersama).

A work plan row says what will be done, what it produces, how success shows, by whom and by
when; groups or institutions each fill their own rows during the workshop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from facilitation.notes import check_text
from facilitation.session import ValidationError, new_id

MAX_CELL_LENGTH = 5000


class WorkPlanStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class CommitmentOwner(StrEnum):
    GROUP = "group"
    PARTICIPANT = "participant"


@dataclass
class WorkPlanItem:
    session_id: str
    action: str = ""
    output: str = ""
    outcome_indicator: str = ""
    target: str = ""
    pic: str = ""  # person in charge (penanggung jawab)
    deadline: date | None = None
    institution: str = ""
    group_label: str = ""
    group_id: str | None = None
    status: WorkPlanStatus = WorkPlanStatus.PLANNED
    position: int = 0
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.status = WorkPlanStatus(self.status)


TEXT_FIELDS = ("action", "output", "outcome_indicator", "target", "pic", "institution")


@dataclass
class Commitment:
    session_id: str
    text: str
    owner_kind: CommitmentOwner = CommitmentOwner.GROUP
    owner_label: str = ""
    owner_id: str | None = None
    position: int = 0
    source: str = ""  # "" typed in; "phones": a participant's "my commitment" from a phone
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.owner_kind = CommitmentOwner(self.owner_kind)


def validate_work_plan_item(item: WorkPlanItem) -> None:
    # A new row starts empty, as in a spreadsheet; only unstorable text is refused.
    for name in TEXT_FIELDS:
        check_text(getattr(item, name), MAX_CELL_LENGTH)
    check_text(item.group_label)


def validate_commitment(commitment: Commitment) -> None:
    check_text(commitment.text, MAX_CELL_LENGTH)
    check_text(commitment.owner_label)


_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def parse_deadline(text: str) -> date | None:
    """A deadline as typed in the room: 2025-08-31, 31/8/2025, 31-08-2025 or 31.8.2025.

    Empty text clears the deadline; anything else raises ValidationError("deadline_invalid").
    """
    text = text.strip()
    if not text:
        return None
    try:
        match = _DAY_FIRST.match(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("deadline_invalid", text=text) from None


def owners(items: list[WorkPlanItem]) -> tuple[list[str], list[str]]:
    """The groups and institutions that have rows, for the table's filter."""
    groups = sorted({i.group_label for i in items if i.group_label}, key=str.casefold)
    institutions = sorted({i.institution for i in items if i.institution}, key=str.casefold)
    return groups, institutions

"""A training session: who organises it, where, on which days, and its agenda.

Sessions, their days and activities are frozen (tuples, not lists): one read of a session is
shared by the shell and every page (ui/workspace/session_context.py), so a change is a new
object made with dataclasses.replace and saved, never an edit in place that the other pages
would see without the store knowing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from facilitation.activity import Activity


class ReportLanguage(StrEnum):
    INDONESIAN = "id"
    ENGLISH = "en"


def new_id() -> str:
    """UUIDs, so sessions made on different laptops can later be merged without clashes."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class SessionDay:
    """One day of a programme: when the room is ours and the activities planned in it."""

    date: date
    start: time = time(8, 0)
    end: time = time(16, 0)
    activities: tuple[Activity, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if type(self.activities) is not tuple:
            object.__setattr__(self, "activities", tuple(self.activities))

    @property
    def available_minutes(self) -> int:
        return max(0, _minutes(self.end) - _minutes(self.start))


@dataclass(frozen=True)
class Session:
    title: str
    organiser: str = ""
    venue: str = ""
    days: tuple[SessionDay, ...] = ()
    facilitators: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    report_language: ReportLanguage = ReportLanguage.INDONESIAN
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        for name in ("days", "facilitators", "objectives"):
            value = getattr(self, name)
            if type(value) is not tuple:
                object.__setattr__(self, name, tuple(value))

    @property
    def first_date(self) -> date | None:
        return min((day.date for day in self.days), default=None)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


class ValidationError(ValueError):
    """Raised with a message key when user input cannot be accepted; the UI words it."""

    def __init__(self, key: str, **details: object) -> None:
        super().__init__(key)
        self.key = key
        self.details = details


MAX_TITLE_LENGTH = 300
MAX_TEXT_LENGTH = 20_000


def validate_session(session: Session) -> None:
    """Refuse what would make a session unusable; keep everything else as typed."""
    if not session.title.strip():
        raise ValidationError("title_empty")
    if len(session.title) > MAX_TITLE_LENGTH:
        raise ValidationError("title_too_long", limit=MAX_TITLE_LENGTH)
    for text in (
        session.organiser,
        session.venue,
        *session.facilitators,
        *session.objectives,
    ):
        if len(text) > MAX_TEXT_LENGTH:
            raise ValidationError("text_too_long", limit=MAX_TEXT_LENGTH)
        if "\x00" in text:
            raise ValidationError("text_has_nul")
    if "\x00" in session.title:
        raise ValidationError("text_has_nul")
    if not session.days:
        raise ValidationError("day_required")
    dates = [day.date for day in session.days]
    if len(set(dates)) != len(dates):
        raise ValidationError("duplicate_day")
    for day in session.days:
        if day.end <= day.start:
            raise ValidationError("day_ends_before_start", date=day.date.isoformat())

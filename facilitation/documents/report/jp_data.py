"""JP hours and certificates as the session report and its spreadsheet show them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class JpDayLine:
    date: date
    planned_minutes: int
    delivered_minutes: int | None  # None: the day was not run with the timer


@dataclass(frozen=True)
class JpPersonLine:
    number: int
    name: str
    nip: str
    credited_minutes: int | None  # None: attendance not taken
    attendance_percent: int | None
    completed: bool
    certificate: str = ""  # its number, "" when none was issued
    revision: int = 0


@dataclass(frozen=True)
class RegisterLine:
    number: str
    revision: int
    name: str
    nip: str
    jp_text: str
    issued_on: date
    check: str


@dataclass(frozen=True)
class JpSummary:
    jp_minutes: int
    min_attendance_percent: int
    days: tuple[JpDayLine, ...]
    people: tuple[JpPersonLine, ...]
    register: tuple[RegisterLine, ...] = ()

    @property
    def planned_minutes(self) -> int:
        return sum(day.planned_minutes for day in self.days)

    @property
    def delivered_minutes(self) -> int | None:
        if all(day.delivered_minutes is None for day in self.days):
            return None
        return sum(day.delivered_minutes or 0 for day in self.days)

    @property
    def completed(self) -> int:
        return sum(1 for person in self.people if person.completed)


def redact_jp(summary: JpSummary | None) -> JpSummary | None:
    """The NIP and the check values out; names stay, as on the attendance list."""
    if summary is None:
        return None
    return replace(
        summary,
        people=tuple(replace(p, nip="") for p in summary.people),
        register=tuple(replace(r, nip="", check="") for r in summary.register),
    )

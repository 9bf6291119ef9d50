"""Jam pelajaran (JP): the hours of learning a training gives and each participant earns.

A civil servant is owed at least 20 JP of competence development a year, and the agency must
show them. One JP is 45 minutes unless the session says otherwise; breaks, *ishoma* and the
opening and closing ceremonies count for nothing unless the facilitator decides they do.

Everything here works in whole minutes (exact integers) and turns them into JP only for
display, so "80 % attendance" is decided without floating-point doubt at the boundary.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from facilitation.activity import Activity, ActivityKind
from facilitation.run_log import ActivityOutcome, ActualTiming
from facilitation.session import Session, SessionDay

DEFAULT_JP_MINUTES = 45
DEFAULT_MIN_ATTENDANCE = 80  # per cent of the session's JP
MIN_JP_MINUTES = 1
MAX_JP_MINUTES = 240
MAX_PERCENT = 100

# Kinds that are not learning time unless the facilitator ticks them.
NOT_COUNTED_BY_DEFAULT = frozenset({ActivityKind.BREAK, ActivityKind.OPENING, ActivityKind.CLOSING})
# Methods of the library whose usual place differs from their kind's: getting to know each
# other and agreeing the learning contract (BLC) is part of the curriculum's JP; a short
# energizer is not.
METHOD_DEFAULTS = {"perkenalan": True, "permainan_energizer": False}
# Words in an activity's title that mark a ceremony or a meal whatever its kind says.
_NOT_LEARNING_WORDS = ("ishoma", "pembukaan", "penutupan", "coffee break", "rehat")


def counts_by_default(activity: Activity) -> bool:
    """Whether an activity counts toward JP before anyone decides: learning kinds do; breaks,
    ishoma, ceremonies and energizers do not (the method library's own choice first)."""
    if activity.method_key in METHOD_DEFAULTS:
        return METHOD_DEFAULTS[activity.method_key]
    if activity.kind in NOT_COUNTED_BY_DEFAULT:
        return False
    title = activity.title.casefold()
    return not any(word in title for word in _NOT_LEARNING_WORDS)


class JpSettingsError(ValueError):
    """A JP setting out of range; key says which, the UI words it."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class JpRules:
    """A session's JP settings and the facilitator's per-activity decisions."""

    jp_minutes: int = DEFAULT_JP_MINUTES
    min_attendance_percent: int = DEFAULT_MIN_ATTENDANCE
    decisions: Mapping[str, bool] = field(default_factory=dict)  # activity id -> counts

    def __post_init__(self) -> None:
        check_rules(self.jp_minutes, self.min_attendance_percent)

    def counts(self, activity: Activity) -> bool:
        decided = self.decisions.get(activity.id)
        return counts_by_default(activity) if decided is None else decided


def check_rules(jp_minutes: object, min_attendance_percent: object) -> None:
    """JpSettingsError("jp_minutes_out_of_range" | "attendance_out_of_range") for bad values."""
    if (
        not isinstance(jp_minutes, int)
        or isinstance(jp_minutes, bool)
        or not MIN_JP_MINUTES <= jp_minutes <= MAX_JP_MINUTES
    ):
        raise JpSettingsError("jp_minutes_out_of_range")
    if (
        not isinstance(min_attendance_percent, int)
        or isinstance(min_attendance_percent, bool)
        or not 0 <= min_attendance_percent <= MAX_PERCENT
    ):
        raise JpSettingsError("attendance_out_of_range")


def jp_value(minutes: int, jp_minutes: int) -> Decimal:
    """Minutes as JP, to one decimal (half up): 90 minutes of 45 are 2.0 JP, 100 are 2.2."""
    return (Decimal(minutes) / Decimal(jp_minutes)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def jp_text(minutes: int, jp_minutes: int, decimal_comma: bool = True) -> str:
    """ "2" for whole JP, "2,2" (or "2.2") otherwise."""
    value = jp_value(minutes, jp_minutes)
    text = str(int(value)) if value == value.to_integral() else str(value)
    return text.replace(".", ",") if decimal_comma else text


# -- per day -----------------------------------------------------------------------------------


def _delivered_minutes(timing: ActualTiming | None) -> int:
    """Learning time an activity really gave: time on its timer (pauses left out), or from
    start to end when the timer kept no count; nothing for skipped or unfinished ones."""
    if timing is None or timing.outcome != ActivityOutcome.DONE:
        return 0
    seconds = timing.timer_seconds if timing.timer_seconds > 0 else (timing.wall_seconds or 0.0)
    return max(0, round(seconds / 60))


@dataclass(frozen=True)
class DayJp:
    day_id: str
    date: date
    planned_minutes: int  # counting activities, as planned
    delivered_minutes: int | None  # from the run's times; None: the day was not run

    @property
    def credit_minutes(self) -> int:
        """What a participant present that day earns: delivered once run, planned before."""
        return self.planned_minutes if self.delivered_minutes is None else self.delivered_minutes


def day_jp(day: SessionDay, rules: JpRules, timings: Mapping[str, ActualTiming]) -> DayJp:
    counting = [activity for activity in day.activities if rules.counts(activity)]
    planned = sum(activity.planned_minutes for activity in counting)
    ran = any(activity.id in timings for activity in day.activities)
    delivered = (
        sum(_delivered_minutes(timings.get(activity.id)) for activity in counting) if ran else None
    )
    return DayJp(day.id, day.date, planned, delivered)


@dataclass(frozen=True)
class SessionJp:
    rules: JpRules
    days: tuple[DayJp, ...]

    @property
    def planned_minutes(self) -> int:
        return sum(day.planned_minutes for day in self.days)

    @property
    def delivered_minutes(self) -> int | None:
        if all(day.delivered_minutes is None for day in self.days):
            return None
        return sum(day.delivered_minutes or 0 for day in self.days)

    @property
    def credit_minutes(self) -> int:
        return sum(day.credit_minutes for day in self.days)

    def credit(self, present_day_ids: Collection[str] | None) -> ParticipantJp:
        """A participant's JP from the days they were present (None: attendance not taken)."""
        total = self.credit_minutes
        if present_day_ids is None:
            return ParticipantJp(None, total, False)
        credited = sum(day.credit_minutes for day in self.days if day.day_id in present_day_ids)
        completed = total > 0 and credited * 100 >= self.rules.min_attendance_percent * total
        return ParticipantJp(credited, total, completed)


def session_jp(
    session: Session, rules: JpRules, timings: Mapping[str, ActualTiming] | None = None
) -> SessionJp:
    return SessionJp(rules, tuple(day_jp(day, rules, timings or {}) for day in session.days))


@dataclass(frozen=True)
class ParticipantJp:
    credited_minutes: int | None  # None: attendance was not taken
    total_minutes: int
    completed: bool

    @property
    def attendance_percent(self) -> int | None:
        """Share of the session's JP attended, rounded down (never shows 80 for 79.9)."""
        if self.credited_minutes is None or self.total_minutes <= 0:
            return None
        return self.credited_minutes * 100 // self.total_minutes

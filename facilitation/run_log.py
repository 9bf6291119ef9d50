"""What really happened on the day: the run's event log, actual times and the day's slip.

Every start, pause, resume, extension, skip and end is one :class:`RunEvent`. From the log
alone the report can say when each activity really started and ended (planned vs actual), and
the run console can say how far ahead or behind schedule the day is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from facilitation.agenda import DayPlan


class EventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"  # delta_s > 0 added, < 0 taken away
    RESET = "reset"
    SKIP = "skip"
    END = "end"
    ROUND = "round"  # report-back: detail is the group whose turn begins
    PARALLEL = "parallel"  # breakout timers started; detail lists the groups
    RECOVERED = "recovered"  # the app restarted after a crash with this activity running
    SHIFT = "shift"  # the day's plan moved by delta_s (from its planned times on the run's date)


@dataclass(frozen=True)
class RunEvent:
    kind: EventKind
    activity_id: str
    at: datetime  # aware UTC
    elapsed_s: float = 0.0  # the activity timer's elapsed time at the event
    delta_s: float = 0.0
    detail: str = ""
    day_id: str = ""


class ActivityOutcome(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ActualTiming:
    activity_id: str
    outcome: ActivityOutcome
    started: datetime | None
    ended: datetime | None
    timer_seconds: float  # time on the timer (pauses excluded)
    extended_s: float

    @property
    def wall_seconds(self) -> float | None:
        """From first start to last end, pauses included: what the room experienced."""
        if self.started is None or self.ended is None:
            return None
        return max(0.0, (self.ended - self.started).total_seconds())


def actual_timings(events: Iterable[RunEvent]) -> dict[str, ActualTiming]:
    """Per activity: first start, last end or skip, time on the timer and extensions."""
    started: dict[str, datetime] = {}
    ended: dict[str, datetime | None] = {}
    seconds: dict[str, float] = {}
    extended: dict[str, float] = {}
    outcome: dict[str, ActivityOutcome] = {}
    for event in sorted(events, key=lambda e: e.at):
        key = event.activity_id
        if event.kind in (EventKind.START, EventKind.RESUME, EventKind.RECOVERED):
            started.setdefault(key, event.at)
            outcome[key] = ActivityOutcome.RUNNING
            ended[key] = None
        elif event.kind == EventKind.EXTEND:
            extended[key] = extended.get(key, 0.0) + event.delta_s
        elif event.kind in (EventKind.END, EventKind.SKIP):
            ran = key in started
            done = event.kind == EventKind.END and ran
            outcome[key] = ActivityOutcome.DONE if done else ActivityOutcome.SKIPPED
            ended[key] = event.at if ran else None
            seconds[key] = seconds.get(key, 0.0) + event.elapsed_s
        elif event.kind == EventKind.RESET:
            outcome.setdefault(key, ActivityOutcome.NOT_STARTED)
    return {
        key: ActualTiming(
            activity_id=key,
            outcome=outcome.get(key, ActivityOutcome.NOT_STARTED),
            started=started.get(key),
            ended=ended.get(key),
            timer_seconds=seconds.get(key, 0.0),
            extended_s=extended.get(key, 0.0),
        )
        for key in set(outcome) | set(started) | set(extended)
    }


@dataclass(frozen=True)
class DaySlip:
    """Positive minutes: behind schedule; negative: ahead."""

    slip_minutes: int
    projected_end: datetime  # local, naive
    planned_end: datetime  # local, naive
    planned_start: datetime | None = None  # local, naive: where the day's plan begins

    @property
    def days_past_start(self) -> int:
        """0 when the projected end is on the day the plan starts; 1 past midnight, ..."""
        start = self.planned_start or self.planned_end
        return (self.projected_end.date() - start.date()).days

    @property
    def behind(self) -> bool:
        return self.slip_minutes > 0

    @property
    def ahead(self) -> bool:
        return self.slip_minutes < 0


def day_slip(
    plan: DayPlan,
    day: date | datetime,
    now_local: datetime,
    timings: dict[str, ActualTiming],
    current_id: str | None,
    current_left_s: float,
) -> DaySlip:
    """Project the end of the day from now: what is left of the current activity (nothing once
    it is in overtime — it is already costing time) plus the planned minutes of every later
    activity not yet done or skipped. Before anything has started the day begins at its
    planned start, so arriving early is not "ahead". ``day`` is the date the plan is laid on,
    or where it really starts (see :func:`facilitation.day_anchor.day_anchor`)."""
    return slip_parts(plan, day, timings, current_id).at(now_local, current_left_s)


def slip_parts(
    plan: DayPlan, day: date | datetime, timings: dict[str, ActualTiming], current_id: str | None
) -> SlipParts:
    """day_slip's parts that do not move with the clock (see SlipParts)."""
    if isinstance(day, datetime):
        day_start = day
    else:
        midnight = datetime.combine(day, datetime.min.time())
        day_start = midnight + timedelta(minutes=plan.items[0].start_minute if plan.items else 0)
    planned_end = day_start + timedelta(minutes=plan.planned_minutes)
    finished = {ActivityOutcome.DONE, ActivityOutcome.SKIPPED}
    ids = [item.activity.id for item in plan.items]
    anything_started = any(
        timings[key].started is not None or timings[key].outcome in finished
        for key in ids
        if key in timings
    )
    after = ids.index(current_id) + 1 if current_id in ids else 0
    rest = 0.0
    for item in plan.items[after:]:
        timing = timings.get(item.activity.id)
        if timing is None or timing.outcome not in finished:
            rest += item.activity.planned_minutes * 60
    return SlipParts(day_start, planned_end, anything_started, current_id in ids, rest)


@dataclass(frozen=True)
class SlipParts:
    """What day_slip works out apart from the moment and the current activity's time left:
    the same for every second of a running activity, until the log or the plan changes."""

    day_start: datetime  # local, naive
    planned_end: datetime  # local, naive
    anything_started: bool
    current_in_plan: bool
    rest_s: float  # the planned seconds of the later activities not yet done or skipped

    def at(self, now_local: datetime, current_left_s: float) -> DaySlip:
        cursor = now_local if self.anything_started else max(now_local, self.day_start)
        left = (max(0.0, current_left_s) if self.current_in_plan else 0.0) + self.rest_s
        projected_end = cursor + timedelta(seconds=left)
        slip = round((projected_end - self.planned_end).total_seconds() / 60)
        return DaySlip(slip, projected_end, self.planned_end, self.day_start)

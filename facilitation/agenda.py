"""Agenda arithmetic: when each activity starts and ends, and whether the day fits.

Pure functions over plain data, cheap enough to rerun on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from facilitation.activity import Activity
from facilitation.session import SessionDay


@dataclass(frozen=True)
class ScheduledActivity:
    activity: Activity
    start: time
    end: time
    # Minutes from midnight, so items past midnight still compare correctly.
    start_minute: int
    end_minute: int
    overruns: bool


@dataclass(frozen=True)
class DayPlan:
    items: tuple[ScheduledActivity, ...]
    planned_minutes: int
    available_minutes: int

    @property
    def overrun_minutes(self) -> int:
        return max(0, self.planned_minutes - self.available_minutes)

    @property
    def spare_minutes(self) -> int:
        return max(0, self.available_minutes - self.planned_minutes)

    @property
    def overruns(self) -> bool:
        return self.planned_minutes > self.available_minutes


def _clock_time(minute_of_day: int) -> time:
    return (datetime.min + timedelta(minutes=minute_of_day % (24 * 60))).time()


def schedule(start: time, end: time, activities: Sequence[Activity]) -> DayPlan:
    """Lay activities end to end from the day's start time."""
    day_start = start.hour * 60 + start.minute
    day_end = end.hour * 60 + end.minute
    cursor = day_start
    items = []
    for activity in activities:
        finish = cursor + activity.planned_minutes
        items.append(
            ScheduledActivity(
                activity=activity,
                start=_clock_time(cursor),
                end=_clock_time(finish),
                start_minute=cursor,
                end_minute=finish,
                overruns=finish > day_end,
            )
        )
        cursor = finish
    return DayPlan(
        items=tuple(items),
        planned_minutes=cursor - day_start,
        available_minutes=max(0, day_end - day_start),
    )


def plan_day(day: SessionDay) -> DayPlan:
    return schedule(day.start, day.end, day.activities)


def move(items: list, source: int, destination: int) -> list:
    """Return a copy with items[source] moved so it ends up at index destination."""
    if not (0 <= source < len(items)) or not (0 <= destination < len(items)):
        raise IndexError("move out of range")
    result = list(items)
    result.insert(destination, result.pop(source))
    return result

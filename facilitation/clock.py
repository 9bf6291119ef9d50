"""Time enters the domain through a clock object, so tests can move it by hand."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock: monotonic seconds for durations, aware UTC datetimes for records."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


def utc_now_iso(clock: Clock | None = None) -> str:
    """A sortable UTC timestamp for created_at/updated_at columns."""
    moment = (clock or SystemClock()).now()
    return moment.astimezone(UTC).isoformat(timespec="microseconds")

"""A clock tests move by hand: monotonic and wall time advance together unless told otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    def __init__(self, wall: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._wall = wall or datetime(2022, 3, 23, 1, 0, tzinfo=UTC)  # 08:00 in Jakarta
        self._monotonic = monotonic

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """NTP, a time-zone change or a facilitator fixing the clock: only wall time moves."""
        self._wall += timedelta(seconds=seconds)

    def new_process(self, monotonic: float = 5.0) -> FakeClock:
        """The same wall time seen from a freshly booted process (monotonic starts over)."""
        return FakeClock(self._wall, monotonic)

"""The activity timer: a countdown (or count-up) computed from clock anchors, never from ticks.

How time is kept
----------------
A running timer remembers two anchors taken at the same moment — ``clock.monotonic()`` and
``clock.now()`` (wall time) — plus ``banked_s``, the seconds that had elapsed before that
moment. While the process lives, elapsed time is ``banked_s + monotonic() - anchor_monotonic``:
a UI stall cannot put it behind (nothing is counted per tick) and a wall-clock change (NTP,
time zone, a facilitator fixing the laptop's clock) cannot move it.

After a crash or a dead battery the monotonic clock of the new process is not comparable with
the saved one, so :meth:`Timer.restore` uses *wall* time instead: elapsed is
``banked_s + (now - anchor_wall)``, never less than ``banked_s``. Time the laptop was off
therefore counts as elapsed — the room kept working. :meth:`Timer.checkpoint` moves both
anchors forward without changing the reading, so a wall-clock change while running can only
affect a restore by the time since the last checkpoint.

Phases (per activity, see :class:`Thresholds`)
-----------------------------------------------
With ``T`` the current total (planned time plus extensions) and ``r`` the time left:
warning when ``r <= 20 % of T`` or ``r <= 2 min``; danger when ``r <= 5 % of T`` or
``r <= 30 s``; overtime when ``r < 0`` (zero itself still counts as danger, the overtime starts
after it). Each condition triggers on its own ("or"), so the earlier of the two wins. A timer
with no target (``T == 0``, open-ended items that count up) is always normal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from facilitation.clock import Clock


class TimerMode(StrEnum):
    COUNTDOWN = "countdown"
    COUNT_UP = "count_up"  # open-ended items: shows time used; the target only colours it


class Phase(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


class TimerStatus(StrEnum):
    READY = "ready"  # loaded, not started yet
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class Thresholds:
    """When the timer turns to warning and danger; each by share of the total or by seconds."""

    warning_fraction: float = 0.20
    warning_seconds: float = 120.0
    danger_fraction: float = 0.05
    danger_seconds: float = 30.0

    def __post_init__(self) -> None:
        for value in (self.warning_fraction, self.danger_fraction):
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"fraction out of range: {value}")
        if self.warning_seconds < 0 or self.danger_seconds < 0:
            raise ValueError("negative threshold")

    def phase(self, total_s: float, remaining_s: float) -> Phase:
        if total_s <= 0:
            return Phase.NORMAL
        if remaining_s < 0:
            return Phase.OVERTIME
        if remaining_s <= self.danger_fraction * total_s or remaining_s <= self.danger_seconds:
            return Phase.DANGER
        if remaining_s <= self.warning_fraction * total_s or remaining_s <= self.warning_seconds:
            return Phase.WARNING
        return Phase.NORMAL


@dataclass(frozen=True)
class TimerSettings:
    """How one activity's timer behaves; open-ended items (0 minutes) count up by default."""

    mode: TimerMode = TimerMode.COUNTDOWN
    thresholds: Thresholds = Thresholds()

    @classmethod
    def default_for(cls, planned_minutes: int) -> TimerSettings:
        return cls(TimerMode.COUNT_UP if planned_minutes == 0 else TimerMode.COUNTDOWN)


@dataclass(frozen=True)
class TimerSnapshot:
    """Everything needed to rebuild a timer later, in this process or another one."""

    total_s: float
    planned_s: float
    banked_s: float = 0.0
    status: TimerStatus = TimerStatus.READY
    anchor_monotonic: float | None = None
    anchor_wall: datetime | None = None
    mode: TimerMode = TimerMode.COUNTDOWN
    thresholds: Thresholds = Thresholds()


class Timer:
    """One countdown. All readings are recomputed from the anchors at the moment asked."""

    def __init__(
        self,
        clock: Clock,
        planned_s: float,
        mode: TimerMode = TimerMode.COUNTDOWN,
        thresholds: Thresholds | None = None,
    ) -> None:
        if planned_s < 0:
            raise ValueError("planned time cannot be negative")
        self.clock = clock
        self._state = TimerSnapshot(
            total_s=float(planned_s),
            planned_s=float(planned_s),
            mode=mode,
            thresholds=thresholds or Thresholds(),
        )

    # -- readings ---------------------------------------------------------------------------

    @property
    def status(self) -> TimerStatus:
        return self._state.status

    @property
    def running(self) -> bool:
        return self._state.status == TimerStatus.RUNNING

    @property
    def mode(self) -> TimerMode:
        return self._state.mode

    @property
    def total_s(self) -> float:
        return self._state.total_s

    @property
    def planned_s(self) -> float:
        return self._state.planned_s

    @property
    def thresholds(self) -> Thresholds:
        return self._state.thresholds

    def elapsed(self) -> float:
        state = self._state
        if state.status != TimerStatus.RUNNING or state.anchor_monotonic is None:
            return state.banked_s
        return state.banked_s + max(0.0, self.clock.monotonic() - state.anchor_monotonic)

    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        return self._state.total_s - self.elapsed()

    def phase(self) -> Phase:
        return self._state.thresholds.phase(self._state.total_s, self.remaining())

    def seconds_to_next_change(self) -> float | None:
        """How long until the digits change; None when they are frozen (not running)."""
        if not self.running:
            return None
        step = (
            (-self.elapsed()) % 1.0 if self.mode == TimerMode.COUNT_UP else self.remaining() % 1.0
        )
        return step or 1.0

    def shown_seconds(self) -> float:
        """What the big digits show: time left counting down, time used counting up."""
        return self.elapsed() if self.mode == TimerMode.COUNT_UP else self.remaining()

    # -- operations -------------------------------------------------------------------------

    def _anchored(self, **changes: object) -> TimerSnapshot:
        return replace(
            self._state,
            anchor_monotonic=self.clock.monotonic(),
            anchor_wall=self.clock.now(),
            **changes,
        )

    def start(self) -> None:
        """Start a ready timer, or resume a paused one."""
        if self._state.status in (TimerStatus.READY, TimerStatus.PAUSED):
            self._state = self._anchored(status=TimerStatus.RUNNING)

    resume = start

    def pause(self) -> None:
        if self.running:
            self._state = replace(
                self._state,
                banked_s=self.elapsed(),
                status=TimerStatus.PAUSED,
                anchor_monotonic=None,
                anchor_wall=None,
            )

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def adjust(self, seconds: float) -> float:
        """Add (or with a negative value take away) time; returns the change really made.

        Taking time away stops at zero left: it never pushes the room further into overtime.
        """
        state = self._state
        new_total = state.total_s + seconds
        if seconds < 0:
            floor = min(state.total_s, self.elapsed())
            new_total = max(new_total, floor, 0.0)
        self._state = replace(state, total_s=new_total)
        return new_total - state.total_s

    def reset(self) -> None:
        """Back to the planned time, not started."""
        self._state = replace(
            self._state,
            total_s=self._state.planned_s,
            banked_s=0.0,
            status=TimerStatus.READY,
            anchor_monotonic=None,
            anchor_wall=None,
        )

    def finish(self) -> None:
        """End (or skip) the activity: the reading freezes where it is."""
        if self._state.status != TimerStatus.FINISHED:
            self._state = replace(
                self._state,
                banked_s=self.elapsed(),
                status=TimerStatus.FINISHED,
                anchor_monotonic=None,
                anchor_wall=None,
            )

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self._state = replace(self._state, thresholds=thresholds)

    def checkpoint(self) -> None:
        """Move the anchors to now without changing the reading (limits restore error)."""
        if self.running:
            self._state = self._anchored(banked_s=self.elapsed())

    # -- persistence ------------------------------------------------------------------------

    def snapshot(self) -> TimerSnapshot:
        return self._state

    @classmethod
    def restore(cls, clock: Clock, snapshot: TimerSnapshot, same_process: bool) -> Timer:
        """Rebuild a saved timer. In a new process, wall time since the anchor counts."""
        timer = cls(clock, snapshot.planned_s, snapshot.mode, snapshot.thresholds)
        timer._state = snapshot
        if snapshot.status == TimerStatus.RUNNING and not same_process:
            since = 0.0
            if snapshot.anchor_wall is not None:
                since = max(0.0, (clock.now() - snapshot.anchor_wall).total_seconds())
            timer._state = timer._anchored(banked_s=snapshot.banked_s + since)
        elif snapshot.status == TimerStatus.RUNNING and snapshot.anchor_monotonic is None:
            timer._state = timer._anchored()
        return timer


def split_seconds(seconds: float) -> tuple[bool, int, int, int]:
    """(negative, hours, minutes, seconds) of a reading, rounded the way a countdown shows it.

    A countdown shows the whole second it is in, rounded up: 4.2 s left reads 0:05, and 0:00
    appears exactly when the time is up. Overtime counts whole seconds past zero.
    """
    if seconds > 0:
        whole = math.ceil(seconds - 1e-9)
        negative = False
    else:
        whole = math.floor(-seconds + 1e-9)
        negative = whole > 0
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return negative, hours, minutes, secs


def format_reading(seconds: float, count_up: bool = False) -> str:
    """'12:34', '1:02:03', '−0:45' (overtime); count-up readings round down."""
    if count_up:
        whole = max(0, math.floor(seconds + 1e-9))
        negative = False
        hours, rest = divmod(whole, 3600)
        minutes, secs = divmod(rest, 60)
    else:
        negative, hours, minutes, secs = split_seconds(seconds)
    sign = "\u2212" if negative else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"

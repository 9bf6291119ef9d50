"""Timers for group work: report-back rounds (*pleno*) and parallel breakout timers.

In a pleno each group presents in turn for the same number of minutes; the facilitator moves
the timer on group by group. In breakout work groups may get different lengths (a group with a
harder case gets longer), so each has its own timer, all started together.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.clock import Clock
from facilitation.timer import Thresholds, Timer, TimerSnapshot, TimerStatus

MAX_GROUPS = 60


@dataclass(frozen=True)
class RoundsSnapshot:
    groups: tuple[str, ...]
    seconds_each: float
    index: int
    timer: TimerSnapshot
    lengths: tuple[float, ...] = ()  # per-turn seconds; () = seconds_each for every turn


class ReportBackRounds:
    """Groups present one after another; ``timer`` is the current group's turn.

    Turns are the same length (a pleno) unless ``lengths`` gives one per turn, as the rounds
    of a role play do (round 1 may need longer while people find their feet).
    """

    def __init__(
        self,
        clock: Clock,
        groups: list[str],
        seconds_each: float,
        thresholds: Thresholds | None = None,
        lengths: list[float] | tuple[float, ...] = (),
    ) -> None:
        if not groups:
            raise ValueError("a round needs at least one group")
        if len(groups) > MAX_GROUPS:
            raise ValueError("too many groups")
        if seconds_each <= 0 or any(seconds <= 0 for seconds in lengths):
            raise ValueError("each turn needs some time")
        if lengths and len(lengths) != len(groups):
            raise ValueError("one length per turn")
        self.clock = clock
        self.groups = tuple(groups)
        self.seconds_each = float(seconds_each)
        self.lengths = tuple(float(seconds) for seconds in lengths)
        self.index = 0
        self.thresholds = thresholds or Thresholds()
        self.timer = Timer(clock, self.seconds_of(0), thresholds=self.thresholds)

    def seconds_of(self, index: int) -> float:
        """The planned length of turn ``index``."""
        return self.lengths[index] if self.lengths else self.seconds_each

    @property
    def current_group(self) -> str:
        return self.groups[self.index]

    @property
    def next_group(self) -> str | None:
        return self.groups[self.index + 1] if self.index + 1 < len(self.groups) else None

    def move(self, step: int) -> bool:
        """Go to the next (or previous) group's turn; the new turn starts at once when the
        old one was running, so the room never waits for the laptop. False at either end."""
        target = self.index + step
        if not 0 <= target < len(self.groups):
            return False
        was_running = self.timer.running
        self.timer.finish()
        self.index = target
        self.timer = Timer(self.clock, self.seconds_of(target), thresholds=self.thresholds)
        if was_running:
            self.timer.start()
        return True

    def snapshot(self) -> RoundsSnapshot:
        return RoundsSnapshot(
            self.groups, self.seconds_each, self.index, self.timer.snapshot(), self.lengths
        )

    @classmethod
    def restore(
        cls, clock: Clock, snapshot: RoundsSnapshot, same_process: bool
    ) -> ReportBackRounds:
        lengths = snapshot.lengths if len(snapshot.lengths) == len(snapshot.groups) else ()
        rounds = cls(
            clock,
            list(snapshot.groups),
            snapshot.seconds_each,
            snapshot.timer.thresholds,
            lengths,
        )
        rounds.index = max(0, min(snapshot.index, len(snapshot.groups) - 1))
        rounds.timer = Timer.restore(clock, snapshot.timer, same_process)
        return rounds


@dataclass
class GroupTimer:
    group: str
    timer: Timer


class ParallelTimers:
    """One timer per breakout group, each with its own length."""

    def __init__(self, clock: Clock, lengths: list[tuple[str, float]]) -> None:
        if not lengths:
            raise ValueError("parallel timers need at least one group")
        if len(lengths) > MAX_GROUPS:
            raise ValueError("too many groups")
        if any(seconds <= 0 for _group, seconds in lengths):
            raise ValueError("each group needs some time")
        self.clock = clock
        self.groups = [GroupTimer(group, Timer(clock, seconds)) for group, seconds in lengths]

    def start_all(self) -> None:
        for group in self.groups:
            if group.timer.status != TimerStatus.FINISHED:
                group.timer.start()

    def pause_all(self) -> None:
        for group in self.groups:
            group.timer.pause()

    def adjust(self, index: int, seconds: float) -> float:
        return self.groups[index].timer.adjust(seconds)

    def finish(self, index: int) -> None:
        self.groups[index].timer.finish()

    def checkpoint(self) -> None:
        for group in self.groups:
            group.timer.checkpoint()

    def snapshot(self) -> tuple[tuple[str, TimerSnapshot], ...]:
        return tuple((group.group, group.timer.snapshot()) for group in self.groups)

    @classmethod
    def restore(
        cls,
        clock: Clock,
        snapshot: tuple[tuple[str, TimerSnapshot], ...],
        same_process: bool,
    ) -> ParallelTimers:
        timers = cls(clock, [(group, max(1.0, saved.planned_s)) for group, saved in snapshot])
        for group, (_name, saved) in zip(timers.groups, snapshot, strict=True):
            group.timer = Timer.restore(clock, saved, same_process)
        return timers

"""Running a day of the agenda: which activity is on, its timer, rounds and breakout timers.

Each operation changes the run and returns the :class:`RunEvent` records it produced; the caller
stores the new :meth:`SessionRun.snapshot` and those events in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from facilitation.activity import Activity
from facilitation.clock import Clock
from facilitation.rounds import ParallelTimers, ReportBackRounds, RoundsSnapshot
from facilitation.run_log import EventKind, RunEvent
from facilitation.timer import Timer, TimerSettings, TimerSnapshot, TimerStatus


@dataclass(frozen=True)
class RunSnapshot:
    session_id: str
    day_id: str
    activity_id: str | None
    timer: TimerSnapshot | None
    rounds: RoundsSnapshot | None = None
    parallel: tuple[tuple[str, TimerSnapshot], ...] | None = None
    process_token: str = ""
    day_over: bool = False


class SessionRun:
    def __init__(
        self,
        clock: Clock,
        session_id: str,
        day_id: str,
        activities: Sequence[Activity],
        settings: Mapping[str, TimerSettings] | None = None,
    ) -> None:
        self.clock = clock
        self.session_id = session_id
        self.day_id = day_id
        self.activities: list[Activity] = list(activities)
        self.settings: dict[str, TimerSettings] = dict(settings or {})
        self.index: int | None = None
        self.timer: Timer | None = None
        self.rounds: ReportBackRounds | None = None
        self.parallel: ParallelTimers | None = None
        self.day_over = False  # the last activity has ended

    # -- readings ---------------------------------------------------------------------------

    @property
    def current(self) -> Activity | None:
        return None if self.index is None else self.activities[self.index]

    @property
    def upcoming(self) -> list[Activity]:
        if self.day_over:
            return []
        start = 0 if self.index is None else self.index + 1
        return self.activities[start:]

    @property
    def running(self) -> bool:
        return self.timer is not None and self.timer.running

    @property
    def started(self) -> bool:
        return self.timer is not None and self.timer.status != TimerStatus.READY

    def settings_for(self, activity: Activity) -> TimerSettings:
        return self.settings.get(activity.id) or TimerSettings.default_for(activity.planned_minutes)

    def _event(self, kind: EventKind, delta_s: float = 0.0, detail: str = "") -> RunEvent:
        assert self.current is not None
        return RunEvent(
            kind=kind,
            activity_id=self.current.id,
            at=self.clock.now(),
            elapsed_s=self.timer.elapsed() if self.timer else 0.0,
            delta_s=delta_s,
            detail=detail,
            day_id=self.day_id,
        )

    # -- moving through the day -------------------------------------------------------------

    def load(self, index: int) -> list[RunEvent]:
        """Put an activity on, ready to start; the one that was on is ended, or skipped when
        moving forward past it without starting it (going back from it logs nothing)."""
        if not 0 <= index < len(self.activities):
            raise IndexError(index)
        backwards = self.index is not None and index < self.index
        if backwards and self.timer is not None and self.timer.status == TimerStatus.READY:
            events: list[RunEvent] = []
        else:
            events = self._close_current(EventKind.END)
        self.day_over = False
        self.index = index
        activity = self.activities[index]
        settings = self.settings_for(activity)
        self.timer = Timer(
            self.clock, activity.planned_minutes * 60, settings.mode, settings.thresholds
        )
        return events

    def _close_current(self, kind: EventKind) -> list[RunEvent]:
        if self.current is None or self.timer is None:
            return []
        if self.timer.status == TimerStatus.READY and kind == EventKind.END:
            kind = EventKind.SKIP  # moving past an activity that never ran skips it
        events = []
        if self.timer.status != TimerStatus.FINISHED or kind == EventKind.SKIP:
            self.timer.finish()
            self._stop_group_timers()
            events.append(self._event(kind))
        self.rounds = None
        self.parallel = None
        return events

    def next(self) -> list[RunEvent]:
        """End the activity that is on and get the next one ready; past the last, the day ends."""
        if self.index is None:
            return self.load(0) if self.activities and not self.day_over else []
        if self.index + 1 < len(self.activities):
            return self.load(self.index + 1)
        events = self._close_current(EventKind.END)
        self._end_day()
        return events

    def _end_day(self) -> None:
        self.index = None
        self.timer = None
        self.day_over = True

    def previous(self) -> list[RunEvent]:
        if self.index is None:
            return self.load(len(self.activities) - 1) if self.activities else []
        return self.load(self.index - 1) if self.index > 0 else []

    def skip(self) -> list[RunEvent]:
        """Leave the activity out (or cut it short) and get the next one ready."""
        if self.current is None:
            return []
        events = self._close_current(EventKind.SKIP)
        self.timer.finish()  # type: ignore[union-attr]
        following = self.index + 1  # type: ignore[operator]
        if following < len(self.activities):
            return events + self.load(following)
        self._end_day()
        return events

    # -- the timer --------------------------------------------------------------------------

    def toggle(self) -> list[RunEvent]:
        """Space: start, pause or resume the activity that is on (the next one if none)."""
        events: list[RunEvent] = []
        if self.current is None:
            if not self.upcoming:
                return []
            events += self.next()
        assert self.timer is not None
        if self.timer.status == TimerStatus.FINISHED:
            return events
        if self.timer.running:
            self.timer.pause()
            if self.rounds:
                self.rounds.timer.pause()
            if self.parallel:
                self.parallel.pause_all()
            return [*events, self._event(EventKind.PAUSE)]
        kind = EventKind.START if self.timer.status == TimerStatus.READY else EventKind.RESUME
        self.timer.start()
        if self.rounds:
            self.rounds.timer.start()
        if self.parallel:
            self.parallel.start_all()
        return [*events, self._event(kind)]

    def adjust(self, seconds: float) -> list[RunEvent]:
        """+/− time on what the big timer shows (the group's turn during rounds)."""
        if self.timer is None or self.timer.status == TimerStatus.FINISHED:
            return []
        target = self.rounds.timer if self.rounds else self.timer
        changed = target.adjust(seconds)
        if not changed:
            return []
        detail = self.rounds.current_group if self.rounds else ""
        return [self._event(EventKind.EXTEND, delta_s=changed, detail=detail)]

    def reset(self) -> list[RunEvent]:
        if self.timer is None:
            return []
        self.timer.reset()
        self.rounds = None
        self.parallel = None
        return [self._event(EventKind.RESET)]

    def checkpoint(self) -> None:
        for timer in self._all_timers():
            timer.checkpoint()
        if self.parallel:
            self.parallel.checkpoint()

    def _all_timers(self) -> list[Timer]:
        timers = [self.timer] if self.timer else []
        if self.rounds:
            timers.append(self.rounds.timer)
        return timers

    def _stop_group_timers(self) -> None:
        if self.rounds:
            self.rounds.timer.finish()
        if self.parallel:
            for group in self.parallel.groups:
                group.timer.finish()

    # -- rounds and breakout timers -----------------------------------------------------------

    def start_rounds(
        self, groups: list[str], seconds_each: float, lengths: Sequence[float] = ()
    ) -> list[RunEvent]:
        """Report-back: the big timer follows each group's turn; the activity timer runs on.
        ``lengths`` gives each turn its own length (a role play's rounds)."""
        if self.current is None:
            return []
        settings = self.settings_for(self.current)
        self.parallel = None
        self.rounds = ReportBackRounds(
            self.clock, groups, seconds_each, settings.thresholds, tuple(lengths)
        )
        events = [] if self.running else self.toggle()
        self.rounds.timer.start()
        return [*events, self._event(EventKind.ROUND, detail=self.rounds.current_group)]

    def move_round(self, step: int) -> list[RunEvent]:
        if self.rounds is None or not self.rounds.move(step):
            return []
        if self.running and not self.rounds.timer.running:
            self.rounds.timer.start()
        return [self._event(EventKind.ROUND, detail=self.rounds.current_group)]

    def stop_rounds(self) -> list[RunEvent]:
        if self.rounds is None:
            return []
        self.rounds.timer.finish()
        self.rounds = None
        return []

    def start_parallel(self, lengths: list[tuple[str, float]]) -> list[RunEvent]:
        if self.current is None:
            return []
        self.rounds = None
        self.parallel = ParallelTimers(self.clock, lengths)
        events = [] if self.running else self.toggle()
        self.parallel.start_all()
        detail = ", ".join(group for group, _seconds in lengths)
        return [*events, self._event(EventKind.PARALLEL, detail=detail)]

    def stop_parallel(self) -> list[RunEvent]:
        self.parallel = None
        return []

    # -- persistence ------------------------------------------------------------------------

    def snapshot(self, process_token: str = "") -> RunSnapshot:
        current = self.current
        return RunSnapshot(
            session_id=self.session_id,
            day_id=self.day_id,
            activity_id=current.id if current else None,
            timer=self.timer.snapshot() if self.timer else None,
            rounds=self.rounds.snapshot() if self.rounds else None,
            parallel=self.parallel.snapshot() if self.parallel else None,
            process_token=process_token,
            day_over=self.day_over,
        )

    @classmethod
    def restore(
        cls,
        clock: Clock,
        snapshot: RunSnapshot,
        activities: Sequence[Activity],
        settings: Mapping[str, TimerSettings] | None,
        process_token: str,
    ) -> SessionRun:
        """Rebuild a saved run. A saved activity that no longer exists leaves nothing on."""
        run = cls(clock, snapshot.session_id, snapshot.day_id, activities, settings)
        run.day_over = snapshot.day_over
        ids = [activity.id for activity in run.activities]
        if snapshot.activity_id not in ids or snapshot.timer is None:
            return run
        same = bool(process_token) and snapshot.process_token == process_token
        run.index = ids.index(snapshot.activity_id)
        run.timer = Timer.restore(clock, snapshot.timer, same)
        if snapshot.rounds:
            run.rounds = ReportBackRounds.restore(clock, snapshot.rounds, same)
        if snapshot.parallel:
            run.parallel = ParallelTimers.restore(clock, snapshot.parallel, same)
        return run

    def replace_activities(self, activities: Sequence[Activity]) -> None:
        """The agenda was edited while running: keep the activity that is on by its id."""
        current = self.current
        self.activities = list(activities)
        ids = [activity.id for activity in self.activities]
        if current is not None and current.id in ids:
            self.index = ids.index(current.id)
        elif current is not None:
            self.index = None
            self.timer = None
            self.rounds = None
            self.parallel = None

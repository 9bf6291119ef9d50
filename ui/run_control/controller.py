"""The Qt side of running a session: owns the domain run, saves every change, emits signals.

Widgets never count time. A single-shot QTimer wakes up just after the next whole second of
whatever timer is showing (the delay is recomputed at every wake-up), and every reading is then
recomputed from the domain timer's clock anchors, so a stalled event loop cannot put the
display behind: the first paint after the stall shows the right time.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitation.agenda import DayPlan
from facilitation.clock import Clock, SystemClock
from facilitation.day_anchor import day_anchor, shift_offer, shifted
from facilitation.day_watch import DayWatch
from facilitation.run_log import ActualTiming, DaySlip, EventKind, RunEvent, actual_timings
from facilitation.run_ticks import ChimeWatch, tick_delay_ms
from facilitation.session import Session, SessionDay
from facilitation.session_run import SessionRun
from facilitation.timer import Timer, TimerSettings
from storage.run_state import RunRepository
from ui.common.refcount_guard import keep_singletons_alive

log = logging.getLogger(__name__)

# Identifies this process in the saved state: a timer saved by the same process can trust the
# monotonic clock; one saved by a process that died must fall back to wall time.
PROCESS_TOKEN = str(uuid.uuid4())
QUIT_TOKEN = "quit"  # saved by a normal quit: the next start is not a crash
CHECKPOINT_SECONDS = 30.0  # re-anchor a running timer on disk this often


class RunController(QObject):
    changed = Signal()  # the run's state changed (activity, status, rounds, ...)
    tick = Signal()  # a whole second passed on a running timer: repaint the digits
    chime = Signal(str)  # "warning" or "zero"
    recovered = Signal(str)  # title of the activity that was running when the app died
    shift_offered = Signal(object)  # a ShiftOffer: the day's first start is off its plan

    def __init__(self, db, clock: Clock | None = None, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.repository = RunRepository(db, self.clock)
        self.session: Session | None = None
        self.day: SessionDay | None = None
        self.run: SessionRun | None = None
        self.was_recovered = False
        self._events: list[RunEvent] = []
        self._timings: dict[str, ActualTiming] | None = None
        self._day_watch = DayWatch()  # the plan and the slip, not redone at every tick
        self._chimes = ChimeWatch(self.chime.emit)
        self._last_saved = 0.0
        # Rounds started by another page (a role play): those rounds, the round last reported
        # and whom to tell when the round changes.
        self._round_watch: tuple[object, int, Callable[[int], None]] | None = None
        # Counts the changes (bumped before anyone else hears of one): what is worked out from
        # the run and its plan holds for as long as this stays put (ui/run/texts.py).
        self.generation = 0
        self.changed.connect(self._count_change)
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self._on_tick)
        keep_singletons_alive()

    # -- opening ----------------------------------------------------------------------------

    def open_session(self, session: Session) -> None:
        """Load the session's run; a timer left running by a crashed app goes on running."""
        self.session = session
        self.was_recovered = False
        saved = self.repository.load(session.id)
        day = self._day_by_id(saved.day_id) if saved else None
        day = day or self._today_or_first_day()
        self.day = day
        if day is None:
            self.run = None
            self._stop_ticking()
            self.changed.emit()
            return
        settings = self.repository.timer_settings(session.id)
        if saved is not None and saved.day_id == day.id:
            self.run = SessionRun.restore(
                self.clock, saved, day.activities, settings, PROCESS_TOKEN
            )
            crashed = saved.process_token not in (PROCESS_TOKEN, QUIT_TOKEN)
            if saved.process_token != PROCESS_TOKEN and self.run.running and self.run.current:
                self.was_recovered = crashed
                self.run.checkpoint()  # this process owns the running timer from now on
                self._save([self._recovered_event()] if crashed else [])
                if crashed:
                    log.warning("run recovered after a crash: %s", self.run.current.title)
        else:
            self.run = SessionRun(self.clock, session.id, day.id, day.activities, settings)
        self._events = self.repository.events(session.id, day.id)
        self._timings = None
        self._remember_phase()
        self._schedule()
        self.changed.emit()
        if self.was_recovered:
            self.recovered.emit(self.run.current.title)

    def _recovered_event(self) -> RunEvent:
        assert self.run is not None and self.run.current is not None
        return RunEvent(
            kind=EventKind.RECOVERED,
            activity_id=self.run.current.id,
            at=self.clock.now(),
            elapsed_s=self.run.timer.elapsed() if self.run.timer else 0.0,
            day_id=self.run.day_id,
        )

    def _day_by_id(self, day_id: str) -> SessionDay | None:
        assert self.session is not None
        return next((day for day in self.session.days if day.id == day_id), None)

    def _today_or_first_day(self) -> SessionDay | None:
        assert self.session is not None
        today = self.clock.now().astimezone().date()
        return next(
            (day for day in self.session.days if day.date == today),
            self.session.days[0] if self.session.days else None,
        )

    def quit(self, pause: bool) -> None:
        """A normal quit: pause the timer (or leave it running by the wall clock) and save the
        run as quit on purpose, so the next start shows no crash notice."""
        if self.run is None:
            return
        events = self.run.toggle() if pause and self.run.running else []
        self.run.checkpoint()
        self.repository.save(self.run.snapshot(QUIT_TOKEN), events)
        self._stop_ticking()

    def close_session(self) -> None:
        self._stop_ticking()
        self.session = self.day = self.run = None
        self._events = []
        self._timings = None
        self.changed.emit()

    def refresh_agenda(self, session: Session) -> None:
        """The agenda changed elsewhere (Plan page): keep running what is on."""
        self.session = session
        if self.day is None or self.run is None:
            self.open_session(session)
            return
        day = self._day_by_id(self.day.id)
        if day is None:
            self.open_session(session)
            return
        self.day = day
        self._day_watch.forget_plan()  # the agenda may have changed in place
        had_current = self.run.current is not None
        self.run.replace_activities(day.activities)
        if had_current and self.run.current is None:
            self._save([])
        self.run.settings = self.repository.timer_settings(session.id)
        self._schedule()
        self.changed.emit()

    def choose_day(self, day_id: str) -> None:
        """Run another day of the programme; the activity that was on is ended first."""
        if self.session is None or self.run is None or day_id == self.run.day_id:
            return
        day = self._day_by_id(day_id)
        if day is None:
            return
        events = self.run._close_current(EventKind.END)
        self._save(events)
        self.day = day
        self.run = SessionRun(
            self.clock, self.session.id, day.id, day.activities, self.run.settings
        )
        self._save([])
        self._events = self.repository.events(self.session.id, day.id)
        self._timings = None
        self._after_change()

    # -- actions (each: change the domain, save state + events in one transaction) ------------

    def _do(self, action, *args) -> list[RunEvent]:  # noqa: ANN001
        if self.run is None:
            return []
        events = action(*args)
        self._save(events)
        self._after_change()
        return events

    def toggle(self) -> None:
        assert self.run is not None
        events = self._do(self.run.toggle)
        plan = self.plan()
        if plan and any(e.kind == EventKind.START for e in events):
            offer = shift_offer(plan, self._events, self.clock.now())
            if offer is not None:
                self.shift_offered.emit(offer)

    def next(self) -> None:
        self._do(self.run.next)

    def previous(self) -> None:
        self._do(self.run.previous)

    def skip(self) -> None:
        self._do(self.run.skip)

    def reset(self) -> None:
        self._do(self.run.reset)

    def adjust(self, seconds: float) -> None:
        self._do(self.run.adjust, seconds)

    def jump_to(self, index: int) -> None:
        self._do(self.run.load, index)

    def start_rounds(self, groups: list[str], seconds_each: float) -> None:
        self._do(self.run.start_rounds, groups, seconds_each)

    def start_activity_rounds(
        self,
        activity_id: str,
        rounds: list[tuple[str, float]],
        on_round: Callable[[int], None] | None = None,
    ) -> bool:
        """Run an activity's own rounds (a role play's) on the big timer, each with its length.

        The activity is put on first when it is not the one on (on its day, if another day is
        running). on_round(index) is called now and whenever the round changes, as long as
        these rounds go on. False when the activity is not in the session's agenda.
        """
        if self.session is None or not rounds:
            return False
        current = self.run.current if self.run else None
        if current is None or current.id != activity_id:
            day = next(
                (d for d in self.session.days if any(a.id == activity_id for a in d.activities)),
                None,
            )
            if day is None or self.run is None:
                return False
            self.choose_day(day.id)
            index = next(i for i, a in enumerate(self.run.activities) if a.id == activity_id)
            self.jump_to(index)
        self._round_watch = None
        labels = [label for label, _seconds in rounds]
        lengths = [seconds for _label, seconds in rounds]
        self._do(self.run.start_rounds, labels, lengths[0], lengths)
        if self.run.rounds is None:
            return False
        if on_round is not None:
            self._round_watch = (self.run.rounds, -1, on_round)
            self._tell_round()
        return True

    def _tell_round(self) -> None:
        if self._round_watch is None:
            return
        rounds, told, on_round = self._round_watch
        if self.run is None or self.run.rounds is not rounds:
            self._round_watch = None  # those rounds ended: nobody to tell any more
            return
        if self.run.rounds.index != told:
            self._round_watch = (rounds, self.run.rounds.index, on_round)
            on_round(self.run.rounds.index)

    def move_round(self, step: int) -> None:
        self._do(self.run.move_round, step)

    def stop_rounds(self) -> None:
        self._do(self.run.stop_rounds)

    def start_parallel(self, lengths: list[tuple[str, float]]) -> None:
        self._do(self.run.start_parallel, lengths)

    def stop_parallel(self) -> None:
        self._do(self.run.stop_parallel)

    def adjust_group(self, index: int, seconds: float) -> None:
        def change() -> list[RunEvent]:
            group = self.run.parallel.groups[index]
            delta = self.run.parallel.adjust(index, seconds)
            return [self.run._event(EventKind.EXTEND, delta_s=delta, detail=group.group)]

        if self.run and self.run.parallel and 0 <= index < len(self.run.parallel.groups):
            self._do(change)

    def finish_group(self, index: int) -> None:
        if self.run and self.run.parallel and 0 <= index < len(self.run.parallel.groups):
            self._do(lambda: self.run.parallel.finish(index) or [])

    def set_timer_settings(self, activity_id: str, settings: TimerSettings) -> None:
        """New thresholds apply at once to the activity that is on; the mode at its next start."""
        if self.session is None or self.run is None:
            return
        self.run.settings[activity_id] = settings
        current = self.run.current
        if current is not None and current.id == activity_id and self.run.timer is not None:
            self.run.timer.set_thresholds(settings.thresholds)
        self.repository.set_timer_settings(
            self.session.id, activity_id, settings, self.run.snapshot(PROCESS_TOKEN)
        )
        self._after_change()

    def _save(self, events: list[RunEvent]) -> None:
        assert self.run is not None
        self.repository.save(self.run.snapshot(PROCESS_TOKEN), events)
        self._events.extend(events)
        self._timings = None
        self._last_saved = self.clock.monotonic()

    def _after_change(self) -> None:
        self._remember_phase()
        self._schedule()
        self.changed.emit()
        self._tell_round()

    # -- readings ---------------------------------------------------------------------------

    def display_timer(self) -> Timer | None:
        """The timer the big digits show: the group's turn during rounds, else the activity."""
        if self.run is None:
            return None
        if self.run.rounds is not None:
            return self.run.rounds.timer
        return self.run.timer

    def plan(self) -> DayPlan | None:
        return self._day_watch.plan(self.day) if self.day is not None else None

    def shown_plan(self) -> DayPlan | None:
        """The plan as today's run shows it: moved by the shift the facilitator took."""
        plan = self.plan()
        if plan is None or not plan.items:
            return plan
        return shifted(plan, day_anchor(plan, self._events, self.clock.now()).shift_minutes)

    def timings(self) -> dict[str, ActualTiming]:
        if self._timings is None:
            self._timings = actual_timings(self._events)
        return self._timings

    def slip(self) -> DaySlip | None:
        """Behind or ahead, against the plan where the day really started (see day_anchor)."""
        plan = self.plan()
        if plan is None or not plan.items or self.run is None:
            return None
        timer, current = self.run.timer, self.run.current
        left = timer.remaining() if timer is not None and timer.total_s > 0 else 0.0
        now, current_id = self.clock.now(), current.id if current else None
        running = timer is not None and timer.running
        return self._day_watch.slip(plan, self._events, now, current_id, left, running)

    def shift_plan(self, minutes: int) -> None:
        """Move today's plan by minutes from its planned times (0: back to the plan): stored in
        the run's log with the run's state, one transaction."""
        if self.run is not None and self.run.current is not None:
            self._save([self.run._event(EventKind.SHIFT, delta_s=minutes * 60.0)])
            self._after_change()

    # -- ticking ------------------------------------------------------------------------------

    def next_tick_delay_ms(self) -> int | None:
        """Milliseconds until the soonest whole-second change of any running timer."""
        return tick_delay_ms(self.run, self.display_timer())

    def _schedule(self) -> None:
        delay = self.next_tick_delay_ms()
        if delay is None:
            self._ticker.stop()
        else:
            self._ticker.start(delay)

    def _stop_ticking(self) -> None:
        self._ticker.stop()

    def _on_tick(self) -> None:
        keep_singletons_alive()  # a PySide6 6.12 leak would otherwise abort a long day
        if self.run is None:
            return
        self._chimes.check(self.display_timer(), self.run.parallel)
        if self.run.running and self.clock.monotonic() - self._last_saved >= CHECKPOINT_SECONDS:
            self.run.checkpoint()
            self._save([])
        self._schedule()
        self.tick.emit()

    def _count_change(self) -> None:
        self.generation += 1

    def _remember_phase(self) -> None:
        self._chimes.remember(self.display_timer(), self.run.parallel if self.run else None)

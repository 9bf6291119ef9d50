"""The run's clockwork, without Qt: when the next whole second falls on any running timer, and
when a chime is due. ui.run_control.controller wakes up and emits on what these work out."""

from __future__ import annotations

from collections.abc import Callable

from facilitation.rounds import ParallelTimers
from facilitation.session_run import SessionRun
from facilitation.timer import Phase, Timer

TICK_MARGIN_MS = 4  # wake just after the second boundary, never just before it


def tick_delay_ms(run: SessionRun | None, shown: Timer | None) -> int | None:
    """Milliseconds until the soonest whole-second change of any running timer: the
    activity's, the one the big digits show (shown) and every breakout group's."""
    if run is None:
        return None
    timers = [t for t in (run.timer, shown) if t and t.running]
    if len(timers) == 2 and timers[0] is timers[1]:
        del timers[1]  # the big digits show the activity's own timer
    if run.parallel:
        timers += [g.timer for g in run.parallel.groups if g.timer.running]
    delays = [t.seconds_to_next_change() for t in timers]
    delays = [d for d in delays if d is not None]
    if not delays:
        return None
    return max(1, int(min(delays) * 1000) + TICK_MARGIN_MS)


class ChimeWatch:
    """Remembers how the timers stood at the last look, so each chime sounds once."""

    def __init__(self, chime: Callable[[str], None]) -> None:
        self._chime = chime  # called with "warning" or "zero"
        self._last_phase: tuple[int, Phase, bool] | None = None
        # Breakout groups: the ParallelTimers seen last and which of its groups were at zero.
        self._groups_at_zero: tuple[object, list[bool]] = (None, [])

    def remember(self, shown: Timer | None, parallel: ParallelTimers | None) -> None:
        """Take the timers as they stand now as the state later checks compare with."""
        self._remember_groups(parallel)
        if shown is None:
            self._last_phase = None
            return
        self._last_phase = (id(shown), shown.phase(), shown.remaining() <= 0)

    def check(self, shown: Timer | None, parallel: ParallelTimers | None) -> None:
        """Chime when the shown timer enters warning and when it reaches zero, once each."""
        if shown is None or self._last_phase is None:
            self.remember(shown, parallel)
            return
        identity, phase, was_zero = self._last_phase
        now_phase = shown.phase()
        at_zero = shown.total_s > 0 and shown.remaining() <= 0
        if identity == id(shown) and shown.running:
            if at_zero and not was_zero:
                self._chime("zero")
            elif now_phase == Phase.WARNING and phase == Phase.NORMAL:
                self._chime("warning")
        self._last_phase = (id(shown), now_phase, at_zero)
        self._check_groups(parallel)

    def _remember_groups(self, parallel: ParallelTimers | None) -> None:
        flags = [_at_zero(group.timer) for group in parallel.groups] if parallel else []
        self._groups_at_zero = (parallel, flags)

    def _check_groups(self, parallel: ParallelTimers | None) -> None:
        """Each breakout group's timer chimes once when it reaches zero (again only after
        it was given more time)."""
        known, flags = self._groups_at_zero
        if parallel is None or parallel is not known or len(flags) != len(parallel.groups):
            self._remember_groups(parallel)
            return
        for index, group in enumerate(parallel.groups):
            now_zero = _at_zero(group.timer)
            if now_zero and not flags[index] and group.timer.running:
                self._chime("zero")
            flags[index] = now_zero


def _at_zero(timer: Timer) -> bool:
    return timer.total_s > 0 and timer.remaining() <= 0

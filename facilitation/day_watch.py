"""The day's plan and slip for a run whose timer ticks every second, without redoing every
second what changes only with the agenda, the log or the plan.

slip_now (day_anchor.py) sorts the run's log, lays the plan on its date and sums the later
activities: the same answer all through an activity. The watch keeps that basis while it holds
(SlipBasis.holds) and, while the activity's timer runs with time left, the slip itself: then
now + time left is the timer's deadline, so the projected end does not move until the time is
up, the timer is changed or the wall clock jumps.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitation.agenda import DayPlan, schedule
from facilitation.day_anchor import Localize, SlipBasis, slip_at, slip_basis, system_local
from facilitation.run_log import DaySlip, RunEvent
from facilitation.session import SessionDay

STEADY_TOLERANCE = timedelta(milliseconds=1)  # how far the deadline may seem to move


class DayWatch:
    """Answers as schedule and slip_now would, at a fraction of their work while a timer runs."""

    def __init__(self, local: Localize = system_local) -> None:
        self.local = local
        self._plan: tuple[SessionDay, DayPlan] | None = None
        self._basis: tuple[list[RunEvent], int, DayPlan, SlipBasis] | None = None
        # The last slip of a running timer with time left: its basis, activity, deadline.
        self._steady: tuple[SlipBasis, str | None, datetime, DaySlip] | None = None

    def plan(self, day: SessionDay) -> DayPlan:
        """The day's plan, scheduled again for another day (forget_plan: its agenda changed)."""
        if self._plan is None or self._plan[0] is not day:
            self._plan = (day, schedule(day.start, day.end, day.activities))
        return self._plan[1]

    def forget_plan(self) -> None:
        self._plan = None

    def slip(
        self,
        plan: DayPlan,
        events: list[RunEvent],
        now: datetime,
        current_id: str | None,
        current_left_s: float,
        running: bool,
    ) -> DaySlip:
        """slip_now(plan, events, now, current_id, current_left_s); events is the run's log,
        only ever added to (a new list when the run is loaded anew)."""
        basis = self.basis(plan, events, now)
        if not running or current_left_s <= 0:
            self._steady = None
            return slip_at(basis, plan, now, current_id, current_left_s, self.local)
        deadline = now + timedelta(seconds=current_left_s)
        steady = self._steady
        if (
            steady is not None
            and steady[0] is basis
            and steady[1] == current_id
            and abs(steady[2] - deadline) <= STEADY_TOLERANCE
        ):
            return steady[3]
        parts = basis.parts_for(plan, current_id)
        local_now = self.local(now)
        slip = parts.at(local_now, current_left_s)
        # Steady only when the projected end is counted from now, not from the day's planned
        # start still ahead: then it is the deadline plus the activities after it, fixed.
        if parts.current_in_plan and (parts.anything_started or local_now >= parts.day_start):
            self._steady = (basis, current_id, deadline, slip)
        else:
            self._steady = None
        return slip

    def basis(self, plan: DayPlan, events: list[RunEvent], now: datetime) -> SlipBasis:
        """The slip's basis, worked out again when the log or the plan changed or it lapsed."""
        known = self._basis
        if (
            known is not None
            and known[0] is events
            and known[1] == len(events)
            and known[2] is plan
            and known[3].holds(now, self.local)
        ):
            return known[3]
        basis = slip_basis(plan, events, now, self.local)
        self._basis = (events, len(events), plan, basis)
        return basis

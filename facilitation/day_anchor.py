"""Where the day's plan really starts: the date it is run on, and a shift the facilitator took.

A day planned for 08:00-15:50 may be rehearsed the evening before, moved to another date, or
start two hours late. Measured against 08:00 on the wrong date the console would say "958
minutes late". So the plan is laid on the date the run began (the first start of the current
stretch of work: a pause of more than RUN_GAP begins a new stretch, so yesterday's rehearsal is
not today's run), and when that first start is more than SHIFT_TOLERANCE_MINUTES off its planned
time, the facilitator is offered to shift the plan; the shift is a SHIFT event in the run's log
and holds for the rest of the stretch (across midnight too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from facilitation.agenda import DayPlan, ScheduledActivity
from facilitation.run_log import (
    ActualTiming,
    DaySlip,
    EventKind,
    RunEvent,
    SlipParts,
    actual_timings,
    day_slip,
    slip_parts,
)

RUN_GAP = timedelta(hours=6)
SHIFT_TOLERANCE_MINUTES = 5

Localize = Callable[[datetime], datetime]  # aware UTC -> local, naive


def system_local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class DayAnchor:
    start: datetime  # local, naive: when the plan's first activity starts
    shift_minutes: int  # from the planned times on the run's date
    started: datetime | None  # local: the stretch's first start (None: nothing started yet)


@dataclass(frozen=True)
class ShiftOffer:
    activity_id: str
    planned: datetime  # local: when the activity was planned to start
    started: datetime  # local: when it really started
    new_start: datetime  # local: the day's start after the shift
    shift_minutes: int  # added to the shift already taken


def planned_start(plan: DayPlan, on: date) -> datetime:
    minute = plan.items[0].start_minute if plan.items else 0
    return datetime.combine(on, datetime.min.time()) + timedelta(minutes=minute)


def current_stretch(events: Iterable[RunEvent], now: datetime) -> list[RunEvent]:
    """The events since the last pause longer than RUN_GAP (none when that pause is now)."""
    stretch: list[RunEvent] = []
    last: datetime | None = None
    for event in sorted(events, key=lambda e: e.at):
        if last is not None and event.at - last > RUN_GAP:
            stretch = []
        stretch.append(event)
        last = event.at
    return [] if last is None or now - last > RUN_GAP else stretch


def day_anchor(
    plan: DayPlan,
    events: Sequence[RunEvent],
    now: datetime,
    local: Localize = system_local,
) -> DayAnchor:
    """Where the plan stands now: laid on the date of the stretch's first start (today before
    anything started) and moved by the stretch's latest shift."""
    return _anchor(plan, current_stretch(events, now), now, local)


def _anchor(plan: DayPlan, stretch: list[RunEvent], now: datetime, local: Localize) -> DayAnchor:
    first = next((e for e in stretch if e.kind == EventKind.START), None)
    shifts = [e for e in stretch if e.kind == EventKind.SHIFT]
    shift = round(shifts[-1].delta_s / 60) if shifts else 0
    started = local(first.at) if first else None
    base = planned_start(plan, started.date() if started else local(now).date())
    return DayAnchor(base + timedelta(minutes=shift), shift, started)


def shift_offer(
    plan: DayPlan,
    events: Sequence[RunEvent],
    now: datetime,
    local: Localize = system_local,
) -> ShiftOffer | None:
    """Offered right after the stretch's first start, when that activity started more than
    SHIFT_TOLERANCE_MINUTES off its planned time: the shift that puts it on time."""
    stretch = current_stretch(events, now)
    starts = [e for e in stretch if e.kind == EventKind.START]
    if len(starts) != 1 or any(e.kind == EventKind.SHIFT for e in stretch):
        return None
    item = next((i for i in plan.items if i.activity.id == starts[0].activity_id), None)
    if item is None:
        return None
    anchor = day_anchor(plan, events, now, local)
    offset = timedelta(minutes=item.start_minute - plan.items[0].start_minute)
    planned = anchor.start + offset
    started = local(starts[0].at).replace(second=0, microsecond=0)
    minutes = round((started - planned).total_seconds() / 60)
    if abs(minutes) <= SHIFT_TOLERANCE_MINUTES:
        return None
    return ShiftOffer(
        activity_id=item.activity.id,
        planned=planned,
        started=started,
        new_start=anchor.start + timedelta(minutes=minutes),
        shift_minutes=minutes,
    )


def slip_now(
    plan: DayPlan,
    events: Sequence[RunEvent],
    now: datetime,
    current_id: str | None,
    current_left_s: float,
    local: Localize = system_local,
) -> DaySlip:
    """How far behind or ahead the day is, against the plan where it really starts; only the
    current stretch's events count (a rehearsal's are not today's)."""
    basis = slip_basis(plan, events, now, local)
    return day_slip(plan, basis.start, local(now), basis.timings, current_id, current_left_s)


@dataclass(frozen=True)
class SlipBasis:
    """What slip_now works out from the run's log apart from the moment: where the plan starts
    and the stretch's actual timings. It holds for as long as the stretch and the date stay
    those it was worked out for, so a ticking timer need not sort the log every second."""

    start: datetime  # local, naive: where the plan starts (day_anchor)
    timings: dict[str, ActualTiming]
    since: datetime  # aware: the moment it was worked out for
    until: datetime | None  # aware: after it, a pause longer than RUN_GAP ends the stretch
    on_date: date | None  # nothing started: the plan is laid on this date (today's)
    # day_slip's still parts by (plan, current activity): the same every second of an activity
    parts: dict[tuple[int, str | None], tuple[DayPlan, SlipParts]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def parts_for(self, plan: DayPlan, current_id: str | None) -> SlipParts:
        """day_slip's parts that do not move with the clock, for plan and the activity on."""
        known = self.parts.get((id(plan), current_id))
        if known is None or known[0] is not plan:
            known = (plan, slip_parts(plan, self.start, self.timings, current_id))
            self.parts[(id(plan), current_id)] = known
        return known[1]

    def holds(self, now: datetime, local: Localize = system_local) -> bool:
        if now < self.since or (self.until is not None and now > self.until):
            return False
        return self.on_date is None or local(now).date() == self.on_date


def slip_basis(
    plan: DayPlan, events: Sequence[RunEvent], now: datetime, local: Localize = system_local
) -> SlipBasis:
    stretch = current_stretch(events, now)
    anchor = _anchor(plan, stretch, now, local)
    until = stretch[-1].at + RUN_GAP if stretch else None
    on_date = None if anchor.started is not None else local(now).date()
    return SlipBasis(anchor.start, actual_timings(stretch), now, until, on_date)


def slip_at(
    basis: SlipBasis,
    plan: DayPlan,
    now: datetime,
    current_id: str | None,
    current_left_s: float,
    local: Localize = system_local,
) -> DaySlip:
    """slip_now from a basis that holds at now (see SlipBasis.holds)."""
    return basis.parts_for(plan, current_id).at(local(now), current_left_s)


def shifted(plan: DayPlan, minutes: int) -> DayPlan:
    """The plan as the run shows it after a shift: every activity moved by minutes."""
    if not minutes:
        return plan

    def moved(item: ScheduledActivity) -> ScheduledActivity:
        start, end = item.start_minute + minutes, item.end_minute + minutes
        return replace(
            item, start=_clock(start), end=_clock(end), start_minute=start, end_minute=end
        )

    return replace(plan, items=tuple(moved(item) for item in plan.items))


def _clock(minute: int) -> time:
    return (datetime.min + timedelta(minutes=minute % (24 * 60))).time()

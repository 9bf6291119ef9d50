"""The day measured from where it really starts: a rehearsal the evening before, a late start,
a run that passes midnight, another date, all with a fake clock (Jakarta, UTC+7)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from facilitation.activity import Activity, ActivityKind
from facilitation.agenda import schedule
from facilitation.day_anchor import (
    RUN_GAP,
    day_anchor,
    planned_start,
    shift_offer,
    slip_now,
)
from facilitation.run_log import EventKind, RunEvent
from facilitation.session_run import SessionRun
from tests.fake_clock import FakeClock

JAKARTA = timedelta(hours=7)


def local(moment: datetime) -> datetime:
    return (moment.astimezone(UTC) + JAKARTA).replace(tzinfo=None)


def at_local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - JAKARTA


def a_day() -> tuple[list[Activity], object]:
    """08:00-15:50: 470 minutes, as the facilitator planned them."""
    activities = [
        Activity("Pembukaan", ActivityKind.OPENING, 30),
        Activity("Diskusi kelompok", ActivityKind.GROUP_DISCUSSION, 200),
        Activity("Pleno", ActivityKind.PLENARY, 240),
    ]
    return activities, schedule(time(8, 0), time(15, 50), activities)


def start_run(clock: FakeClock, activities) -> tuple[SessionRun, list[RunEvent]]:
    run = SessionRun(clock, "session", "day", activities)
    return run, run.toggle()


def test_a_rehearsal_at_eleven_at_night_is_offered_a_shift_and_then_on_time() -> None:
    activities, plan = a_day()
    clock = FakeClock(at_local(2022, 3, 22, 23, 0))  # the evening before the planned day
    run, events = start_run(clock, activities)
    offer = shift_offer(plan, events, clock.now(), local)
    assert offer is not None and offer.shift_minutes == 15 * 60
    assert offer.planned == datetime(2022, 3, 22, 8, 0)  # the plan laid on the run's date
    assert offer.new_start == datetime(2022, 3, 22, 23, 0)
    clock.advance(10 * 60)
    # Not shifted: honest, but in hours and minutes, and the end is on the next day.
    slip = slip_now(plan, events, clock.now(), activities[0].id, run.timer.remaining(), local)
    assert slip.slip_minutes == 15 * 60
    assert slip.projected_end == datetime(2022, 3, 23, 6, 50) and slip.days_past_start == 1
    # Shifted: on time, across midnight.
    events += [run._event(EventKind.SHIFT, delta_s=offer.shift_minutes * 60)]
    clock.advance(2 * 3600)  # 01:10, the next date: the shift still holds
    events += run.next()
    slip = slip_now(plan, events, clock.now(), activities[1].id, run.timer.remaining(), local)
    anchor = day_anchor(plan, events, clock.now(), local)
    assert anchor.start == datetime(2022, 3, 22, 23, 0) and anchor.shift_minutes == 900
    assert slip.planned_end == datetime(2022, 3, 23, 6, 50)
    assert slip.slip_minutes == 2 * 60 + 10 - 30  # the opening ran 130 minutes, planned 30
    assert slip.days_past_start == 1


def test_no_offer_within_five_minutes_and_none_after_the_first_start() -> None:
    activities, plan = a_day()
    clock = FakeClock(at_local(2022, 3, 23, 8, 4))
    run, events = start_run(clock, activities)
    assert shift_offer(plan, events, clock.now(), local) is None
    clock.advance(3600)
    events += run.next() + run.toggle()  # a second start: the day is under way
    assert shift_offer(plan, events, clock.now(), local) is None


def test_a_late_start_is_offered_an_earlier_one_too() -> None:
    activities, plan = a_day()
    clock = FakeClock(at_local(2022, 3, 23, 7, 30))
    _run, events = start_run(clock, activities)
    offer = shift_offer(plan, events, clock.now(), local)
    assert offer.shift_minutes == -30 and offer.new_start == datetime(2022, 3, 23, 7, 30)


def test_another_date_at_the_planned_time_needs_no_shift() -> None:
    """A session moved by a week: the plan is laid on the date it is run on."""
    activities, plan = a_day()
    clock = FakeClock(at_local(2022, 3, 30, 8, 0))
    run, events = start_run(clock, activities)
    assert shift_offer(plan, events, clock.now(), local) is None
    clock.advance(20 * 60)
    slip = slip_now(plan, events, clock.now(), activities[0].id, run.timer.remaining(), local)
    assert slip.slip_minutes == 0 and slip.planned_end == datetime(2022, 3, 30, 15, 50)


def test_yesterdays_rehearsal_and_its_shift_do_not_count_today() -> None:
    activities, plan = a_day()
    clock = FakeClock(at_local(2022, 3, 22, 20, 0))
    run, events = start_run(clock, activities)
    events += [run._event(EventKind.SHIFT, delta_s=12 * 3600)]
    events += run.next() + run.toggle() + run.next()
    clock.advance(12 * 3600)  # 08:00 the next morning, after a night's gap
    assert clock.now() - events[-1].at > RUN_GAP
    run = SessionRun(clock, "session", "day", activities)
    events += run.toggle()
    assert shift_offer(plan, events, clock.now(), local) is None
    anchor = day_anchor(plan, events, clock.now(), local)
    assert anchor.start == planned_start(plan, datetime(2022, 3, 23).date())
    assert anchor.shift_minutes == 0
    slip = slip_now(plan, events, clock.now(), activities[0].id, run.timer.remaining(), local)
    assert slip.slip_minutes == 0  # the rehearsal's done activities are today's to do again


def test_undoing_a_shift_measures_against_the_plan_again() -> None:
    activities, plan = a_day()
    clock = FakeClock(at_local(2022, 3, 23, 10, 0))
    run, events = start_run(clock, activities)
    events += [run._event(EventKind.SHIFT, delta_s=7200)]
    clock.advance(1)
    events += [run._event(EventKind.SHIFT, delta_s=0)]
    assert day_anchor(plan, events, clock.now(), local).start == datetime(2022, 3, 23, 8, 0)
    slip = slip_now(plan, events, clock.now(), activities[0].id, run.timer.remaining(), local)
    assert slip.slip_minutes == 120 and slip.days_past_start == 0


def test_a_shifted_plan_moves_every_activity_across_midnight() -> None:
    from facilitation.day_anchor import shifted

    _activities, plan = a_day()
    moved = shifted(plan, 15 * 60)  # 08:00 -> 23:00
    assert [item.start for item in moved.items] == [time(23, 0), time(23, 30), time(2, 50)]
    assert moved.items[-1].end_minute == plan.items[-1].end_minute + 900
    assert shifted(plan, 0) is plan

"""The day's slip as a ticking timer asks for it every second: the watch keeps what changes
only with the log or the plan, and must answer exactly as slip_now at every step of a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.activity import Activity, ActivityKind
from facilitation.agenda import schedule
from facilitation.day_anchor import RUN_GAP, slip_now
from facilitation.day_watch import DayWatch
from facilitation.run_log import RunEvent
from facilitation.session import SessionDay
from facilitation.session_run import SessionRun
from tests.fake_clock import FakeClock

JAKARTA = timedelta(hours=7)


def local(moment: datetime) -> datetime:
    return (moment.astimezone(UTC) + JAKARTA).replace(tzinfo=None)


def activities() -> list[Activity]:
    return [
        Activity("Pembukaan", ActivityKind.OPENING, 2),
        Activity("Diskusi kelompok", ActivityKind.GROUP_DISCUSSION, 3),
        Activity("Pleno", ActivityKind.PLENARY, 4),
    ]


class Day:
    """A run on a fake clock, asked for its slip both ways after every move."""

    def __init__(self, start_local: datetime) -> None:
        self.clock = FakeClock(start_local.replace(tzinfo=UTC) - JAKARTA)
        self.items = activities()
        self.plan = schedule(time(8, 0), time(17, 0), self.items)
        self.run = SessionRun(self.clock, "session", "day", self.items)
        self.events: list[RunEvent] = []
        self.watch = DayWatch(local)

    def act(self, action, *args) -> None:  # noqa: ANN001
        self.events.extend(action(*args))

    def both(self) -> tuple[object, object]:
        timer, current = self.run.timer, self.run.current
        left = timer.remaining() if timer is not None and timer.total_s > 0 else 0.0
        current_id = current.id if current else None
        now = self.clock.now()
        running = timer is not None and timer.running
        watched = self.watch.slip(self.plan, self.events, now, current_id, left, running)
        return watched, slip_now(self.plan, self.events, now, current_id, left, local)

    def same_every_second(self, seconds: int) -> None:
        for _ in range(seconds):
            self.clock.advance(1.0)
            watched, fresh = self.both()
            assert watched.slip_minutes == fresh.slip_minutes
            assert abs(watched.projected_end - fresh.projected_end) <= timedelta(milliseconds=1)
            assert watched.planned_end == fresh.planned_end


def test_a_running_timer_gets_the_same_slip_every_second_without_working_it_out() -> None:
    day = Day(datetime(2022, 3, 23, 8, 5))
    day.act(day.run.toggle)
    first, _fresh = day.both()
    day.clock.advance(1.0)
    assert day.both()[0] is first  # steady: the deadline has not moved
    day.same_every_second(150)  # into overtime: the projected end moves with the clock


def test_the_slip_follows_pauses_extensions_the_next_activity_and_a_clock_jump() -> None:
    day = Day(datetime(2022, 3, 23, 8, 0))
    day.act(day.run.toggle)
    day.same_every_second(30)
    day.act(day.run.adjust, 300.0)  # +5 min: the deadline moves, the slip with it
    day.same_every_second(5)
    day.act(day.run.toggle)  # paused: the end moves with the clock
    day.same_every_second(70)
    day.act(day.run.toggle)
    day.act(day.run.next)
    day.same_every_second(20)
    day.clock.jump_wall(180)  # the wall clock is corrected: the projected end follows
    day.same_every_second(5)


def test_arriving_early_counts_from_the_planned_start_and_a_long_gap_starts_over() -> None:
    day = Day(datetime(2022, 3, 23, 7, 58))  # two minutes before the plan's 08:00
    day.act(day.run.toggle)
    day.same_every_second(180)  # crosses the planned start while running
    day.act(day.run.toggle)
    day.clock.advance(RUN_GAP.total_seconds())  # the rehearsal is not today's run
    day.same_every_second(3)


def test_an_edited_agenda_or_another_day_is_scheduled_again() -> None:
    watch = DayWatch(local)
    day = SessionDay(date=date(2022, 3, 23), activities=activities(), end=time(17, 0))
    plan = watch.plan(day)
    assert watch.plan(day) is plan  # the same day: not scheduled again at every tick
    longer = replace(day.activities[0], planned_minutes=20)
    edited = replace(day, activities=(longer, *day.activities[1:]))  # the Plan page's copy
    assert watch.plan(edited).planned_minutes == plan.planned_minutes + 18
    watch.forget_plan()
    assert watch.plan(edited) is not plan
    later = replace(day, start=time(9, 0))
    assert watch.plan(later).items[0].start == time(9, 0)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["toggle", "next", "adjust", "wait", "jump"]),
            st.integers(min_value=1, max_value=400),
        ),
        max_size=12,
    )
)
def test_any_day_of_moves_gets_the_slip_slip_now_gives(moves: list[tuple[str, int]]) -> None:
    day = Day(datetime(2022, 3, 23, 7, 50))
    for move, seconds in moves:
        if move == "toggle":
            day.act(day.run.toggle)
        elif move == "next":
            day.act(day.run.next)
        elif move == "adjust":
            day.act(day.run.adjust, float(seconds))
        elif move == "jump":
            day.clock.jump_wall(seconds)
        day.same_every_second(2 if move != "wait" else min(seconds, 60))

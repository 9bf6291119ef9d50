"""Running a day: moving through activities, rounds, breakout timers, the log, the day's slip,
and the run state on disk."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.agenda import schedule
from facilitation.run_log import ActivityOutcome, EventKind, actual_timings, day_slip
from facilitation.session import Session, SessionDay
from facilitation.session_run import SessionRun
from facilitation.timer import Phase, Thresholds, TimerMode, TimerSettings, TimerStatus
from storage.database import open_store
from storage.run_state import RunRepository
from storage.sessions import SessionRepository
from tests.fake_clock import FakeClock

DAY = date(2022, 3, 23)


def agenda() -> list[Activity]:
    return [
        Activity("Pembukaan", ActivityKind.OPENING, 15),
        Activity("Diskusi kelompok", ActivityKind.GROUP_DISCUSSION, 45),
        Activity("Pleno", ActivityKind.PLENARY, 30),
        Activity("Refleksi terbuka", ActivityKind.REFLECTION, 0),
    ]


def new_run(clock: FakeClock, activities: list[Activity] | None = None) -> SessionRun:
    return SessionRun(clock, "session", "day", activities or agenda())


def test_space_starts_the_first_activity_and_pauses_it() -> None:
    clock = FakeClock()
    run = new_run(clock)
    events = run.toggle()
    assert run.current.title == "Pembukaan" and run.running
    assert [e.kind for e in events] == [EventKind.START]
    clock.advance(60)
    assert [e.kind for e in run.toggle()] == [EventKind.PAUSE]
    assert [e.kind for e in run.toggle()] == [EventKind.RESUME]


def test_next_ends_the_activity_and_readies_the_following() -> None:
    clock = FakeClock()
    run = new_run(clock)
    run.toggle()
    clock.advance(900)
    events = run.next()
    assert [e.kind for e in events] == [EventKind.END]
    assert events[0].elapsed_s == pytest.approx(900)
    assert run.current.title == "Diskusi kelompok"
    assert run.timer.status == TimerStatus.READY
    # moving past an activity that never ran skips it
    assert [e.kind for e in run.next()] == [EventKind.SKIP]
    assert [e.kind for e in run.previous()] == []  # the pleno was never started either
    assert run.current.title == "Diskusi kelompok"


def test_skip_and_the_end_of_the_day() -> None:
    clock = FakeClock()
    run = new_run(clock)
    run.load(3)
    assert run.timer.mode == TimerMode.COUNT_UP  # 0 minutes: open-ended
    run.toggle()
    clock.advance(200)
    events = run.skip()
    assert [e.kind for e in events] == [EventKind.SKIP]
    assert run.current is None and run.upcoming == []
    assert run.toggle() == []


def test_extensions_are_logged_with_their_size() -> None:
    clock = FakeClock()
    run = new_run(clock)
    run.toggle()
    events = run.adjust(300)
    assert events[0].kind == EventKind.EXTEND and events[0].delta_s == 300
    assert run.timer.remaining() == pytest.approx(1200)
    assert [e.kind for e in run.reset()] == [EventKind.RESET]


def test_report_back_rounds_move_group_by_group() -> None:
    clock = FakeClock()
    run = new_run(clock)
    run.load(2)
    events = run.start_rounds(["Kelompok 1", "Kelompok 2", "Kelompok 3"], 300)
    assert [e.kind for e in events] == [EventKind.START, EventKind.ROUND]
    clock.advance(280)
    assert run.rounds.timer.phase() == Phase.DANGER
    assert run.timer.remaining() == pytest.approx(1800 - 280)  # the pleno runs on
    events = run.move_round(+1)
    assert events[0].detail == "Kelompok 2"
    assert run.rounds.timer.running and run.rounds.timer.remaining() == pytest.approx(300)
    run.adjust(60)  # extends the group's turn, not the whole pleno
    assert run.rounds.timer.remaining() == pytest.approx(360)
    assert run.timer.total_s == 1800
    run.toggle()
    assert not run.rounds.timer.running
    assert run.move_round(+1) and run.move_round(+1) == []
    assert run.rounds.current_group == "Kelompok 3"


def test_role_play_rounds_each_have_their_own_length_and_survive_a_restart(data_dir) -> None:
    clock = FakeClock()
    opened = open_store(data_dir)
    session = SessionRepository(opened.db).create(
        Session(title="Uji", days=[SessionDay(date=DAY, activities=agenda())])
    )
    day = session.days[0]
    repo = RunRepository(opened.db, clock)
    run = SessionRun(clock, session.id, day.id, day.activities)
    run.load(1)
    events = run.start_rounds(["Putaran 1", "Putaran 2", "Putaran 3"], 600, [600, 900, 300])
    assert run.rounds.timer.total_s == 600
    clock.advance(100)
    events += run.move_round(+1)
    assert run.rounds.timer.total_s == 900 and run.rounds.timer.running
    repo.save(run.snapshot("process-1"), events)
    saved = RunRepository(open_store(data_dir, take_backup=False).db, clock).load(session.id)
    restored = SessionRun.restore(clock, saved, day.activities, {}, "process-1")
    assert restored.rounds.lengths == (600, 900, 300) and restored.rounds.index == 1
    assert restored.move_round(+1) and restored.rounds.timer.total_s == 300
    with pytest.raises(ValueError):
        run.start_rounds(["Putaran 1", "Putaran 2"], 600, [600])
    with pytest.raises(ValueError):
        run.start_rounds(["Putaran 1"], 600, [0])


def test_parallel_timers_have_their_own_lengths() -> None:
    clock = FakeClock()
    run = new_run(clock)
    run.load(1)
    run.start_parallel([("Kelompok A", 600), ("Kelompok B", 900)])
    clock.advance(650)
    a, b = run.parallel.groups
    assert a.timer.phase() == Phase.OVERTIME and b.timer.remaining() == pytest.approx(250)
    run.parallel.finish(0)
    run.toggle()  # pause the room
    clock.advance(100)
    assert b.timer.remaining() == pytest.approx(250)
    assert a.timer.status == TimerStatus.FINISHED


def test_actual_times_and_outcomes_come_from_the_log() -> None:
    clock = FakeClock()
    run = new_run(clock)
    events = run.toggle()
    clock.advance(600)
    events += run.toggle()  # pause 5 min
    clock.advance(300)
    events += run.toggle()
    events += run.adjust(120)
    clock.advance(500)
    events += run.next()  # end the opening, ready the discussion
    events += run.next()  # skip the discussion
    timings = actual_timings(events)
    opening, discussion = run.activities[0].id, run.activities[1].id
    assert timings[opening].outcome == ActivityOutcome.DONE
    assert timings[opening].timer_seconds == pytest.approx(1100)
    assert timings[opening].wall_seconds == pytest.approx(1400)
    assert timings[opening].extended_s == 120
    assert timings[discussion].outcome == ActivityOutcome.SKIPPED
    assert timings[discussion].started is None


def test_the_day_slip_says_behind_or_ahead() -> None:
    activities = agenda()
    plan = schedule(time(8, 0), time(16, 0), activities)
    at = datetime(2022, 3, 23, 7, 45)
    # before the day starts nothing is late
    assert day_slip(plan, DAY, at, {}, None, 0).slip_minutes == 0
    clock = FakeClock()
    run = new_run(clock, activities)
    events = run.toggle()  # opening started 08:10 (we pretend), 15 min planned
    timings = actual_timings(events)
    late = day_slip(plan, DAY, datetime(2022, 3, 23, 8, 10), timings, activities[0].id, 900)
    assert late.slip_minutes == 10 and late.behind
    assert late.projected_end == datetime(2022, 3, 23, 9, 40)
    # the discussion was skipped: 45 min back
    events += run.next() + run.next()
    timings = actual_timings(events)
    early = day_slip(plan, DAY, datetime(2022, 3, 23, 8, 30), timings, activities[2].id, 1800)
    assert early.slip_minutes == -30 and early.ahead
    # overtime costs time: left is nothing, the clock keeps going
    over = day_slip(plan, DAY, datetime(2022, 3, 23, 9, 20), timings, activities[2].id, -600)
    assert over.slip_minutes == -10 and over.projected_end == datetime(2022, 3, 23, 9, 20)


def test_run_state_and_log_survive_a_restart(data_dir) -> None:
    """State saved, process gone, restored 90 s later: the right activity, right within 1 s."""
    clock = FakeClock()
    opened = open_store(data_dir)
    session = SessionRepository(opened.db).create(
        Session(title="Uji", days=[SessionDay(date=DAY, activities=agenda())])
    )
    day = session.days[0]
    repo = RunRepository(opened.db, clock)
    settings = {day.activities[1].id: TimerSettings(thresholds=Thresholds(warning_seconds=600))}
    repo.set_timer_settings(session.id, day.activities[1].id, settings[day.activities[1].id])
    run = SessionRun(clock, session.id, day.id, day.activities, repo.timer_settings(session.id))
    for action in (
        lambda: run.load(1) + run.toggle(),
        lambda: clock.advance(600) or run.adjust(120),
        lambda: run.start_rounds(["Kelompok 1", "Kelompok 2"], 240),
    ):
        events = action()
        repo.save(run.snapshot("process-1"), events)
    opened.db.close()

    clock.advance(90)
    later = clock.new_process()
    reopened = open_store(data_dir, take_backup=False)
    repo = RunRepository(reopened.db, later)
    saved = repo.load(session.id)
    assert saved is not None and saved.activity_id == day.activities[1].id
    restored = SessionRun.restore(
        later, saved, day.activities, repo.timer_settings(session.id), "process-2"
    )
    assert restored.current.id == day.activities[1].id and restored.running
    assert abs(restored.timer.remaining() - (2700 + 120 - 690)) < 1
    assert abs(restored.rounds.timer.remaining() - (240 - 90)) < 1
    assert restored.timer.thresholds.warning_seconds == 600
    kinds = [e.kind for e in repo.events(session.id)]
    assert kinds == [EventKind.START, EventKind.EXTEND, EventKind.ROUND]
    # later stored events go on the same log
    later.advance(timedelta(minutes=1).total_seconds())
    events = restored.next()
    repo.save(restored.snapshot("process-2"), events)
    assert repo.events(session.id)[-1].kind == EventKind.END
    reopened.db.close()

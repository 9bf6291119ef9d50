"""The activity timer with a fake clock: every operation, every phase boundary, clock jumps and
the restore after a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.timer import (
    Phase,
    Thresholds,
    Timer,
    TimerMode,
    TimerSettings,
    TimerStatus,
    format_reading,
)
from tests.fake_clock import FakeClock


def test_a_countdown_runs_only_while_started() -> None:
    clock = FakeClock()
    timer = Timer(clock, 600)
    clock.advance(30)
    assert timer.status == TimerStatus.READY and timer.remaining() == 600
    timer.start()
    clock.advance(90)
    assert timer.remaining() == pytest.approx(510)
    assert timer.elapsed() == pytest.approx(90)


def test_pause_freezes_and_resume_continues() -> None:
    clock = FakeClock()
    timer = Timer(clock, 600)
    timer.start()
    clock.advance(100)
    timer.pause()
    assert timer.status == TimerStatus.PAUSED
    clock.advance(1000)
    assert timer.remaining() == pytest.approx(500)
    timer.resume()
    clock.advance(50)
    assert timer.remaining() == pytest.approx(450)
    timer.toggle()
    assert timer.status == TimerStatus.PAUSED
    timer.toggle()
    assert timer.running


def test_adding_and_taking_time() -> None:
    clock = FakeClock()
    timer = Timer(clock, 300)
    timer.start()
    clock.advance(200)
    assert timer.adjust(60) == 60
    assert timer.remaining() == pytest.approx(160)
    assert timer.adjust(-300) == pytest.approx(-160)  # stops at zero left, not overtime
    assert timer.remaining() == pytest.approx(0)
    clock.advance(20)
    assert timer.adjust(-60) == 0  # already in overtime: taking time changes nothing
    assert timer.remaining() == pytest.approx(-20)
    assert timer.adjust(300) == 300
    assert timer.remaining() == pytest.approx(280)


def test_reset_goes_back_to_the_plan() -> None:
    clock = FakeClock()
    timer = Timer(clock, 300)
    timer.start()
    timer.adjust(120)
    clock.advance(100)
    timer.reset()
    assert timer.status == TimerStatus.READY
    assert timer.remaining() == 300 and timer.total_s == 300


def test_finish_freezes_the_reading() -> None:
    clock = FakeClock()
    timer = Timer(clock, 300)
    timer.start()
    clock.advance(310)
    timer.finish()
    clock.advance(100)
    assert timer.status == TimerStatus.FINISHED
    assert timer.remaining() == pytest.approx(-10)
    timer.start()  # a finished timer does not start again
    assert timer.status == TimerStatus.FINISHED


@pytest.mark.parametrize(
    ("total", "left", "phase"),
    [
        # 30 min: 20 % (6 min) comes before 2 min, 5 % (90 s) before 30 s
        (1800, 361, Phase.NORMAL),
        (1800, 360, Phase.WARNING),
        (1800, 91, Phase.WARNING),
        (1800, 90, Phase.DANGER),
        (1800, 0, Phase.DANGER),
        (1800, -0.001, Phase.OVERTIME),
        # 5 min: 20 % = 60 s but 2 min comes first; 5 % = 15 s but 30 s comes first
        (300, 120.5, Phase.NORMAL),
        (300, 120, Phase.WARNING),
        (300, 30.5, Phase.WARNING),
        (300, 30, Phase.DANGER),
        # open-ended (no target): always normal
        (0, -500, Phase.NORMAL),
    ],
)
def test_phase_boundaries(total: float, left: float, phase: Phase) -> None:
    clock = FakeClock()
    timer = Timer(clock, total)
    timer.start()
    clock.advance(total - left)
    assert timer.phase() == phase


def test_thresholds_are_per_activity() -> None:
    clock = FakeClock()
    strict = Thresholds(
        warning_fraction=0.5, warning_seconds=0, danger_fraction=0.1, danger_seconds=0
    )
    timer = Timer(clock, 1000, thresholds=strict)
    timer.start()
    clock.advance(499)
    assert timer.phase() == Phase.NORMAL
    clock.advance(1)
    assert timer.phase() == Phase.WARNING
    clock.advance(400)
    assert timer.phase() == Phase.DANGER
    with pytest.raises(ValueError):
        Thresholds(warning_fraction=1.5)


def test_open_ended_items_count_up() -> None:
    clock = FakeClock()
    assert TimerSettings.default_for(0).mode == TimerMode.COUNT_UP
    timer = Timer(clock, 0, TimerMode.COUNT_UP)
    timer.start()
    clock.advance(75.6)
    assert timer.shown_seconds() == pytest.approx(75.6)
    assert format_reading(timer.shown_seconds(), count_up=True) == "01:15"


def test_a_wall_clock_jump_does_not_move_a_running_timer() -> None:
    clock = FakeClock()
    timer = Timer(clock, 600)
    timer.start()
    clock.advance(60)
    clock.jump_wall(3600)  # NTP / time zone
    clock.jump_wall(-7200)  # facilitator sets the clock back
    clock.advance(60)
    assert timer.remaining() == pytest.approx(480)


def test_timer_survives_a_dead_battery() -> None:
    """State saved, process gone, restored 90 s later in a new process: right within 1 s."""
    clock = FakeClock()
    timer = Timer(clock, 900)
    timer.start()
    clock.advance(300)
    saved = timer.snapshot()
    clock.advance(90)  # laptop dead, then booting
    restarted = clock.new_process(monotonic=12.0)
    restored = Timer.restore(restarted, saved, same_process=False)
    assert restored.running
    assert abs(restored.remaining() - 510) < 1
    restarted.advance(10)
    assert abs(restored.remaining() - 500) < 1


def test_a_paused_timer_stays_paused_after_a_crash() -> None:
    clock = FakeClock()
    timer = Timer(clock, 900)
    timer.start()
    clock.advance(100)
    timer.pause()
    saved = timer.snapshot()
    clock.advance(3600)
    restored = Timer.restore(clock.new_process(), saved, same_process=False)
    assert restored.status == TimerStatus.PAUSED
    assert restored.remaining() == pytest.approx(800)


def test_restore_in_the_same_process_uses_the_monotonic_clock() -> None:
    clock = FakeClock()
    timer = Timer(clock, 900)
    timer.start()
    saved = timer.snapshot()
    clock.advance(100)
    clock.jump_wall(-3600)
    restored = Timer.restore(clock, saved, same_process=True)
    assert restored.remaining() == pytest.approx(800)


def test_restore_never_goes_back_in_time_when_the_wall_clock_did() -> None:
    clock = FakeClock()
    timer = Timer(clock, 900)
    timer.start()
    clock.advance(100)
    timer.checkpoint()
    saved = timer.snapshot()
    later = clock.new_process()
    later.jump_wall(-600)  # the restarted laptop's clock is behind
    restored = Timer.restore(later, saved, same_process=False)
    assert restored.remaining() == pytest.approx(800)


def test_checkpoint_keeps_the_reading() -> None:
    clock = FakeClock()
    timer = Timer(clock, 900)
    timer.start()
    clock.advance(123.4)
    before = timer.remaining()
    timer.checkpoint()
    assert timer.remaining() == pytest.approx(before)
    assert timer.snapshot().banked_s == pytest.approx(123.4)


def test_next_change_is_at_the_next_whole_second() -> None:
    clock = FakeClock()
    timer = Timer(clock, 60)
    assert timer.seconds_to_next_change() is None
    timer.start()
    assert timer.seconds_to_next_change() == pytest.approx(1.0)
    clock.advance(0.25)
    assert timer.seconds_to_next_change() == pytest.approx(0.75)
    assert format_reading(timer.remaining()) == "01:00"
    clock.advance(0.75)
    assert format_reading(timer.remaining()) == "00:59"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (0.2, "00:01"),
        (59.5, "01:00"),
        (-0.5, "00:00"),
        (-1, "−00:01"),
        (-75, "−01:15"),
        (3725, "1:02:05"),
    ],
)
def test_readings_are_written_like_a_countdown(seconds: float, text: str) -> None:
    assert format_reading(seconds) == text


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["advance", "toggle", "adjust", "jump", "checkpoint"]),
            st.floats(min_value=-600, max_value=600, allow_nan=False),
        ),
        max_size=30,
    )
)
def test_no_drift_whatever_the_sequence(steps: list[tuple[str, float]]) -> None:
    """Compare against a simple reference: the timer equals the sum of running intervals."""
    clock = FakeClock()
    timer = Timer(clock, 3600)
    running = False
    used = 0.0
    total = 3600.0
    for action, value in steps:
        if action == "advance":
            clock.advance(abs(value))
            used += abs(value) if running else 0
        elif action == "toggle":
            timer.toggle()
            running = not running
        elif action == "adjust":
            total += timer.adjust(value)
        elif action == "jump":
            clock.jump_wall(value * 100)
        else:
            timer.checkpoint()
    assert timer.elapsed() == pytest.approx(used, abs=1e-6)
    assert timer.remaining() == pytest.approx(total - used, abs=1e-6)

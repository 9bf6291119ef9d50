"""What the wall shows besides the countdown: the time of day and what comes next, both from
the run (its clock, today's plan), as the timers made for stages show them."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from facilitation.timer import TimerStatus
from tests.fake_clock import FakeClock
from tests.ui.run.test_ui_run import open_run
from tests.ui.ui_helpers import make_context
from ui.common.formatting import clock_time
from ui.common.i18n import install_translator
from ui.projector.window import ProjectorWindow
from ui.run.texts import projector_view
from ui.run.wall_clock import MARGIN_MS, ms_to_next_minute
from ui.run_control.controller import RunController


def local_clock(clock: FakeClock) -> str:
    return clock_time(clock.now().astimezone().time())


def running_controller(data_dir, clock: FakeClock) -> RunController:
    context = make_context(data_dir)
    controller = RunController(context.db, clock)
    controller.open_session(context.sessions.get(context.sessions.list()[0].id))
    return controller


def test_the_wall_says_what_comes_next_and_when(qtbot, data_dir) -> None:
    controller = running_controller(data_dir, FakeClock())
    view = projector_view(controller)  # nothing on yet: the first activity comes next
    first, second = controller.run.activities[:2]
    assert (view.reading, view.next_title) == ("", first.title)
    controller.toggle()
    view = projector_view(controller)
    assert view.title == first.title and view.next_title == second.title
    planned = next(i for i in controller.shown_plan().items if i.activity.id == second.id)
    assert view.next_time == clock_time(planned.start)


def test_the_last_activity_has_no_next_line(qtbot, data_dir) -> None:
    controller = running_controller(data_dir, FakeClock())
    controller.jump_to(len(controller.run.activities) - 1)
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.show_view(projector_view(controller))
    assert window.view.next_title == "" and window.next_line() == ""


def test_the_time_of_day_follows_the_runs_clock(qtbot, data_dir) -> None:
    clock = FakeClock(datetime(2022, 3, 23, 1, 59, 30, tzinfo=UTC))
    controller = running_controller(data_dir, clock)
    controller.toggle()
    before = projector_view(controller).clock
    assert before == local_clock(clock)
    clock.advance(45)  # past the whole minute
    after = projector_view(controller).clock
    assert after == local_clock(clock) and after != before


def test_the_wall_clock_wakes_just_after_the_next_minute() -> None:
    clock = FakeClock(datetime(2022, 3, 23, 1, 0, 30, 500_000, tzinfo=UTC))
    assert ms_to_next_minute(clock) == 29_500 + MARGIN_MS
    clock.advance(29.5)
    assert ms_to_next_minute(clock) == 60_000 + MARGIN_MS


def test_a_paused_timer_still_moves_the_clock_on_the_wall(qtbot, data_dir, monkeypatch) -> None:
    from ui.workspace import session_context

    clock = FakeClock()
    monkeypatch.setattr(
        session_context, "RunController", lambda db, parent=None: RunController(db, clock, parent)
    )
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.run.timer.status == TimerStatus.PAUSED  # no second ticks any more
    projector = page.context.projector
    shown = projector.view.clock
    clock.advance(61)
    page.wall_clock.minute.emit()  # what its single-shot timer does after the minute
    assert projector.view.clock == local_clock(clock) != shown


def test_the_next_line_is_in_the_users_language(qtbot, qapp, data_dir) -> None:
    controller = running_controller(data_dir, FakeClock())
    controller.toggle()
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.show_view(projector_view(controller))
    assert window.next_line().startswith("Next: ")
    install_translator(qapp, "id")
    view = projector_view(controller)
    assert window.next_line() == f"Berikutnya: {view.next_title} ({view.next_time})"

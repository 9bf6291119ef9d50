"""A day started hours off its plan: the console offers to shift the plan, the shift is stored,
and the slip reads in hours and minutes with "+1 day" past midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitation.run_log import DaySlip, EventKind
from storage.run_state import RunRepository
from tests.fake_clock import FakeClock
from tests.ui.run.test_ui_run import open_run
from ui.run.texts import slip_texts


def run_on_a_fake_clock(qtbot, data_dir, after_planned: timedelta):
    """The sample day started after_planned after its planned start, on its own date."""
    window, page = open_run(qtbot, data_dir)
    controller = page.controller
    plan = controller.plan()
    start = datetime.combine(controller.day.date, plan.items[0].start) + after_planned
    clock = FakeClock(start.astimezone().astimezone(UTC))  # local -> UTC, as the laptop sees it
    controller.clock = controller.repository.clock = clock
    controller.open_session(controller.session)
    return window, page, clock


def test_a_late_start_is_offered_a_shift_then_on_schedule(qtbot, data_dir) -> None:
    window, page, _clock = run_on_a_fake_clock(qtbot, data_dir, timedelta(hours=2, minutes=12))
    qtbot.keyClick(page, Qt.Key.Key_Space)
    bar = page.shift_bar
    assert bar.isVisible() and bar.shift_button.isVisible()
    assert "2 h 12 min late" in bar.label.text()
    assert "Shift today's plan to start at" in bar.label.text()
    assert page.day_column.slip_label.text() == "2 h 12 min late"
    window.resize(1366, 700)  # a 1366x768 laptop, less its taskbar and title bar
    qtbot.waitUntil(lambda: window.height() == 700, timeout=2000)
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= 700
    assert bar.label.height() >= bar.label.heightForWidth(bar.label.width())  # nothing cut

    qtbot.mouseClick(bar.shift_button, Qt.MouseButton.LeftButton)
    events = RunRepository(page.context.app.db).events(page.controller.session.id)
    assert [e.delta_s for e in events if e.kind == EventKind.SHIFT] == [132 * 60]
    page.refresh()
    assert page.day_column.slip_label.text() == "On schedule"
    shown = page.controller.shown_plan().items[0]
    planned = page.controller.plan().items[0]
    assert shown.start_minute == planned.start_minute + 132
    assert f"planned {shown.start.strftime('%H:%M')}" in page.activity_details.text()
    assert bar.undo_button.isVisible() and not bar.shift_button.isVisible()

    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    page.refresh()
    assert not bar.isVisible()
    assert page.day_column.slip_label.text() == "2 h 12 min late"


def test_keep_the_plan_stores_nothing(qtbot, data_dir) -> None:
    _window, page, _clock = run_on_a_fake_clock(qtbot, data_dir, timedelta(minutes=-40))
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert "40 min early" in page.shift_bar.label.text()
    qtbot.mouseClick(page.shift_bar.keep_button, Qt.MouseButton.LeftButton)
    assert not page.shift_bar.isVisible()
    events = RunRepository(page.context.app.db).events(page.controller.session.id)
    assert not [e for e in events if e.kind == EventKind.SHIFT]


def test_an_on_time_start_offers_nothing(qtbot, data_dir) -> None:
    _window, page, _clock = run_on_a_fake_clock(qtbot, data_dir, timedelta(minutes=3))
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert not page.shift_bar.isVisible()


def test_the_slip_reads_in_hours_and_minutes_and_says_plus_one_day() -> None:
    start = datetime(2022, 3, 22, 23, 0)
    slip = DaySlip(958, datetime(2022, 3, 23, 7, 48), datetime(2022, 3, 22, 15, 50), start)
    text, _colour, projected = slip_texts(slip)
    assert text == "15 h 58 min late"
    assert projected == "Projected end of the day: 07:48 +1 day (planned 15:50)"
    two_days = DaySlip(-60, datetime(2022, 3, 24, 1, 0), datetime(2022, 3, 24, 2, 0), start)
    assert slip_texts(two_days)[0] == "1 h early"
    assert "01:00 +2 days" in slip_texts(two_days)[2]

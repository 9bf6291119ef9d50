"""The run console driven with keys and clicks; every action must be in the store at once."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from facilitation.run_log import EventKind
from facilitation.session_run import SessionRun
from facilitation.timer import Phase, TimerStatus, format_reading
from storage.run_state import RunRepository
from tests.fake_clock import FakeClock
from tests.ui.ui_helpers import make_window
from ui.run.page import RunConsole
from ui.run_control.controller import RunController


def open_run(qtbot, data_dir):
    window = make_window(qtbot, data_dir)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    page = next(p for p in window.session_pages if isinstance(p, RunConsole))
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page.setFocus()
    return window, page


def stored_kinds(page) -> list[EventKind]:
    session_id = page.controller.session.id
    return [e.kind for e in RunRepository(page.context.app.db).events(session_id)]


def test_space_starts_and_pauses_and_each_press_is_stored(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    run = page.controller.run
    assert run.running and run.current.title == page.activity_label.text()
    saved = RunRepository(page.context.app.db).load(page.controller.session.id)
    assert saved.activity_id == run.current.id and saved.timer.status == TimerStatus.RUNNING
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert run.timer.status == TimerStatus.PAUSED
    assert page.toggle_button.text().startswith("Resume")
    assert stored_kinds(page) == [EventKind.START, EventKind.PAUSE]


def test_plus_minus_and_ctrl_change_the_time(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    timer = page.controller.run.timer
    planned = timer.total_s
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    assert timer.total_s == planned + 60
    qtbot.keyClick(page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)  # "+" on US keys
    assert timer.total_s == planned + 120
    qtbot.keyClick(page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert timer.total_s == planned + 420
    qtbot.keyClick(page, Qt.Key.Key_Minus)
    assert timer.total_s == planned + 360
    events = RunRepository(page.context.app.db).events(page.controller.session.id)
    assert [e.delta_s for e in events if e.kind == EventKind.EXTEND] == [60, 60, 300, -60]


def test_n_ends_the_activity_and_the_list_shows_it(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    first = page.controller.run.current
    qtbot.keyClick(page, Qt.Key.Key_N)
    second = page.controller.run.current
    assert second.id != first.id and page.controller.run.timer.status == TimerStatus.READY
    assert stored_kinds(page) == [EventKind.START, EventKind.END]
    day = page.day_column.model
    assert day.data(day.index(0, day.ACTUAL))  # actual times
    qtbot.keyClick(page, Qt.Key.Key_S)
    assert stored_kinds(page)[-1] == EventKind.SKIP
    assert day.data(day.index(1, day.ACTUAL)) == "skipped"


def test_a_stalled_event_loop_does_not_put_the_display_behind(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    timer = page.controller.run.timer
    started = time.monotonic()
    total = timer.total_s
    time.sleep(3.5)  # the UI thread is blocked: no tick can run
    with qtbot.waitSignal(page.controller.tick, timeout=2000):
        pass
    true_left = total - (time.monotonic() - started)
    assert abs(timer.remaining() - true_left) < 0.1
    shown = page.timer_label.text()
    assert shown in {format_reading(true_left + d) for d in (-0.1, 0.0, 0.1)}
    assert page.context.projector.view.reading == shown


def test_the_chime_rings_at_warning_and_at_zero_once_each(qtbot, data_dir) -> None:
    from tests.ui.ui_helpers import make_context

    context = make_context(data_dir)
    session = context.sessions.get(context.sessions.list()[0].id)
    clock = FakeClock()
    controller = RunController(context.db, clock)
    rung: list[str] = []
    controller.chime.connect(rung.append)
    controller.open_session(session)
    controller.toggle()  # the 15-minute opening: warning at 3 min left, zero at 15 min
    for _ in range(12 * 60 - 1):
        clock.advance(1)
        controller._on_tick()
    assert rung == []
    clock.advance(1)
    controller._on_tick()
    assert rung == ["warning"]
    clock.advance(3 * 60)
    controller._on_tick()
    clock.advance(5)
    controller._on_tick()
    assert rung == ["warning", "zero"]
    assert controller.display_timer().phase() == Phase.OVERTIME


def test_a_crashed_run_reopens_running_with_a_banner(qtbot, data_dir) -> None:
    from tests.ui.ui_helpers import make_context

    context = make_context(data_dir)
    session = context.sessions.get(context.sessions.list()[0].id)
    day = session.days[0]
    dead_clock = FakeClock()
    run = SessionRun(dead_clock, session.id, day.id, day.activities)
    events = run.load(2) + run.toggle()
    RunRepository(context.db, dead_clock).save(run.snapshot("a process that died"), events)
    context.db.close()
    _window, page = open_run(qtbot, data_dir)
    run = page.controller.run
    assert page.banner.isVisible() and "Recovered" in page.banner.text()
    assert run.current.id == day.activities[2].id and run.running
    # the fake clock's anchor lies years back: all of that counts as elapsed (overtime)
    assert run.timer.phase() == Phase.OVERTIME
    assert stored_kinds(page)[-1] == EventKind.RECOVERED


def test_report_back_rounds_from_the_console(qtbot, data_dir, monkeypatch) -> None:
    from ui.run import dialogs as run_dialogs

    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    monkeypatch.setattr(run_dialogs.RoundsDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        run_dialogs.RoundsDialog, "result_groups", lambda self: (["A & <b>", "B", "C"], 120.0)
    )
    page.group_panel.start_rounds()
    assert page.group_panel.rounds_box.isVisibleTo(page)
    assert "A &amp; &lt;b&gt;" in page.group_panel.rounds_label.text()
    qtbot.keyClick(page, Qt.Key.Key_G)
    assert page.controller.run.rounds.current_group == "B"
    assert page.timer_label.text() == "02:00"
    assert page.context.projector.side_title == "Report-back order"
    assert stored_kinds(page)[-2:] == [EventKind.ROUND, EventKind.ROUND]


def test_projector_messages_blank_and_slide(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    controls = page.day_column.projector_controls
    qtbot.mouseClick(controls.quick_buttons[0], Qt.MouseButton.LeftButton)
    assert controls.projector.message == "5 minutes left"
    controls.message.setText("Kembali ke ruangan 🙏 <b>")
    qtbot.keyClick(controls.message, Qt.Key.Key_Return)
    assert controls.projector.message == "Kembali ke ruangan 🙏 <b>"
    qtbot.keyClick(page, Qt.Key.Key_B)
    assert controls.projector.blank
    qtbot.keyClick(page, Qt.Key.Key_W)
    assert controls.projector.slide is not None
    controls.open_projector()
    assert controls.projector.isVisible()
    controls.projector.grab()  # paints every layer without error
    controls.projector.close()


@pytest.mark.parametrize("left", [600, 100, 10, -30])
def test_projector_digits_fill_most_of_the_width(qtbot, left) -> None:
    from ui.projector.view import ProjectorView
    from ui.projector.window import ProjectorWindow

    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show_view(ProjectorView(title="Diskusi", reading=format_reading(left)))
    font = window.wall_type.digits(window.face_layout().digits, window.view.reading)
    assert font.pixelSize() > 1080 * 0.3


def test_a_long_day_of_ticks_does_not_abort_the_app(qtbot, data_dir) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on some void Qt calls (about three
    per tick): over a day that drains it and Python aborts with 'none_dealloc'. The tick must
    keep the count topped up."""
    import sys

    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    leak_per_call = sys.getrefcount(None)
    page.timer_label.setText("x")
    leak_per_call -= sys.getrefcount(None)
    if sys.version_info < (3, 12) and leak_per_call > 0:
        import ctypes

        from ui.common.refcount_guard import TOP_UP

        count = ctypes.c_ssize_t.from_address(id(None))
        if count.value > TOP_UP:
            count.value -= TOP_UP  # undo the start-up top-up: back to the real count
        for _ in range(sys.getrefcount(None) - 2000):  # hours of leaks, in a second
            page.timer_label.setText("x")
    page.controller._on_tick()
    for _ in range(5000):
        page.timer_label.setText("x")
    assert sys.getrefcount(None) > 1000


def test_the_run_page_fits_a_1366x768_laptop_with_the_note_box_open(qtbot, data_dir) -> None:
    """768 px less a taskbar and a title bar leaves ~700 px: the page with a running
    activity (long title) and the note box open fits, and nothing is drawn over the timer."""
    window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.capture_area.is_open()
    long_title = page.controller.run.current.title
    assert len(long_title) > 40 and page.activity_label.toolTip() == long_title
    assert window.minimumSizeHint().height() <= 700
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: window.height() == 700, timeout=2000)
    QApplication.processEvents()
    timer_bottom = page.timer_label.mapTo(window, QPoint(0, page.timer_label.height())).y()
    buttons_top = page.toggle_button.mapTo(window, QPoint(0, 0)).y()
    title_bottom = page.activity_label.mapTo(window, QPoint(0, page.activity_label.height())).y()
    assert title_bottom <= page.timer_label.mapTo(window, QPoint(0, 0)).y()
    assert buttons_top >= timer_bottom
    assert page.capture_area.box.mapTo(window, QPoint(0, page.capture_area.box.height())).y() <= 700
    recent = page.capture_area.recent.view  # the last five notes, beside the note box
    assert recent.isVisible() and recent.height() >= 5 * recent.model().row_height
    assert recent.mapTo(window, QPoint(0, recent.height())).y() <= 700


def test_a_crashed_run_found_before_the_run_page_is_built_still_comes_forward(
    qtbot, data_dir
) -> None:
    """At start-up the pages are built one per event-loop turn after the running session was
    reopened: the Run page, built last but one, shows the banner and asks to be in front."""
    from tests.ui.ui_helpers import make_context
    from ui.shell.app import attach_store
    from ui.shell.main_window import MainWindow

    context = make_context(data_dir)
    session = context.sessions.get(context.sessions.list()[0].id)
    day = session.days[0]
    dead_clock = FakeClock()
    run = SessionRun(dead_clock, session.id, day.id, day.activities)
    events = run.toggle()
    RunRepository(context.db, dead_clock).save(run.snapshot("a process that died"), events)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    attach_store(window, context, defer_pages=True)
    window.show()
    assert "run" not in window.pages_by_key  # the run was recovered with no Run page yet
    assert window.session_context.run_controller.was_recovered
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.pages_by_key.get("run"))
    page = window.pages_by_key["run"]
    assert page.banner.isVisible() and "Recovered" in page.banner.text()
    assert page.activity_label.text() == day.activities[0].title

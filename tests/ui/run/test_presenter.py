"""The presenter view: the facilitator's own window follows the run, drives it through the run
controller, and is not the projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt

from facilitation.timer import Phase, TimerStatus
from tests.fake_clock import FakeClock
from tests.ui.run.test_ui_run import open_run
from ui.common.i18n import install_translator
from ui.projector.view import PHASE_COLOURS
from ui.run.presenter import PresenterWindow
from ui.run.texts import slip_texts
from ui.run_control.controller import RunController


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    from ui.workspace import session_context

    clock = FakeClock()
    monkeypatch.setattr(
        session_context, "RunController", lambda db, parent=None: RunController(db, clock, parent)
    )
    return clock


def open_presenter(qtbot, data_dir) -> tuple[object, object, PresenterWindow]:
    window, page = open_run(qtbot, data_dir)
    page.presenter.open()
    presenter = page.presenter.window
    qtbot.waitUntil(presenter.isVisible, timeout=2000)
    return window, page, presenter


def tick(page, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    page.controller._on_tick()


def test_the_presenter_follows_start_warning_overtime_and_next(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    first, second, third = page.controller.run.activities[:3]
    assert presenter.title_label.text() == "Nothing on yet"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert presenter.title_label.text() == first.title
    assert presenter.toggle_button.text() == "Pause (Space)"
    assert presenter.timer_label.text() == page.context.projector.view.reading == "15:00"
    assert presenter.next_label.text().startswith(f"Next: {second.title} (")
    tick(page, clock, 12 * 60)  # the 15-minute opening turns amber at 3 minutes left
    assert presenter.view.phase == Phase.WARNING and presenter.timer_label.text() == "03:00"
    assert PHASE_COLOURS[Phase.WARNING][0] in presenter.timer_label.styleSheet()
    tick(page, clock, 3 * 60 + 5)
    assert presenter.view.phase == Phase.OVERTIME
    assert presenter.caption_label.text() == "Overtime"
    assert PHASE_COLOURS[Phase.OVERTIME][1] in presenter.timer_label.styleSheet()
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert presenter.title_label.text() == second.title == page.activity_label.text()
    assert presenter.next_label.text().startswith(f"Next: {third.title} (")


def test_the_schedule_and_the_clock_are_the_run_pages(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    tick(page, clock, 20 * 60)  # 5 minutes over the 15-minute opening
    text, colour, projected = slip_texts(page.controller.slip())
    assert presenter.slip_label.text() == text == page.day_column.slip_label.text() != ""
    assert colour in presenter.slip_label.styleSheet()
    assert presenter.projected_label.text() == projected
    assert presenter.clock_label.text() == page.context.projector.view.clock != ""


def test_its_buttons_act_on_the_run_controller(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    run = page.controller.run
    qtbot.mouseClick(presenter.toggle_button, Qt.MouseButton.LeftButton)
    assert run.running and page.toggle_button.text() == "Pause (Space)"
    total = run.timer.total_s
    qtbot.mouseClick(presenter.plus_button, Qt.MouseButton.LeftButton)
    assert run.timer.total_s == total + 60
    qtbot.mouseClick(presenter.minus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(presenter.minus_button, Qt.MouseButton.LeftButton)
    assert run.timer.total_s == total - 60
    assert page.context.projector.view.reading == presenter.timer_label.text() == "14:00"
    qtbot.mouseClick(presenter.toggle_button, Qt.MouseButton.LeftButton)
    assert page.controller.run.timer.status == TimerStatus.PAUSED
    assert presenter.toggle_button.text() == "Resume (Space)"
    qtbot.mouseClick(presenter.next_button, Qt.MouseButton.LeftButton)
    assert page.controller.run.index == 1
    assert page.activity_label.text() == presenter.title_label.text()


def test_the_run_keys_work_from_the_presenter_too(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)  # its keys, not the main window's
    assert presenter.focusWidget() in (None, presenter)  # not the message field: Space runs
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert page.controller.run.running
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    assert page.controller.run.index == 1
    qtbot.keyClick(presenter, Qt.Key.Key_M)  # M is the presenter's own message field
    assert presenter.focusWidget() is presenter.message_edit


def test_it_shows_and_hides_the_projectors_message(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    projector = page.context.projector
    assert presenter.message_label.text() == "No message on the projector."
    assert not presenter.hide_message_button.isEnabled()
    qtbot.keyClicks(presenter.message_edit, "Istirahat 10 menit")
    qtbot.keyClick(presenter.message_edit, Qt.Key.Key_Return)
    assert projector.message == "Istirahat 10 menit"
    assert "Istirahat 10 menit" in presenter.message_label.text()
    qtbot.mouseClick(presenter.hide_message_button, Qt.MouseButton.LeftButton)
    assert projector.message == "" and presenter.message_label.text().startswith("No message")
    page.day_column.projector_controls.send_message("Kembali ke ruangan")  # from the Run page
    assert "Kembali ke ruangan" in presenter.message_label.text()


def test_the_activitys_notes_and_method_are_for_the_facilitator(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    library = page.context.app.library
    run = page.controller.run
    index, activity = next(
        (i, a) for i, a in enumerate(run.activities) if a.method_key in library.methods
    )
    page.controller.jump_to(index)
    notes = presenter.notes_label.text()
    method = library.method(activity.method_key)
    assert method.description_in("en") in notes
    if activity.instructions:
        assert activity.instructions in notes
    for question in activity.guiding_questions:
        assert question in notes


def test_a_report_back_round_shows_whose_turn_it_is(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    assert presenter.rounds_label.isHidden()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    page.controller.start_rounds(["Kelompok 1", "Kelompok 2", "Kelompok 3"], 120)
    assert presenter.rounds_label.text() == "Report-back: Kelompok 1 (1 of 3) · then Kelompok 2"
    assert presenter.rounds_label.isVisible()
    page.controller.move_round(+1)
    assert presenter.rounds_label.text().startswith("Report-back: Kelompok 2 (2 of 3)")
    assert presenter.timer_label.text() == "02:00"


def test_it_is_not_the_projector_both_open_at_once(qtbot, data_dir, clock) -> None:
    window, page, presenter = open_presenter(qtbot, data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(page, Qt.Key.Key_F5)
    projector = page.context.projector
    assert projector.isVisible() and presenter.isVisible() and projector is not presenter
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert presenter.timer_label.text() == projector.view.reading
    presenter.close()
    assert projector.isVisible()


def test_f7_and_the_view_menu_open_it_and_f7_closes_it(qtbot, data_dir, clock) -> None:
    window, page = open_run(qtbot, data_dir)
    action = page.presenter.action
    assert action in window.view_menu.actions() and action.shortcut().toString() == "F7"
    qtbot.keyClick(page, Qt.Key.Key_F7)
    presenter = page.presenter.window
    assert presenter is not None and presenter.isVisible()
    presenter.activateWindow()
    qtbot.keyClick(presenter, Qt.Key.Key_F7)
    assert not presenter.isVisible()
    action.trigger()
    assert presenter.isVisible()
    assert any(key == "F7" for key, _text in page_shortcut_rows())


def page_shortcut_rows() -> list[tuple[str, str]]:
    from ui.run.shortcuts import shortcut_rows

    return shortcut_rows()


def test_it_closes_with_the_session_and_with_the_main_window(qtbot, data_dir, clock) -> None:
    window, page, presenter = open_presenter(qtbot, data_dir)
    page.close_session()
    assert not presenter.isVisible()
    page.presenter.open()
    assert presenter.isVisible()
    window.close()
    assert not presenter.isVisible()


def test_it_remembers_its_place_and_size(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    presenter.resize(QSize(640, 480))
    presenter.move(QPoint(40, 30))
    qtbot.wait(10)
    size = presenter.size()
    presenter.close()
    other = PresenterWindow(
        page.controller, page.day_column.projector_controls, None, "en", page.window()
    )
    qtbot.addWidget(other)
    other.present()
    assert other.size() == size
    assert other.screen_choice.count() >= 1


def test_every_word_is_in_indonesian(qtbot, qapp, data_dir, clock) -> None:
    install_translator(qapp, "id")
    _window, page, presenter = open_presenter(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert presenter.windowTitle() != "Presenter view"
    assert presenter.toggle_button.text() != "Pause (Space)"
    assert presenter.message_label.text() != "No message on the projector."
    assert not presenter.next_label.text().startswith("Next")
    assert page.presenter.button.text() != "Presenter view (F7)"


@pytest.mark.attack("presenter")
def test_a_hostile_message_from_the_presenter_is_cleaned_and_bounded(
    qtbot, data_dir, clock
) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    presenter.message_edit.setText("\x00" + "x" * 500)  # setText bypasses nothing: maxLength
    presenter.show_message()
    message = page.context.projector.message
    assert "\x00" not in message and 0 < len(message) <= 120


@pytest.mark.attack("presenter")
def test_a_blank_message_changes_nothing_on_the_wall(qtbot, data_dir, clock) -> None:
    _window, page, presenter = open_presenter(qtbot, data_dir)
    page.day_column.projector_controls.send_message("Pleno jam 10")
    presenter.message_edit.setText("   \x00  ")
    presenter.show_message()
    assert page.context.projector.message == "Pleno jam 10"


@pytest.mark.attack("presenter")
def test_without_an_open_session_it_does_not_open(qtbot, data_dir, clock) -> None:
    _window, page = open_run(qtbot, data_dir)
    page.controller.close_session()
    assert not page.presenter.action.isEnabled() and not page.presenter.button.isEnabled()
    page.presenter.open()  # a stray call (a queued key) does nothing
    assert page.presenter.window is None


@pytest.mark.attack("presenter")
def test_a_saved_geometry_off_every_screen_still_shows_it(qtbot, data_dir, clock) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    QSettings().setValue("presenter/geometry", QByteArray(b"\x01\xd9\xd0\xcbgarbage"))
    QSettings().setValue("presenter/screen", "HDMI-9 that is gone")
    _window, page, presenter = open_presenter(qtbot, data_dir)
    area = presenter.screen().availableGeometry()
    assert presenter.isVisible() and area.intersects(presenter.geometry())

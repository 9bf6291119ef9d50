"""What the once-a-second tick no longer works out anew every second (the slip's words, the
next activity, the digits' style, the wall's layout) must still change the moment the
activity, the plan, the language or the theme does."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from facilitation.run_log import DaySlip
from tests.fake_clock import FakeClock
from tests.ui.run.test_run_projector_view import running_controller
from tests.ui.run.test_ui_run import open_run
from ui.common.i18n import install_translator
from ui.common.theme import ThemeChoice, current_tokens, install_theme, theme_manager
from ui.projector.view import ProjectorView
from ui.projector.window import ProjectorWindow
from ui.run.texts import projector_view, slip_texts
from ui.run_control.controller import RunController


def test_the_slip_line_follows_the_language(qtbot, qapp, data_dir) -> None:
    controller = running_controller(data_dir, FakeClock())
    controller.toggle()
    slip = controller.slip()
    late = DaySlip(12, slip.projected_end, slip.planned_end, slip.planned_start)
    try:
        assert slip_texts(late)[0] == "12 min late"
        install_translator(qapp, "id")
        assert slip_texts(late)[0] == "Terlambat 12 menit"
    finally:
        install_translator(qapp, "en")
    assert slip_texts(late)[0] == "12 min late"


def test_the_slip_line_and_the_digits_follow_the_theme(qtbot, data_dir) -> None:
    install_theme(ThemeChoice.LIGHT)
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    label = page.day_column.slip_label
    light = current_tokens()
    try:
        theme_manager().choose(ThemeChoice.DARK)
        dark = current_tokens()
        assert dark is not light
        page.controller._on_tick()  # the same steady slip as a second ago, another theme
        assert f"color: {slip_texts(page.controller.slip())[1]};" in label.styleSheet()
        assert dark.phases[page.projector_view().phase][0] in page.timer_label.styleSheet()
    finally:
        theme_manager().choose(ThemeChoice.LIGHT)
    page.controller._on_tick()
    assert light.phases[page.projector_view().phase][0] in page.timer_label.styleSheet()


def test_a_steady_timer_hands_the_same_slip_until_it_is_changed(qtbot, data_dir) -> None:
    clock = FakeClock()
    controller = running_controller(data_dir, clock)
    controller.toggle()
    first = controller.slip()
    clock.advance(1)
    assert controller.slip() is first  # nothing to work out while the deadline stands
    controller.adjust(600)  # +10 min: the deadline moved
    moved = controller.slip()
    assert moved is not first and moved.slip_minutes == first.slip_minutes + 10


def test_the_next_activity_follows_the_run_and_an_edited_plan(qtbot, data_dir) -> None:
    controller: RunController = running_controller(data_dir, FakeClock())
    controller.toggle()
    activities = controller.run.activities
    assert projector_view(controller).next_title == activities[1].title
    controller.next()  # within the same minute
    assert projector_view(controller).next_title == activities[2].title
    session = controller.session
    day = session.days[0]
    renamed = replace(day.activities[2], title="Pleno besar")
    edited_day = replace(day, activities=(*day.activities[:2], renamed, *day.activities[3:]))
    controller.refresh_agenda(replace(session, days=(edited_day, *session.days[1:])))
    assert projector_view(controller).next_title == "Pleno besar"


def test_the_walls_layout_follows_its_size_and_what_it_holds(qtbot) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    view = ProjectorView(title="Diskusi", reading="10:00", clock="09:00")
    window.show_view(view)
    plain = window.face_layout()
    assert window.face_layout() is plain  # not worked out again every second
    window.show_view(replace(view, instructions="Bahas kasus"))
    with_task = window.face_layout()
    assert with_task.digits.height() < plain.digits.height()
    window.show_view(replace(view, instructions="Bahas kasus", next_title="Pleno"))
    assert window.face_layout().next.height() > 0 == with_task.next.height()
    window.resize(1920, 1080)
    assert window.face_layout().digits.width() > with_task.digits.width()

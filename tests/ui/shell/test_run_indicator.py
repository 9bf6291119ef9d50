"""Every page shows that a timer runs and how much is left; a click goes to the Run page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import make_window


def test_the_status_bar_shows_the_running_timer_on_every_page(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    window.open_session(window.context.sessions.list()[0].id)
    qtbot.waitUntil(lambda: window.run_indicator is not None)
    indicator = window.run_indicator
    assert not indicator.isVisible()  # nothing runs yet
    controller = window.session_context.run_controller
    controller.toggle()  # start the first activity
    first = controller.run.current.title
    window.show_page("notes")
    assert indicator.isVisible()
    assert indicator.text().startswith(f"▶ {first} · ")
    controller.toggle()  # pause
    assert indicator.text().startswith("⏸")
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.pages_by_key["run"]


def test_a_timer_already_running_never_makes_the_indicator_a_window(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    window.open_session(window.context.sessions.list()[0].id)
    window.session_context.run_controller.toggle()  # running before the indicator exists
    qtbot.waitUntil(lambda: window.run_indicator is not None)
    assert not window.run_indicator.isWindow()
    assert window.run_indicator.isVisible()

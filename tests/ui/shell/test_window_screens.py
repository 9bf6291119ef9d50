"""A window left outside every screen when its own was unplugged comes back whole on a screen
there is (the main window, unplugged for real under Xvfb: tests/ui/run/test_screens_changing.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.shell.window_screens import WindowScreens


def shown_window(qtbot) -> QWidget:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    return window


def test_a_window_outside_every_screen_comes_back_whole(qtbot) -> None:  # noqa: ANN001
    window = shown_window(qtbot)
    area = window.screen().availableGeometry()
    window.move(area.right() + 400, area.bottom() + 300)  # where a pulled screen was
    assert not area.contains(window.frameGeometry())
    WindowScreens(window, lambda: None).keep_whole()
    assert area.contains(window.frameGeometry())
    assert window.frameGeometry().center() == area.center()


def test_a_window_whole_on_its_screen_stays_where_the_user_put_it(qtbot) -> None:  # noqa: ANN001
    window = shown_window(qtbot)
    area = window.screen().availableGeometry()
    window.move(area.left() + 10, area.top() + 20)
    before = window.frameGeometry()
    WindowScreens(window, lambda: None).keep_whole()
    assert window.frameGeometry() == before

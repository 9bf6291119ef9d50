"""The window fits the screen the first time and comes back as it was left."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from tests.ui.ui_helpers import make_window
from ui.shell.window_memory import SCREEN_SHARE


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    area = window.screen().availableGeometry()
    smallest = window.minimumSizeHint()  # what the pages need at the least (fits 1366×768)
    assert smallest.width() <= 1366 * SCREEN_SHARE and smallest.height() <= 768 * SCREEN_SHARE
    assert window.width() <= max(int(area.width() * SCREEN_SHARE), smallest.width())
    assert window.height() <= max(int(area.height() * SCREEN_SHARE), smallest.height())
    assert area.contains(window.frameGeometry().center())


def test_size_and_splitters_come_back_after_a_restart(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    window.open_session(window.context.sessions.list()[0].id)
    window.show_page("people")
    people = window.pages_by_key["people"]
    splitter = people.findChildren(QSplitter)[0]
    window.resize(window.minimumSizeHint().width(), 740)  # the test screen is 800 px
    splitter.setSizes([100, 500])
    moved = splitter.sizes()
    window.close()  # a normal close remembers

    again = make_window(qtbot, data_dir)
    assert again.height() == 740
    again.open_session(again.context.sessions.list()[0].id)
    again.show_page("people")
    restored = again.pages_by_key["people"].findChildren(QSplitter)[0]
    assert restored.sizes() == moved


def test_a_maximised_window_opens_maximised(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = make_window(qtbot, data_dir)
    assert again.isMaximized()

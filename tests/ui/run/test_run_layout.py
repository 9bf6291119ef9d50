"""The Run page on a 1366x768 laptop: today's list keeps five rows or more in sight while the
shift offer is up, more once it is gone, and the countdown, the controls and the note box stay
on screen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from tests.ui.run.test_run_shift import run_on_a_fake_clock
from ui.run.capture_area import RUN_NOTE_MIN_HEIGHT
from ui.run.page import TIMER_MIN_HEIGHT

LAPTOP = (1366, 700)  # a 1366x768 screen less its taskbar and the window's title bar


def rows_in_view(table: QTableView) -> int:
    """The rows the list's viewport shows whole, by the rows' own rectangles."""
    shown = table.viewport().rect()
    model = table.model()
    return sum(
        1
        for row in range(model.rowCount())
        if shown.contains(table.visualRect(model.index(row, 0)))
    )


def on_screen(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def laptop_window(qtbot, data_dir):
    window, page, _clock = run_on_a_fake_clock(qtbot, data_dir, timedelta(hours=2, minutes=12))
    qtbot.keyClick(page, Qt.Key.Key_Space)  # the first activity starts 2 h 12 min late
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.height() == LAPTOP[1], timeout=2000)
    QApplication.processEvents()
    return window, page


def test_a_laptop_sees_five_rows_of_the_day_with_the_shift_offer_up(qtbot, data_dir) -> None:
    window, page = laptop_window(qtbot, data_dir)
    bar, table = page.shift_bar, page.day_column.table
    assert bar.isVisible() and bar.shift_button.isVisible()
    assert table.model().rowCount() > 6  # the sample day: more than the list can show
    with_offer = rows_in_view(table)
    assert with_offer >= 5
    assert table.rowHeight(0) >= table.sizeHintForRow(0)  # no row cut to make them fit
    assert bar.height() <= 2 * bar.shift_button.sizeHint().height()  # one line
    assert "Shift today's plan" in bar.label.toolTip()  # the whole offer, where it is cut
    assert page.timer_label.height() >= TIMER_MIN_HEIGHT and on_screen(page.timer_label, window)
    for widget in (page.toggle_button, page.next_button, page.plus_button, bar.keep_button):
        assert on_screen(widget, window)
    assert page.capture_area.is_open() and on_screen(page.capture_area.box, window)
    note = page.capture_area.capture.text_edit
    assert on_screen(note, window) and note.height() >= RUN_NOTE_MIN_HEIGHT

    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not bar.isVisible()
    assert rows_in_view(table) > with_offer  # the line the offer took goes to the list

"""The Notes page's tabs: a label changing inside a page repaints that label, not the whole
page; the tab bar and page area are still placed as QTabWidget places them when they move."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui.ui_helpers import make_context, page_context
from ui.common.steady_tabs import SteadyTabWidget
from ui.notes.page import NotesPage


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def tabs_with_a_page(tabs: QTabWidget) -> tuple[QLabel, QPushButton]:
    """A page as the Notes tab: a splitter of the note box (a button) and the list (a count)."""
    box, notes = QWidget(), QWidget()
    label = QLabel("20,000 notes")
    button = QPushButton("Simpan")
    QVBoxLayout(box).addWidget(button)
    layout = QVBoxLayout(notes)
    layout.addWidget(label)
    layout.addStretch()
    page = QSplitter(Qt.Orientation.Vertical)
    page.addWidget(box)
    page.addWidget(notes)
    tabs.addTab(page, "Catatan")
    tabs.addTab(QWidget(), "Cari")
    tabs.resize(700, 400)
    tabs.show()
    QApplication.processEvents()
    return label, button


def test_saving_a_note_repaints_what_changed_not_the_whole_page(qtbot, data_dir) -> None:  # noqa: ANN001
    context = make_context(data_dir)
    page = NotesPage(page_context(context))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.open_session(context.sessions.list()[0].id)
    QApplication.processEvents()
    unchanged = page.capture.findChildren(QLabel)[0]  # "Activity": no reason to repaint
    assert unchanged.text() and unchanged.isVisible()
    count, label = PaintCounter(page.browser.count_label), PaintCounter(unchanged)
    page.capture.text_edit.setPlainText("Peserta mengusulkan layanan keliling")
    page.capture.save()
    QApplication.processEvents()
    assert count.paints == 1  # "1 note"
    assert label.paints == 0  # QTabWidget repaints it, and all the page, at each save


def test_tabs_are_placed_as_qtabwidget_places_them(qtbot) -> None:
    steady, plain = SteadyTabWidget(), QTabWidget()
    pages = []
    for tabs in (steady, plain):
        qtbot.addWidget(tabs)
        pages.append(tabs_with_a_page(tabs))

    def placed(tabs: QTabWidget) -> tuple:
        stack = tabs.currentWidget().parentWidget()
        return tabs.tabBar().geometry(), stack.geometry(), tabs.minimumSizeHint()

    for change in (
        lambda tabs, label: label.setText("Catatan yang jauh lebih panjang " * 8),
        lambda tabs, label: label.setMinimumHeight(500),
        lambda tabs, label: tabs.setTabText(0, "Catatan dan gagasan peserta"),
        lambda tabs, label: tabs.addTab(QWidget(), "Rencana kerja"),
        lambda tabs, label: tabs.resize(420, 380),
        lambda tabs, label: tabs.setTabPosition(QTabWidget.TabPosition.West),
    ):
        for tabs, (label, _button) in zip((steady, plain), pages, strict=True):
            change(tabs, label)
        QApplication.processEvents()
        assert placed(steady) == placed(plain)

"""The notes list copies each cell from a pixmap drawn once: the same pixels as Qt's own
painting (a selected and a focused row, starred notes, long and empty texts, both themes), and a
list painted again asks the model nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStackedWidget, QStyledItemDelegate, QWidget

from facilitation.notes import Note, NoteKind
from tests.ui.notes.notes_helpers import shown_notes_page
from tests.ui.ui_helpers import count_calls, make_context, page_context
from ui.common.theme import ThemeChoice, install_theme
from ui.notes.long_text import LongTextDelegate
from ui.notes.model import NotesTableModel
from ui.notes.page import NotesPage

TEXTS = [
    "Peserta kelompok 3 menyampaikan bahwa pelayanan publik di kecamatan " * 5,
    "Pendek",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" * 4,
    "Kerja sama antar-instansi\nbelum berjalan — perlu MoU 🙂 " * 6,
    "Akuntabel",
]


@pytest.fixture
def page(qtbot, data_dir):  # noqa: ANN001, ANN201
    context = make_context(data_dir)
    session_id = context.sessions.list()[0].id
    for number in range(40):
        context.notes.add(
            Note(
                session_id,
                TEXTS[number % len(TEXTS)],
                kind=list(NoteKind)[number % len(NoteKind)],
                tags=["inovasi", "KKN"] if number % 3 else [],
                group_label=f"Kelompok {number % 4}" if number % 2 else "",
                speaker="Sri Wahyuni" if number % 5 else "",
                starred=number % 4 == 0,
            )
        )
    return shown_notes_page(qtbot, context, session_id)


def grab(page: NotesPage) -> QImage:
    return page.browser.table.viewport().grab().toImage()


def qt_painting(page: NotesPage) -> None:
    """The list as it was painted before: Qt's delegate, the long text cut in its column."""
    table = page.browser.table
    table.setItemDelegate(QStyledItemDelegate(table))
    table.setItemDelegateForColumn(NotesTableModel.TEXT, LongTextDelegate(table))


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
@pytest.mark.parametrize("width", [900, 1280])
def test_copied_cells_are_the_same_pixels_as_qts_painting(page, choice, width: int) -> None:  # noqa: ANN001
    install_theme(choice)
    page.resize(width, 800)
    table = page.browser.table
    table.selectRow(2)
    table.setFocus()
    QApplication.processEvents()
    grab(page)  # the first paint warms Qt's own caches (glyphs) and may differ by a pixel
    drawn = grab(page)  # every cell drawn into its pixmap, then copied
    copied = grab(page)  # every cell from the pixmaps kept
    qt_painting(page)
    assert drawn == grab(page)
    assert copied == drawn


def test_a_list_painted_again_asks_the_model_nothing(page, monkeypatch) -> None:  # noqa: ANN001
    calls = count_calls(monkeypatch, NotesTableModel, ["multiData", "data"], listed=True)
    grab(page)
    assert calls == {"multiData": 0, "data": 0}


def test_a_changed_note_is_drawn_again(page) -> None:  # noqa: ANN001
    browser = page.browser
    before = grab(page)
    note = browser.model.note(0)
    browser.notes.set_starred(note.id, not note.starred)
    browser.refresh_note(note.id)
    after = grab(page)
    assert after != before
    qt_painting(page)
    assert after == grab(page)


def test_a_long_list_is_first_painted_with_its_scroll_bar(qtbot, data_dir) -> None:  # noqa: ANN001
    """Else it is painted without, then again narrower once the bar comes (and its cells kept
    at a width never seen again)."""
    context = make_context(data_dir)
    session_id = context.sessions.list()[0].id
    for number in range(60):  # more than the list shows
        context.notes.add(Note(session_id, f"Catatan {number}"))
    pages = QStackedWidget()  # as in the window: another page shown first
    qtbot.addWidget(pages)
    page = NotesPage(page_context(context))
    pages.addWidget(QWidget())
    pages.addWidget(page)
    pages.resize(1280, 800)
    pages.show()
    QApplication.processEvents()
    viewport = page.browser.table.viewport()
    widths: list[int] = []
    watcher = PaintWidths(viewport, widths)
    page.open_session(session_id)
    pages.setCurrentWidget(page)
    QApplication.processEvents()
    assert page.browser.table.verticalScrollBar().isVisible()
    assert widths and set(widths) == {viewport.width()}
    assert watcher is not None


class PaintWidths(QObject):
    def __init__(self, widget: QWidget, widths: list[int]) -> None:
        super().__init__(widget)
        self.widths = widths
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widths.append(watched.width())
        return False

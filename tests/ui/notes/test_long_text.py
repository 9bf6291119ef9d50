"""A long note paints from its visible beginning only, and looks exactly as before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from ui.notes.long_text import LongTextDelegate, visible_part

NOTES = [
    "Peserta kelompok 3 menyampaikan bahwa pelayanan publik di kecamatan " * 5,
    "Pendek",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" * 4,
    "Kerja sama antar-instansi ⏎ belum berjalan — perlu MoU 🙂 " * 6,
    "",
]


def table(width: int) -> QTableView:
    model = QStandardItemModel(len(NOTES), 2)
    for row, text in enumerate(NOTES):
        model.setItem(row, 0, QStandardItem(str(row)))
        model.setItem(row, 1, QStandardItem(text))
    view = QTableView()
    view.setWordWrap(False)
    view.setModel(model)
    model.setParent(view)
    view.setColumnWidth(1, width)
    view.resize(width + 120, 220)
    view.show()
    view.selectRow(1)  # a selected row paints too
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("width", [60, 240, 400, 1100])
def test_a_long_note_looks_the_same_painted_from_its_beginning(qapp, width: int) -> None:
    view = table(width)
    view.grab()  # the first paint of a table warms caches and may differ by a pixel
    plain = view.grab().toImage()
    view.setItemDelegateForColumn(1, LongTextDelegate(view))
    cut = view.grab().toImage()
    view.close()
    view.deleteLater()
    assert plain == cut


def test_only_a_beginning_wider_than_the_cell_stands_for_the_text(qapp) -> None:
    metrics = QFontMetrics(QApplication.font())
    long = "Catatan panjang tentang pelayanan publik " * 8
    shown = visible_part(long, 200, metrics)
    assert len(shown) < len(long) and metrics.horizontalAdvance(shown) > 200
    narrow = "i" * 300  # narrower than the guess: the whole text is painted
    assert visible_part(narrow, 1000, metrics) == narrow
    assert visible_part("Pendek", 10, metrics) == "Pendek"

"""The agenda's columns are measured from the font once per day shown, not by sizing every
cell after every change (a guard on work, not on time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from tests.ui.plan.test_ui_agenda import open_sample
from ui.common.labels import activity_kind_label
from ui.plan.model import AgendaTableModel


def test_a_reload_of_the_day_sizes_no_cell(qtbot, data_dir, monkeypatch) -> None:
    window, page = open_sample(qtbot, data_dir)
    qtbot.waitExposed(window)
    header = page.table.horizontalHeader()
    modes = {header.sectionResizeMode(c) for c in range(page.model.columnCount())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes  # it sizes every cell
    asked: list[int] = []
    real = AgendaTableModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
        asked.append(index.row())
        return real(self, index, role)

    monkeypatch.setattr(AgendaTableModel, "data", data)
    page.reload_details()
    page.table.fit_columns(["Role play", "Lecture"])
    assert asked == []  # measured from the font, not from the cells


def test_every_method_on_the_day_fits_its_column(qtbot, data_dir) -> None:
    window, page = open_sample(qtbot, data_dir)
    qtbot.waitExposed(window)
    metrics = page.table.fontMetrics()
    header = page.table.horizontalHeader()
    for row in range(page.model.rowCount()):
        label = activity_kind_label(page.model.item(row).activity.kind)
        assert header.sectionSize(AgendaTableModel.KIND) > metrics.horizontalAdvance(label)
        start = page.model.data(page.model.index(row, AgendaTableModel.START))
        assert header.sectionSize(AgendaTableModel.START) > metrics.horizontalAdvance(start)

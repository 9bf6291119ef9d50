"""Painting the agenda's table asks the model once per cell (multiData, all roles at once), not
once per role through data() (a guard on work, not on time)."""

from __future__ import annotations

from tests.ui.plan.test_ui_agenda import open_sample
from ui.plan.model import AgendaTableModel


def test_a_painted_cell_is_one_call(qtbot, data_dir, monkeypatch) -> None:
    calls = {"data": 0, "multiData": 0}
    for name in calls:  # before the page is made: PySide keeps a model's methods once used
        real = getattr(AgendaTableModel, name)

        def counted(model, *args, _name=name, _real=real):  # noqa: ANN001, ANN002, ANN202
            calls[_name] += 1
            return _real(model, *args)

        monkeypatch.setattr(AgendaTableModel, name, counted)
    _window, page = open_sample(qtbot, data_dir)
    calls.update(data=0, multiData=0)
    page.table.viewport().grab()  # paints every cell on screen
    cells = page.model.rowCount() * page.model.columnCount()
    assert 0 < calls["multiData"] <= cells
    assert calls["data"] == 0
    start = page.model.index(0, AgendaTableModel.START)
    assert page.model.data(start) == page.model.item(0).start.strftime("%H:%M")

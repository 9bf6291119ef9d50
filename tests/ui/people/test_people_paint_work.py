"""Painting the participants list asks Python as little as it can: one multiData per cell (all
roles at once, cell() only for the roles the model answers) and the cell's flags from the
proxy, not through mapToSource and the source's flags() (a guard on work, not on time)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.ui.people.test_participants_model_work import _people
from tests.ui.ui_helpers import count_calls
from ui.people.participants_model import ParticipantsFilterModel, ParticipantsTableModel


def test_a_painted_cell_is_one_call_and_few_lookups(qtbot, monkeypatch) -> None:
    model = ParticipantsTableModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    model.set_participants(_people(60), present=set())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 400)
    calls = count_calls(monkeypatch, ParticipantsTableModel, ["data", "flags", "cell"])
    view.viewport().grab()  # paints every cell on screen
    rows = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    columns = view.columnAt(view.viewport().width() - 1) - view.columnAt(0) + 1
    assert calls["data"] == 0 and calls["flags"] == 0
    assert 0 < calls["cell"] <= 3 * rows * columns  # display, foreground, alignment

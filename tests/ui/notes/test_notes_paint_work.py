"""Drawing the notes list's cells asks the model once per cell (multiData, all roles at once),
not once per role through data() (a guard on work, not on time; a cell drawn before is copied
and asks nothing: test_cell_pixmaps.py)."""

from __future__ import annotations

import pytest

from tests.ui.notes.test_notes_list_work import long_page  # noqa: F401 (a fixture)
from tests.ui.ui_helpers import count_calls
from ui.notes.model import NotesTableModel


@pytest.fixture
def calls(monkeypatch) -> dict[str, int]:  # noqa: ANN001
    """Counted from before the page is made: PySide keeps a model's Python methods once used."""
    return count_calls(monkeypatch, NotesTableModel, ["data", "multiData"])


def test_a_painted_cell_is_one_call(calls, long_page) -> None:  # noqa: F811
    calls.clear()  # as the page was first shown: counted from here
    table = long_page.browser.table
    table.itemDelegate().forget()  # every cell drawn anew
    table.viewport().grab()  # paints every cell on screen
    shown = table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
    assert 0 < calls["multiData"] <= shown * long_page.browser.model.columnCount()
    assert calls["data"] == 0

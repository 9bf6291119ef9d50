"""Opening the People page folds no name or phone: the search text and sort keys of a row are
made when a filter or a sort first asks for them (a guard on work, not on time)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from facilitation.participants import Participant
from ui.people.participants_model import SORT, ParticipantsFilterModel, ParticipantsTableModel


def _people(count: int) -> list[Participant]:
    return [
        Participant(name=f"Drs. Peserta {n:03d}, M.Si.", number=n, phone="6281234567")
        for n in range(count)
    ]


def test_rows_are_folded_only_when_a_filter_or_sort_asks(qapp) -> None:
    model = ParticipantsTableModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    model.set_participants(_people(50), present=set())
    proxy.sort(ParticipantsTableModel.NUMBER)
    assert model._search_texts.count(None) == 50 and model._sort_keys.count(None) == 50
    proxy.set_search("peserta 007")
    assert proxy.rowCount() == 1
    assert model._search_texts.count(None) == 0  # every row asked once
    proxy.set_search("")
    proxy.sort(ParticipantsTableModel.NAME)
    assert model._sort_keys.count(None) == 0
    assert proxy.data(proxy.index(7, ParticipantsTableModel.NAME)).startswith("Drs. Peserta 007")


def test_a_changed_row_is_folded_again(qapp) -> None:
    model = ParticipantsTableModel()
    people = _people(3)
    model.set_participants(people, present=set())
    assert "peserta 001" in model.search_text(1)
    renamed = replace(people[1], name="Siti Aminah")
    model.update_participant(renamed)
    assert "siti aminah" in model.search_text(1)
    assert "0812" in model.search_text(1)  # +62/62 numbers are found in their 08… form


class CountingModel(ParticipantsTableModel):
    """Counts the sort keys Qt asks for (each comparison asks twice)."""

    asked = 0

    def data(self, index, role=0):  # noqa: ANN001, ANN201
        if role == SORT:
            CountingModel.asked += 1
        return super().data(index, role)


def test_reloading_a_list_shown_by_number_compares_nothing(qapp) -> None:
    """The store lists people by number, so the usual order needs no sort: Qt's would ask
    data() twice per comparison, ~9,000 Python calls for 500 people at every reload."""
    model = CountingModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(ParticipantsTableModel.NUMBER)
    CountingModel.asked = 0
    model.set_participants(_people(500), present=set())
    assert proxy.rowCount() == 500
    assert CountingModel.asked == 0
    numbers = [proxy.index(r, 0).data() for r in range(500)]
    assert numbers == sorted(numbers)


def test_a_list_out_of_number_order_is_still_shown_by_number(qapp) -> None:
    model = ParticipantsTableModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(ParticipantsTableModel.NUMBER)
    model.set_participants(list(reversed(_people(20))), present=set())
    assert [proxy.index(r, 0).data() for r in range(20)] == list(range(20))
    proxy.sort(ParticipantsTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(20)] == list(range(19, -1, -1))
    model.set_participants(_people(20), present=set())  # back in order: no sort needed
    proxy.sort(ParticipantsTableModel.NUMBER)
    assert [proxy.index(r, 0).data() for r in range(20)] == list(range(20))


class PaintCountingModel(ParticipantsTableModel):
    """Counts Qt's data() calls and the cells the proxy reads directly."""

    def __init__(self) -> None:
        super().__init__()
        self.data_calls = 0
        self.cells: list[int] = []

    def data(self, index, role=0):  # noqa: ANN001, ANN201
        self.data_calls += 1
        return super().data(index, role)

    def cell(self, row: int, column: int, role: int) -> object:
        self.cells.append(row)
        return super().cell(row, column, role)


def test_a_painted_cell_is_one_call_not_one_per_role(qtbot) -> None:
    """The delegate asks seven roles per cell; through the proxy each data() call also asks
    rowCount and columnCount: the proxy answers them all from one Python call per cell."""
    from PySide6.QtWidgets import QTableView

    model = PaintCountingModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(ParticipantsTableModel.NUMBER)
    model.set_participants(_people(500), present=set())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    model.data_calls, model.cells = 0, []
    view.grab()  # paints every cell on screen
    assert model.cells and max(model.cells) < 40  # the rows on screen only
    assert model.data_calls == 0  # none of them one role at a time
    assert proxy.index(0, ParticipantsTableModel.NAME).data() == "Drs. Peserta 000, M.Si."


def _shown(proxy: ParticipantsFilterModel, row: int, column: int) -> object:
    """What a painted cell shows: the delegate asks through multiData, as a view does."""
    from PySide6.QtCore import QModelRoleData

    roles = [QModelRoleData(Qt.ItemDataRole.DisplayRole)]
    proxy.multiData(proxy.index(row, column), roles)
    return roles[0].data()


def test_a_painted_row_shows_its_person_in_any_order_and_after_a_change(qapp) -> None:
    model = ParticipantsTableModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    people = _people(5)
    model.set_participants(people, present=set())
    proxy.sort(ParticipantsTableModel.NUMBER)  # the store's order: no index mapped
    assert _shown(proxy, 3, ParticipantsTableModel.NAME).startswith("Drs. Peserta 003")
    assert _shown(proxy, 3, ParticipantsTableModel.PHONE) == "081234567"
    model.update_participant(replace(people[3], name="Siti Aminah"))
    model.set_present(people[3].id, True)
    assert _shown(proxy, 3, ParticipantsTableModel.NAME) == "Siti Aminah"
    assert _shown(proxy, 3, ParticipantsTableModel.PRESENT) != "—"
    proxy.sort(ParticipantsTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy, 0, ParticipantsTableModel.NAME).startswith("Drs. Peserta 004")
    proxy.sort(ParticipantsTableModel.NUMBER)
    proxy.set_search("peserta 002")
    assert _shown(proxy, 0, ParticipantsTableModel.NAME).startswith("Drs. Peserta 002")
    assert proxy.headerData(ParticipantsTableModel.NIP, Qt.Orientation.Horizontal) == "NIP"

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

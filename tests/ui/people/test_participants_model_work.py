"""Opening the People page folds no name or phone: the search text and sort keys of a row are
made when a filter or a sort first asks for them (a guard on work, not on time)."""

from __future__ import annotations

from dataclasses import replace

from facilitation.participants import Participant
from ui.people.participants_model import ParticipantsFilterModel, ParticipantsTableModel


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

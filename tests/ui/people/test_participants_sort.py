"""Sorting the participants table: the model sorts its own rows in Python, and the order is
exactly the one Qt's QSortFilterProxyModel gave (the reference below: Qt's own sort over a
model left in the list's order), in every column, both ways, after other sorts too (Qt's
stable sort builds on the order shown); after an edit, the row moves as Qt's dynamic sort
moved it."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from facilitation.participants import Gender, Participant
from ui.people.participants_model import SORT_ROLE, ParticipantsFilterModel, ParticipantsTableModel
from ui.people.row_order import after_change, sorted_rows

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
COLUMNS = range(ParticipantsTableModel.LAST + 1)
NAME, PRESENT = ParticipantsTableModel.NAME, ParticipantsTableModel.PRESENT
# Duplicates in every column, titles, case, empty cells, and text past U+FFFF (Qt compares
# UTF-16 code units: "𝐀" (U+1D400) sorts before "ｚ" (U+FF5A) there, after it in Python).
NAMES = ["Siti", "SITI", "Drs. Siti", "Budi", "budi", "", "Ｚaki", "𝐀nis", "Ani, S.E.", "Ani"]
WORDS = ["", "Dinas", "dinas", "Bappeda", "ｚ", "𝐀", "Camat"]


def _roster(count: int, seed: int = 1) -> list[Participant]:
    pick = random.Random(seed).choice
    return [
        Participant(
            name=pick(NAMES),
            nip=pick(["", "198001012005011001", "197001012005011002"]),
            position=pick(WORDS),
            institution=pick(WORDS),
            gender=pick(list(Gender)),
            phone=pick(["", "6281234567", "081234567"]),
            email=pick(["", "a@x.id", "B@x.id"]),
            number=number,
            rank_grade=pick(WORDS),
            birth_place=pick(WORDS),
            birth_date=pick(["", "1978-03-12", "1980-01-01"]),
        )
        for number in range(1, count + 1)
    ]


def _ours(people: list[Participant], present: set[str]):
    model = ParticipantsTableModel()
    proxy = ParticipantsFilterModel()
    proxy.setSourceModel(model)
    model.set_participants(people, present)
    return model, proxy


def _qt(people: list[Participant], present: set[str]):
    """Qt's own sort, as the table had it: a proxy sorting a model that keeps the list's order."""
    model = ParticipantsTableModel()
    model.set_participants(people, present)
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    proxy.rowCount()  # as a view would: Qt orders ties otherwise when a proxy is never read
    return model, proxy


def _ids(model: ParticipantsTableModel, proxy: QSortFilterProxyModel) -> list[str]:
    return [
        model.participant(proxy.mapToSource(proxy.index(row, 0)).row()).id
        for row in range(proxy.rowCount())
    ]


@pytest.mark.parametrize("order", [ASC, DESC])
@pytest.mark.parametrize("column", COLUMNS)
def test_every_column_sorts_as_qt_did(qapp, column: int, order: Qt.SortOrder) -> None:
    people = _roster(120)
    present = {person.id for person in people[::3]}
    model, proxy = _ours(people, present)
    reference, qt_proxy = _qt(people, present)
    proxy.sort(column, order)
    qt_proxy.sort(column, order)
    assert _ids(model, proxy) == _ids(reference, qt_proxy)
    assert model.participants() == people  # still the store's number order for the rest


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(NAMES + ["Ｚ", "z", "𝐀", "\U00010000"]), max_size=25),
    column=st.sampled_from([NAME, ParticipantsTableModel.INSTITUTION, PRESENT]),
    descending=st.booleans(),
    shuffled=st.randoms(use_true_random=False),
)
def test_any_roster_sorts_as_qt_did(qapp, names, column, descending, shuffled) -> None:
    people = [
        Participant(name=name, institution=name[:1], number=n) for n, name in enumerate(names)
    ]
    shuffled.shuffle(people)  # a list out of number order too: ties keep the list's order
    present = {person.id for person in people if len(person.name) % 2}
    model, proxy = _ours(people, present)
    reference, qt_proxy = _qt(people, present)
    order = DESC if descending else ASC
    proxy.sort(column, order)
    qt_proxy.sort(column, order)
    assert _ids(model, proxy) == _ids(reference, qt_proxy)


def test_a_sort_builds_on_the_one_before_as_qts_did(qapp) -> None:
    people = _roster(90, seed=7)
    present = {person.id for person in people[::4]}
    model, proxy = _ours(people, present)
    reference, qt_proxy = _qt(people, present)
    qt_proxy.sort(ParticipantsTableModel.NUMBER)
    proxy.sort(ParticipantsTableModel.NUMBER)
    steps = [(NAME, DESC), (NAME, ASC), (ParticipantsTableModel.INSTITUTION, DESC), (PRESENT, ASC)]
    steps += [(NAME, ASC), (ParticipantsTableModel.GENDER, DESC), (-1, DESC), (NAME, DESC)]
    for column, order in steps:
        proxy.sort(column, order)
        qt_proxy.sort(column, order)
        assert _ids(model, proxy) == _ids(reference, qt_proxy), (column, order)


def test_a_new_roster_is_shown_in_the_chosen_order(qapp) -> None:
    model, proxy = _ours([], set())
    proxy.sort(NAME, DESC)
    people = _roster(40, seed=2)
    model.set_participants(people, set())
    reference, qt_proxy = _qt(people, set())
    qt_proxy.sort(NAME, DESC)
    assert _ids(model, proxy) == _ids(reference, qt_proxy)
    proxy.sort(ParticipantsTableModel.NUMBER)  # back to the store's order, the fast path
    assert [model.participant(row) for row in range(40)] == people


def test_the_search_filters_a_sorted_table(qapp) -> None:
    people = _roster(80, seed=3)
    model, proxy = _ours(people, set())
    reference, qt_proxy = _qt(people, set())
    proxy.sort(ParticipantsTableModel.INSTITUTION, DESC)
    qt_proxy.sort(ParticipantsTableModel.INSTITUTION, DESC)
    proxy.set_search("siti")
    wanted = [i for i in _ids(reference, qt_proxy) if "siti" in model.search_text(model.row_of(i))]
    assert wanted and _ids(model, proxy) == wanted
    proxy.set_search("")
    assert _ids(model, proxy) == _ids(reference, qt_proxy)


def test_the_selection_current_row_and_header_survive_a_sort(qtbot) -> None:
    people = _roster(60, seed=4)
    model, proxy = _ours(people, set())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(ParticipantsTableModel.NUMBER, ASC)
    chosen = [people[5].id, people[40].id]
    for person_id in chosen:
        view.selectionModel().select(
            proxy.index(model.row_of(person_id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    view.selectionModel().setCurrentIndex(
        proxy.index(model.row_of(people[40].id), NAME), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    for order in (DESC, ASC, DESC):
        view.sortByColumn(NAME, order)
        header = view.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NAME, order)
        selected = view.selectionModel().selectedRows()
        shown = {model.participant(proxy.mapToSource(index).row()).id for index in selected}
        assert shown == set(chosen)
        current = view.selectionModel().currentIndex()
        assert model.participant(proxy.mapToSource(current).row()).id == people[40].id
        assert current.column() == NAME


@pytest.mark.parametrize("order", [ASC, DESC])
def test_an_edited_name_moves_as_qts_dynamic_sort_moved_it(qapp, order) -> None:
    people = _roster(50, seed=5)
    model, proxy = _ours(people, set())
    reference, qt_proxy = _qt(people, set())
    qt_proxy.setDynamicSortFilter(True)
    proxy.sort(NAME, order)
    qt_proxy.sort(NAME, order)
    renames = [(7, "Aaron"), (7, "Zulkifli"), (20, "Siti"), (33, "budi"), (20, "Budi")]
    renames += [(n, NAMES[n % len(NAMES)]) for n in range(0, 50, 4)]
    for at, name in renames:
        person = replace(model.participants()[at], name=name)
        model.update_participant(person)
        reference.update_participant(person)
        assert _ids(model, proxy) == _ids(reference, qt_proxy), (at, name)


def test_checking_in_moves_the_row_when_sorted_by_presence(qapp) -> None:
    people = _roster(30, seed=6)
    model, proxy = _ours(people, set())
    reference, qt_proxy = _qt(people, set())
    proxy.sort(PRESENT, DESC)
    qt_proxy.sort(PRESENT, DESC)
    for at in (12, 3, 25, 12, 0):
        present = people[at].id not in model.present_ids()
        model.set_present(people[at].id, present)
        reference.set_present(people[at].id, present)
        assert _ids(model, proxy) == _ids(reference, qt_proxy)
    assert model.participant(proxy.mapToSource(proxy.index(0, 0)).row()).id in (model.present_ids())


def test_the_page_sorts_and_edits_by_the_sorted_row(qtbot, data_dir, tmp_path) -> None:
    from tests.ui.people.test_ui_people import imported_page, stored

    page = imported_page(qtbot, data_dir, tmp_path)
    page.table.sortByColumn(NAME, DESC)
    names = [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]
    first = page.model.participant(page.proxy.mapToSource(page.proxy.index(0, 0)).row())
    page.proxy.setData(page.proxy.index(0, NAME), "Aang")  # now it belongs at the bottom
    assert next(p for p in stored(page) if p.id == first.id).name == "Aang"
    last = page.proxy.rowCount() - 1
    assert page.proxy.index(last, NAME).data() == "Aang"
    assert page.proxy.index(0, NAME).data() == names[1]
    assert [p.number for p in page.model.participants()] == sorted(
        p.number for p in page.model.participants()
    )


def test_row_order_helpers_on_plain_keys() -> None:
    keys = {0: "b", 1: "a", 2: "b", 3: "c"}
    assert sorted_rows(range(4), keys.__getitem__, descending=False) == [1, 0, 2, 3]
    assert sorted_rows(range(4), keys.__getitem__, descending=True) == [3, 0, 2, 1]
    keys[2] = "b"  # still between its neighbours: stays
    assert after_change([1, 0, 2, 3], 2, keys.__getitem__, descending=False) is None
    keys[1] = "bb"  # out of order: after the rows it need not precede, as Qt inserts it
    assert after_change([1, 0, 2, 3], 0, keys.__getitem__, descending=False) == [0, 2, 1, 3]


def test_removing_and_checking_in_on_a_sorted_list(qtbot, data_dir, tmp_path) -> None:
    from tests.ui.people.test_ui_people import CHECKIN_TAB, imported_page, stored

    page = imported_page(qtbot, data_dir, tmp_path)
    page.table.sortByColumn(ParticipantsTableModel.INSTITUTION, DESC)
    page.table.selectRow(2)
    shown = page.proxy.index(2, ParticipantsTableModel.NIP).data()
    assert [person.nip for person in page.selected_participants()] == [shown]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown not in {person.nip for person in stored(page)}
    page.undo_stack.undo()
    assert page.proxy.index(2, ParticipantsTableModel.NIP).data() == shown  # back in its place
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    target = stored(page)[7]
    qtbot.keyClicks(page.checkin.search, target.nip)
    qtbot.keyClick(page.checkin.search, Qt.Key.Key_Return)
    assert page.attendance.present_ids(page.current_day_id()) == {target.id}

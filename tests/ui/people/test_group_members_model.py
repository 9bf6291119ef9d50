"""A group's list over Qt's string list: the names, tooltips and ids as before, names that are
not edited in place, keys that select, and a name dragged onto a list (between names or onto
one) asking for a move."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from facilitation.group_formation import Group
from facilitation.participants import Participant
from ui.people.group_board import GroupColumn


def column(qtbot, people: list[Participant]) -> GroupColumn:  # noqa: ANN001
    shown = GroupColumn(Group("Kelompok 1", [p.id for p in people]), people)
    qtbot.addWidget(shown)
    shown.resize(260, 300)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


PEOPLE = [
    Participant("Sri Wahyuni", position="Analis SDM", institution="BKPSDM"),
    Participant("Budi Santoso", institution="Dinas Kominfo"),
    Participant("Dewi"),
]


def test_each_row_answers_its_name_tooltip_and_id(qtbot) -> None:  # noqa: ANN001
    model = column(qtbot, PEOPLE).model
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)
    assert [[model.index(r, 0).data(role) for role in roles] for r in range(3)] == [
        ["Sri Wahyuni", "Analis SDM · BKPSDM", PEOPLE[0].id],
        ["Budi Santoso", "Dinas Kominfo", PEOPLE[1].id],
        ["Dewi", None, PEOPLE[2].id],
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.rowCount() == 3 and model.rowCount(model.index(0, 0)) == 0
    assert model.names() == (["Sri Wahyuni", "Budi Santoso", "Dewi"], True)


def test_names_are_not_edited_in_the_list_and_keys_select(qtbot) -> None:  # noqa: ANN001
    shown = column(qtbot, PEOPLE)
    view = shown.list_view
    flags = shown.model.flags(shown.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable and flags & Qt.ItemFlag.ItemIsDragEnabled
    view.setCurrentIndex(shown.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    QApplication.processEvents()
    assert view.state() != QAbstractItemView.State.EditingState
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [1]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [2]


def test_a_name_dropped_between_or_onto_names_asks_for_a_move(qtbot) -> None:  # noqa: ANN001
    source, target = column(qtbot, PEOPLE[:2]), column(qtbot, PEOPLE[2:])
    asked: list[tuple[str, str]] = []
    target.model.move_requested.connect(lambda pid, gid: asked.append((pid, gid)))
    mime = source.model.mimeData([source.model.index(1, 0)])
    move = Qt.DropAction.MoveAction
    assert target.model.canDropMimeData(mime, move, -1, 0, QModelIndex())
    assert target.model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not target.model.dropMimeData(mime, move, -1, 0, QModelIndex())  # the list keeps it
    assert not target.model.dropMimeData(mime, move, -1, 0, target.model.index(0, 0))
    assert asked == [(PEOPLE[1].id, target.group.id)] * 2
    own = target.model.mimeData([target.model.index(0, 0)])
    target.model.dropMimeData(own, move, -1, 0, QModelIndex())  # onto its own group: nothing
    assert len(asked) == 2
    assert source.model.rowCount() == 2  # the refresh redraws both lists, not the drop

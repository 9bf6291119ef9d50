"""Forming groups for a big class must stay quick (issue 14): these guards count the work a
formation does, not the time it takes: the board's lists are reused and rows are not measured
one by one, and the earlier groups are read from the store once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitation.groups import GroupPlan
from tests.ui.people.test_ui_people import imported_page
from ui.people.page import GROUPS_TAB, PeoplePage


def form(page: PeoplePage, seed: int, avoid_repeats: bool = True) -> None:
    assert page.groups.form(GroupPlan(value=6, seed=seed, avoid_repeats=avoid_repeats))


def test_a_new_formation_shows_in_the_same_lists(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    form(page, 1)
    columns = list(page.groups_tab.board.columns)
    form(page, 2)
    board = page.groups_tab.board
    assert board.columns == columns  # the same widgets, showing the new groups
    assert all(column.list_view.uniformItemSizes() for column in columns)
    shown = {column.model.member(r).id for column in columns for r in range(10)}
    assert shown == {pid for g in page.groups.formation.groups for pid in g.member_ids}


def test_earlier_groups_are_read_once_for_formations_one_after_another(
    qtbot, data_dir, tmp_path
) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    reads: list[str] = []
    page.context.app.db.conn.set_trace_callback(
        lambda sql: reads.append(sql) if "JOIN group_formations f" in sql else None
    )
    try:
        for seed in range(1, 5):
            form(page, seed)
    finally:
        page.context.app.db.conn.set_trace_callback(None)
    assert len(reads) == 1
    assert len(page.groups.repo.history(page.session.id)) == 4


def shown_groups(page: PeoplePage) -> list[tuple[str, str, list[str], list[object]]]:
    """What each column shows: title, count, names, and each name's tooltip and id."""
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)
    return [
        (
            column.title.text(),
            column.count_label.text(),
            [column.model.member(r).id for r in range(column.model.rowCount())],
            [
                column.model.index(r, 0).data(role)
                for r in range(column.model.rowCount())
                for role in roles
            ],
        )
        for column in page.groups_tab.board.columns
    ]


def test_columns_out_of_view_take_their_group_when_scrolled_to(qtbot, data_dir, tmp_path) -> None:
    """A new formation fills the columns in view; the rest (most of 50 for a big class) are
    filled as they come into view, and then the board shows what a fresh one would."""
    page = imported_page(qtbot, data_dir, tmp_path)
    page.window().resize(900, 500)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    form(page, 1, avoid_repeats=False)
    page.groups.form(GroupPlan(value=20, seed=1, avoid_repeats=False))
    board = page.groups_tab.board
    qtbot.waitUntil(lambda: board.verticalScrollBar().maximum() > 0)
    columns = list(board.columns)
    assert page.groups.form(GroupPlan(value=20, seed=2, avoid_repeats=False))
    assert board.columns == columns
    last = columns[-1]
    assert last.group.id != page.groups.formation.groups[-1].id  # not in view: not filled yet
    assert columns[0].group.id == page.groups.formation.groups[0].id
    board.verticalScrollBar().setValue(board.verticalScrollBar().maximum())
    assert last.group.id == page.groups.formation.groups[-1].id
    for row in range(0, len(columns), 4):
        board.ensureWidgetVisible(columns[row])
    filled = shown_groups(page)
    page.groups_tab.board.show_groups([], {})  # a board built afresh for the same groups
    page.groups.refresh()
    assert shown_groups(page) == filled
    members = [g.member_ids for g in page.groups.formation.groups]
    assert [ids for _title, _count, ids, _data in filled] == members

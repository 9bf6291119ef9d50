"""Forming groups for a big class must stay quick (issue 14): these guards count the work a
formation does, not the time it takes: the board's lists are reused and rows are not measured
one by one, and the earlier groups are read from the store once."""

from __future__ import annotations

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

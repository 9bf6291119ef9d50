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
        lambda sql: reads.append(sql) if "SELECT id AS earlier" in sql else None
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


def scroll_through(qtbot, page: PeoplePage) -> None:
    board = page.groups_tab.board
    qtbot.wait(1)  # laid out
    board.verticalScrollBar().setValue(board.verticalScrollBar().maximum())
    board.verticalScrollBar().setValue(0)


def test_columns_are_built_and_filled_as_they_come_into_view(qtbot, data_dir, tmp_path) -> None:
    """A formation builds and fills the columns in view; the rest (most of 50 for a big class)
    are built or filled as they are scrolled to, and then the board shows what a board built
    afresh shows."""
    page = imported_page(qtbot, data_dir, tmp_path)
    page.window().resize(900, 500)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    assert page.groups.form(GroupPlan(value=20, seed=1, avoid_repeats=False))
    board = page.groups_tab.board
    assert 4 <= len(board.columns) < 20  # the rows in view
    qtbot.wait(1)  # laid out and painted: still the rows in view only
    assert 4 <= len(board.columns) < 20
    assert board.verticalScrollBar().maximum() > 0  # blank places keep the board's height
    built = list(board.columns)
    assert page.groups.form(GroupPlan(value=20, seed=2, avoid_repeats=False))
    assert board.columns == built  # the same widgets, the first showing the new group
    assert built[0].group.id == page.groups.formation.groups[0].id
    scroll_through(qtbot, page)
    assert len(board.columns) == 20 and board.columns[: len(built)] == built
    filled = shown_groups(page)
    members = [g.member_ids for g in page.groups.formation.groups]
    assert [ids for _title, _count, ids, _data in filled] == members
    board.show_groups([], {})  # a board built afresh for the same groups
    page.groups.refresh()
    scroll_through(qtbot, page)
    assert shown_groups(page) == filled


def test_the_columns_out_of_view_are_built_after_the_paint_and_tab_reaches_them(
    qtbot, data_dir, tmp_path
) -> None:
    """Columns out of view are built and filled while the app is idle after the paint, so
    the keyboard reaches the last group without scrolling first."""
    page = imported_page(qtbot, data_dir, tmp_path)
    page.window().resize(900, 500)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    assert page.groups.form(GroupPlan(value=20, seed=1, avoid_repeats=False))
    board = page.groups_tab.board
    assert len(board.columns) < 20  # the paint comes first
    qtbot.waitUntil(lambda: len(board.columns) == 20, timeout=5000)
    members = [g.member_ids for g in page.groups.formation.groups]
    assert [ids for _title, _count, ids, _data in shown_groups(page)] == members
    assert page.groups.form(GroupPlan(value=20, seed=2, avoid_repeats=False))  # a re-shuffle
    members = [g.member_ids for g in page.groups.formation.groups]
    qtbot.waitUntil(lambda: [ids for _t, _c, ids, _d in shown_groups(page)] == members)
    chain, widget = [], board.columns[0].rename_button
    for _ in range(200):  # Qt's Tab order from the first group's first control
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is board.columns[0].rename_button:
            break
    assert board.columns[-1].list_view in chain


def test_a_reshuffle_shows_the_names_in_place_and_drops_the_selection(
    qtbot, data_dir, tmp_path
) -> None:
    """A formation of the same sizes shows the new names in the same lists (no rows made or
    deleted, titles and counts not set again) and, as a board built afresh, selects nothing."""
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    form(page, 1, avoid_repeats=False)
    column = page.groups_tab.board.columns[0]
    column.list_view.setCurrentIndex(column.model.index(2, 0))
    rows: list[str] = []
    column.model.rowsInserted.connect(lambda *_: rows.append("inserted"))
    column.model.rowsRemoved.connect(lambda *_: rows.append("removed"))
    relabelled: list[str] = []
    column.count_label.setText = relabelled.append  # the same "10 people" is not set again
    form(page, 2, avoid_repeats=False)
    assert rows == [] and relabelled == []
    assert not column.list_view.selectionModel().hasSelection()
    group = page.groups.formation.groups[0]
    assert [column.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(10)] == (
        group.member_ids
    )


def test_members_are_made_once_per_participant_list(qtbot, data_dir, tmp_path, monkeypatch) -> None:
    """Re-shuffles of the same list reuse its Members; a check-in makes them again, of those
    present only."""
    import ui.people.groups_controller as controller_module

    made: list[str] = []
    real = controller_module.Member

    def counted(participant_id: str, *rest: str) -> object:
        made.append(participant_id)
        return real(participant_id, *rest)

    monkeypatch.setattr(controller_module, "Member", counted)
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    for seed in range(1, 4):
        form(page, seed, avoid_repeats=False)
    assert len(made) == 60
    present = [p.id for p in page.model.participants()[:12]]
    for participant_id in present:
        page.model.set_present(participant_id, True)
    form(page, 4, avoid_repeats=False)
    assert made[60:] == present
    assert sorted(p for g in page.groups.formation.groups for p in g.member_ids) == sorted(present)


def test_a_new_formation_lays_out_nothing_around_the_board(qtbot, data_dir, tmp_path) -> None:
    """The summary's new text (seed, time) does not ask the Groups tab for a new layout, as a
    label's would (the tab widget around it then paints the whole tab again)."""
    from PySide6.QtCore import QEvent, QObject

    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    page.show()
    form(page, 1, avoid_repeats=False)
    qtbot.wait(10)

    class Requests(QObject):
        seen = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            self.seen += event.type() == QEvent.Type.LayoutRequest
            return False

    requests = Requests()
    page.groups_tab.installEventFilter(requests)
    form(page, 2, avoid_repeats=False)
    qtbot.wait(10)
    assert "seed 2" in page.groups_tab.info_label.text()
    assert requests.seen == 0


def test_the_summary_is_drawn_as_a_label_draws_it(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from ui.common.theme import set_tone
    from ui.people.summary_line import SummaryLine

    text = "50 groups · 500 people · formed 03:19 · seed 1003 · 4 formations in this session"
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label, line = QLabel(text), SummaryLine()
    label.setWordWrap(True)
    line.setText(text)
    for widget in (label, line):
        set_tone(widget, "muted")
        layout.addWidget(widget)
    layout.addStretch()
    holder.show()
    for width, points in [(1000, 0), (260, 0), (260, 20), (110, 0)]:  # 1 line, 2, larger, 8
        if points:
            font = holder.font()
            font.setPointSize(points)
            holder.setFont(font)
        holder.resize(width, 500)
        qtbot.wait(5)
        assert line.size() == label.size()
        assert line.grab().toImage() == label.grab().toImage()


def test_the_rest_of_the_columns_waits_for_the_boards_paint(qtbot, data_dir, tmp_path) -> None:
    """The columns out of view are built a pause after the window has painted the board, not
    a pause after the click: a paint that takes long on a slow laptop is not followed in the
    same pass of the event loop by building more columns (the click would wait for them)."""
    from ui.people.group_board import REST_DELAY_MS, REST_UNPAINTED_MS

    page = imported_page(qtbot, data_dir, tmp_path)
    page.window().resize(900, 500)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    board = page.groups_tab.board
    for seed in (1, 2):  # a new board, then a re-shuffle into the columns built
        assert page.groups.form(GroupPlan(value=20, seed=seed, avoid_repeats=False))
        assert board._rest.interval() == REST_UNPAINTED_MS  # not painted yet
        assert board._watched is page.window()
        qtbot.waitUntil(lambda: board._watched is None, timeout=REST_UNPAINTED_MS // 2)
        assert board._rest.interval() == REST_DELAY_MS  # counted from the paint
    qtbot.waitUntil(lambda: len(board.columns) == 20, timeout=5000)
    members = [g.member_ids for g in page.groups.formation.groups]
    qtbot.waitUntil(lambda: [ids for _t, _c, ids, _d in shown_groups(page)] == members)

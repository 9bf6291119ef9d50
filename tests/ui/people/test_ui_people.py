"""The People page driven like a facilitator would: import the office's sheet, check people in
with the keyboard, form groups, drag a person to another group, rename, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from facilitation.roster import RosterField
from storage.groups import current_groups
from tests.roster_fixtures import fake_roster, write_csv, write_xlsx
from tests.ui.ui_helpers import make_window
from ui.people.form_groups_dialog import FormGroupsDialog
from ui.people.group_board import MEMBER_MIME
from ui.people.page import CHECKIN_TAB, GROUPS_TAB, PeoplePage
from ui.people.participants_model import ParticipantsTableModel
from ui.people.roster_import_dialog import RosterImportDialog


def open_people(qtbot, data_dir) -> PeoplePage:
    window = make_window(qtbot, data_dir)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    page = next(p for p in window.session_pages if isinstance(p, PeoplePage))
    assert page.session is not None
    window.show_page("people")  # as the facilitator does: the page reads the session when shown
    return page


def load(qtbot, dialog: RosterImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.load_file(path)


def stored(page: PeoplePage):
    return page.participants.list(page.session.id)


def import_and_wait(qtbot, page: PeoplePage, people) -> int:
    """The sheet is written off the UI thread; wait until it is stored and undoable."""
    with qtbot.waitSignal(page.roster_commit.finished, timeout=20_000) as done:
        page.import_participants(people)
    return done.args[0]


def imported_page(qtbot, data_dir, tmp_path) -> PeoplePage:
    page = open_people(qtbot, data_dir)
    dialog = RosterImportDialog([], page)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, write_xlsx(tmp_path / "peserta.xlsx", fake_roster()))
    import_and_wait(qtbot, page, dialog.participants())
    return page


def test_importing_a_sheet_through_the_dialog(qtbot, data_dir, tmp_path) -> None:
    page = open_people(qtbot, data_dir)
    dialog = RosterImportDialog([], page)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, write_xlsx(tmp_path / "peserta.xlsx", fake_roster()))
    assert dialog.mapping()[1:5] == [
        RosterField.NAME,
        RosterField.NIP,
        RosterField.POSITION,
        RosterField.INSTITUTION,
    ]
    assert dialog.preview_model.rowCount() == 60
    assert dialog.import_button.isEnabled()
    assert "60 participants ready" in dialog.summary_label.text()
    # Un-mapping the names blocks the import until a column is chosen again.
    dialog.set_column_field(1, None)
    assert not dialog.import_button.isEnabled()
    assert "Name" in dialog.problem_list.item(0).text()
    dialog.set_column_field(1, RosterField.NAME)
    assert dialog.import_button.isEnabled()
    assert stored(page) == []  # nothing written before Import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    import_and_wait(qtbot, page, dialog.participants())
    assert len(stored(page)) == 60
    assert page.model.rowCount() == 60
    page.undo_stack.undo()
    assert stored(page) == []
    page.undo_stack.redo()
    assert len(stored(page)) == 60


def test_a_roster_that_cannot_be_stored_imports_nobody_and_says_why(qtbot, data_dir) -> None:
    page = open_people(qtbot, data_dir)
    messages: list[str] = []
    page.status.connect(messages.append)
    people = [Participant(name="Siti Rahmawati"), Participant(name="   ")]
    assert import_and_wait(qtbot, page, people) == 0
    assert stored(page) == []
    assert page.undo_stack.count() == 0  # nothing to undo: nothing happened
    assert messages[-1] == "Nobody was imported: The name is empty."
    assert page.cursor().shape() != Qt.CursorShape.BusyCursor


def test_bad_lines_keep_the_import_button_disabled(qtbot, data_dir, tmp_path) -> None:
    page = open_people(qtbot, data_dir)
    people = fake_roster(10)
    people[3]["NIP"] = "1985"
    people[6]["Nama Lengkap"] = ""
    dialog = RosterImportDialog([], page)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, write_csv(tmp_path / "peserta.csv", people))
    texts = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert any("Line 5" in t and "18 digits" in t for t in texts)
    assert any("Line 8" in t and "name is empty" in t for t in texts)
    assert not dialog.import_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert stored(page) == []


def test_an_unreadable_file_says_why(qtbot, data_dir, tmp_path) -> None:
    page = open_people(qtbot, data_dir)
    dialog = RosterImportDialog([], page)
    qtbot.addWidget(dialog)
    garbage = tmp_path / "peserta.xlsx"
    garbage.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    load(qtbot, dialog, garbage)
    assert "password-protected" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()


def test_check_in_by_typing_and_pressing_enter_or_space(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    checkin = page.checkin
    target = stored(page)[4]
    checkin.search.setFocus()
    qtbot.keyClicks(checkin.search, target.nip[-8:])
    assert checkin.proxy.rowCount() == 1
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    day = page.current_day_id()
    assert page.attendance.present_ids(day) == {target.id}
    assert checkin.search.text() == ""  # ready for the next person
    assert "1 of 60 present" in checkin.total_label.text()
    institution_row = next(
        r
        for r in range(checkin.counts.rowCount())
        if checkin.counts.item(r, 0).text() == target.institution
    )
    assert checkin.counts.item(institution_row, 1).text().startswith("1 /")
    # Space on the table checks the highlighted row in; again, it stays present.
    checkin.table.setFocus()
    checkin.table.selectRow(0)
    first = page.model.participant(checkin.proxy.mapToSource(checkin.proxy.index(0, 0)).row())
    qtbot.keyClick(checkin.table, Qt.Key.Key_Space)
    assert first.id in page.attendance.present_ids(day)
    qtbot.keyClick(checkin.table, Qt.Key.Key_Space)
    assert first.id in page.attendance.present_ids(day)


def test_enter_checks_in_only_a_unique_match(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    checkin, day = page.checkin, page.current_day_id()
    messages: list[str] = []
    page.status.connect(messages.append)
    institution = stored(page)[0].institution
    checkin.search.setFocus()
    qtbot.keyClicks(checkin.search, institution)
    matches = checkin.proxy.rowCount()
    assert matches > 1
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert page.attendance.present_ids(day) == set()  # nobody guessed at
    assert messages[-1].startswith(f"{matches} people match")
    # Picking one with the arrow keys makes the choice explicit.
    qtbot.keyClick(checkin.search, Qt.Key.Key_Down)
    picked = page.model.participant(checkin.proxy.mapToSource(checkin.table.currentIndex()).row())
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert page.attendance.present_ids(day) == {picked.id}


def test_unchecking_is_explicit_and_undoable(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    checkin, day = page.checkin, page.current_day_id()
    target = stored(page)[7]
    steps = page.undo_stack.count()
    for _ in range(2):  # Enter on someone already present keeps them present
        checkin.search.setFocus()
        qtbot.keyClicks(checkin.search, target.nip)
        qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert page.attendance.present_ids(day) == {target.id}
    assert page.undo_stack.count() == steps + 1  # one check-in, not a check-out
    row = checkin.proxy.mapFromSource(page.model.index(page.model.row_of(target.id), 0)).row()
    checkin.table.selectRow(row)
    qtbot.mouseClick(checkin.absent_button, Qt.MouseButton.LeftButton)
    assert page.attendance.present_ids(day) == set()
    assert "0 of 60 present" in checkin.total_label.text()
    page.undo_stack.undo()  # the mistake is taken back: present again
    assert page.attendance.present_ids(day) == {target.id}
    assert "1 of 60 present" in checkin.total_label.text()
    page.undo_stack.undo()  # and the check-in itself
    assert page.attendance.present_ids(day) == set()


def test_editing_in_the_table_is_saved_and_undoable(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    name_index = page.proxy.index(0, ParticipantsTableModel.NAME)
    old = page.proxy.data(name_index)
    page.proxy.setData(name_index, "Nur <b>&</b> 🙂")
    assert stored(page)[0].name == "Nur <b>&</b> 🙂"
    nip_index = page.proxy.index(0, ParticipantsTableModel.NIP)
    page.proxy.setData(nip_index, "123")  # refused: not 18 digits
    assert len(stored(page)[0].nip) == 18
    page.undo_stack.undo()
    assert stored(page)[0].name == old


def test_filter_sort_and_remove_with_undo(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    qtbot.keyClicks(page.filter_edit, "tarakan")
    shown = page.proxy.rowCount()
    assert 0 < shown < 60
    page.table.sortByColumn(ParticipantsTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, ParticipantsTableModel.NAME).data() for r in range(shown)]
    assert names == sorted(names, key=str.casefold)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(stored(page)) == 59
    page.undo_stack.undo()
    assert len(stored(page)) == 60


def form(page: PeoplePage, groups: int = 6) -> None:
    page.tabs.setCurrentIndex(GROUPS_TAB)
    assert page.groups.form(GroupPlan(value=groups, seed=3))


def test_dragging_a_person_to_another_group_is_undoable(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    form(page)
    board = page.groups_tab.board
    assert len(board.columns) == 6
    source, target = board.columns[0], board.columns[1]
    person = source.model.member(0)
    mime = source.model.mimeData([source.model.index(0, 0)])
    assert isinstance(mime, QMimeData) and mime.hasFormat(MEMBER_MIME)
    target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: page.groups.formation.group_of(person.id).id == target.group.id)
    groups = dict(current_groups(page.context.app.db, page.session.id))
    assert person.name in groups[target.group.name]
    assert target.model.rowCount() == 11 and source.model.rowCount() == 9
    page.undo_stack.undo()
    groups = dict(current_groups(page.context.app.db, page.session.id))
    assert person.name in groups[source.group.name]
    assert board.columns[0].model.rowCount() == 10


def test_rename_from_the_berakhlak_menu_and_reshuffle_keeps_history(
    qtbot, data_dir, tmp_path
) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    form(page)
    column = page.groups_tab.board.columns[2]
    action = next(a for a in column.rename_button.menu().actions() if a.text() == "Harmonis")
    action.trigger()
    assert current_groups(page.context.app.db, page.session.id)[2][0] == "Harmonis"
    assert page.groups_tab.board.columns[2].title.text() == "Harmonis"
    page.undo_stack.undo()
    assert current_groups(page.context.app.db, page.session.id)[2][0] == "Group 3"
    before = page.groups.formation.id
    qtbot.mouseClick(page.groups_tab.reshuffle_button, Qt.MouseButton.LeftButton)
    assert page.groups.formation.id != before
    assert len(page.groups.repo.history(page.session.id)) == 2
    assert "2 formations" in page.groups_tab.info_label.text()
    page.undo_stack.undo()
    assert page.groups.formation.id == before


def test_only_people_checked_in_are_grouped(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    people = stored(page)
    for person in people[:20]:
        page.desk.check_in(person.id)
    form(page, 4)
    grouped = {pid for g in page.groups.formation.groups for pid in g.member_ids}
    assert grouped == {p.id for p in people[:20]}


def test_printing_the_daftar_hadir_and_group_cards(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    path = tmp_path / "daftar-hadir.pdf"
    with qtbot.waitSignal(page.pdf_written, timeout=20_000):
        page.print_attendance_sheet(path, "id")
    assert path.read_bytes().startswith(b"%PDF")
    form(page)
    cards = tmp_path / "kelompok.pdf"
    from facilitation.documents.group_cards import CardLayout

    with qtbot.waitSignal(page.pdf_written, timeout=20_000):
        page.groups.print_cards(cards, "en", CardLayout.LIST)
    assert cards.stat().st_size > 1000


def test_the_form_groups_dialog_applies_locks_and_explains_refusals(
    qtbot, data_dir, tmp_path
) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    people = stored(page)
    dialog = FormGroupsDialog(people, [], [], parent=page)
    qtbot.addWidget(dialog)
    dialog.value_spin.setValue(6)
    assert "60 people present → 6 groups of 10" in dialog.sizes_label.text()
    dialog.people_list.item(0).setSelected(True)
    dialog.people_list.item(1).setSelected(True)
    together = next(
        b for b in dialog.findChildren(type(dialog.form_button)) if "together" in b.text()
    )
    qtbot.mouseClick(together, Qt.MouseButton.LeftButton)
    assert dialog.lock_list.count() == 1
    dialog.value_spin.setValue(61)
    qtbot.mouseClick(dialog.form_button, Qt.MouseButton.LeftButton)
    assert "more groups than people" in dialog.error_label.text()
    dialog.value_spin.setValue(6)
    qtbot.mouseClick(dialog.form_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    group_of = {pid: n for n, group in enumerate(dialog.result_groups) for pid in group}
    assert group_of[people[0].id] == group_of[people[1].id]
    page.groups.apply_formation(dialog.result_plan, dialog.result_groups, dialog.activity_id())
    assert page.groups.formation.plan.keep_together == (frozenset({people[0].id, people[1].id}),)


def test_a_hidden_people_page_reads_the_participants_when_shown(qtbot, data_dir) -> None:
    """Opening a session tells every page; People (maybe 500 participants) waits until shown,
    and a change made meanwhile (here: straight in the store) is in what it then shows."""
    from facilitation.participants import Participant

    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    page = next(p for p in window.session_pages if isinstance(p, PeoplePage))
    window.open_session(session_id)
    assert page.session.id == session_id and page.model.rowCount() == 0
    page.participants.add(session_id, Participant(name="Siti Rahmawati"))
    page.refresh()  # e.g. an undo from another page: still nothing read while hidden
    assert page.model.rowCount() == 0
    assert not page.empty_hint.isVisible()  # not read yet: no claim either way
    window.show_page("people")
    assert [p.name for p in page.model.participants()] == ["Siti Rahmawati"]
    assert not page.empty_hint.isVisible()
    assert page.count_label.text() == "1 participant"


def test_an_empty_list_says_how_to_fill_it(qtbot, data_dir) -> None:
    page = open_people(qtbot, data_dir)
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible() and "Import" in page.empty_hint.text()


def test_the_seed_label_is_a_shortcut_not_a_literal_ampersand(qtbot, data_dir) -> None:
    page = open_people(qtbot, data_dir)
    dialog = FormGroupsDialog(stored(page), [], [], parent=page)
    qtbot.addWidget(dialog)
    seed_label = next(label for label in dialog.findChildren(QLabel) if label.text() == "&Seed")
    assert seed_label.buddy() is dialog.seed_spin  # Alt+S goes there; no "&" is drawn


def test_the_participants_table_shows_a_whole_nip_and_keeps_e_mail_narrow(
    qtbot, data_dir, tmp_path
) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    header, metrics = page.table.horizontalHeader(), page.table.fontMetrics()
    nip = stored(page)[0].nip
    assert header.sectionSize(ParticipantsTableModel.NIP) > metrics.horizontalAdvance(nip)
    assert header.sectionSize(ParticipantsTableModel.EMAIL) < 300
    assert not page.table.wordWrap()  # long institutions are shortened with "…", not wrapped

"""The agenda editor, driven with keys and clicks; every change must be in the store at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import make_window
from ui.plan.model import AgendaTableModel


def open_sample(qtbot, data_dir):
    window = make_window(qtbot, data_dir)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    page = window.agenda_page
    assert page.session is not None
    return window, page


def stored_titles(page) -> list[str]:
    return [a.title for a in page.context.app.agenda.activities(page.current_day_id())]


def select_row(page, row: int) -> None:
    page.table.setCurrentIndex(page.model.index(row, AgendaTableModel.TITLE))


def test_opening_a_session_shows_its_agenda_with_times(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    assert page.model.rowCount() == len(stored_titles(page)) > 5
    first = page.model.item(0)
    assert page.model.data(page.model.index(0, AgendaTableModel.START)) == "08:00"
    second_start = page.model.data(page.model.index(1, AgendaTableModel.START))
    assert second_start == first.end.strftime("%H:%M")
    assert "spare" in page.summary_label.text()


def test_keyboard_reorder_is_saved_and_undone(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    before = stored_titles(page)
    select_row(page, 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = stored_titles(page)
    assert after[1] == before[0] and after[0] == before[1]
    assert page.selected_activity().title == before[0]  # the moved item stays selected
    page.undo_stack.undo()
    assert stored_titles(page) == before
    page.undo_stack.redo()
    assert stored_titles(page) == after


def test_drop_moves_a_row_through_the_undo_stack(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    before = stored_titles(page)
    mime = page.model.mimeData([page.model.index(0, 0)])
    page.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, page.model.index(-1, -1))
    after = stored_titles(page)
    assert after[:3] == [before[1], before[2], before[0]]
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert stored_titles(page) == before


def test_adding_from_the_library_inserts_after_the_selection(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    count = page.model.rowCount()
    select_row(page, 2)
    page.methods.method_list.setCurrentRow(0)
    qtbot.mouseClick(page.methods.add_button, Qt.MouseButton.LeftButton)
    titles = stored_titles(page)
    assert len(titles) == count + 1
    added = page.context.app.library.methods[page.methods.method_list.item(0).data(256)]
    assert titles[3] == added.title_in("en")
    page.undo_stack.undo()
    assert len(stored_titles(page)) == count


def test_editing_minutes_moves_later_times_and_warns_on_overrun(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 0)
    end_before = page.model.item(page.model.rowCount() - 1).end
    page.model.setData(page.model.index(0, AgendaTableModel.MINUTES), 200)
    activity = page.context.app.agenda.activities(page.current_day_id())[0]
    assert activity.planned_minutes == 200
    assert page.model.item(page.model.rowCount() - 1).end != end_before
    assert "overruns" in page.summary_label.text()
    page.undo_stack.undo()
    assert "spare" in page.summary_label.text()


def test_editor_form_saves_each_finished_edit(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 1)
    editor = page.editor
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Permainan: Estafet <Berkas>")
    editor.title_edit.insert(" & 🙂")  # QTest cannot type characters outside the BMP
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert stored_titles(page)[1] == "Permainan: Estafet <Berkas> & 🙂"
    editor.questions_edit.setPlainText("Apa yang berubah?\n\nSiapa yang dilayani?")
    editor.questions_edit.editing_finished.emit()
    stored = page.context.app.agenda.activities(page.current_day_id())[1]
    assert stored.guiding_questions == ("Apa yang berubah?", "Siapa yang dilayani?")
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert stored_titles(page)[1] != "Permainan: Estafet <Berkas> & 🙂"


def test_an_empty_title_is_refused_and_the_old_one_kept(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 0)
    old = stored_titles(page)[0]
    page.editor.title_edit.setText("   ")
    page.editor.title_edit.editingFinished.emit()
    assert stored_titles(page)[0] == old
    assert page.editor.title_edit.text() == old


def test_remove_goes_to_trash_and_undo_brings_it_back(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    before = stored_titles(page)
    select_row(page, 4)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored_titles(page) == before[:4] + before[5:]
    trashed = page.context.app.agenda.trashed(page.session.id)
    assert [a.title for a, _day in trashed] == [before[4]]
    page.undo_stack.undo()
    assert stored_titles(page) == before


def test_undo_and_redo_shortcuts_in_the_menu(qtbot, data_dir) -> None:
    window, page = open_sample(qtbot, data_dir)
    before = stored_titles(page)
    select_row(page, 0)
    page.move_selected(+1)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert stored_titles(page) == before
    window.redo_action.trigger()
    assert stored_titles(page) != before
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"


def test_removed_activities_can_be_restored_later(qtbot, data_dir, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.plan.trash_dialog import AgendaTrashDialog

    _window, page = open_sample(qtbot, data_dir)
    before = stored_titles(page)
    select_row(page, 2)
    page.remove_selected()
    page.undo_stack.clear()  # as after a restart: undo no longer knows the removal

    def pick_all(dialog: AgendaTrashDialog) -> int:
        dialog.items.selectAll()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AgendaTrashDialog, "exec", pick_all)
    page.show_removed()
    assert stored_titles(page) == before[:2] + before[3:] + [before[2]]
    assert page.context.app.agenda.trashed(page.session.id) == []
    page.undo_stack.undo()
    assert stored_titles(page) == before[:2] + before[3:]


def test_opening_a_session_shows_its_first_activity_in_the_editor(qtbot, data_dir) -> None:
    _window, page = open_sample(qtbot, data_dir)
    assert page.selected_activity() is not None
    assert page.editor.title_edit.text() == stored_titles(page)[0]
    assert page.editor.title_edit.isEnabled()

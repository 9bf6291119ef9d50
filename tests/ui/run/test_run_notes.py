"""The note box on the Run page shows what was saved and shares its kind and group with the
Notes page: the activity's last notes beside the box, editable and undoable there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitation.notes import NoteKind
from storage.notes import NoteRepository
from tests.ui.run.test_ui_run import open_run
from ui.capture import note_dialog
from ui.notes.page import NotesPage


def take_notes(qtbot, page, texts: list[str]) -> None:
    capture = page.capture_area.capture
    for text in texts:
        qtbot.mouseClick(capture.text_edit, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(capture.text_edit, text)
        qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)


def shown(page) -> list[str]:
    return [row.text for row in page.capture_area.recent.model.rows]


def notes_page(window) -> NotesPage:
    page = next(p for p in window.session_pages if isinstance(p, NotesPage))
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    return page


def edit_in_dialog(monkeypatch, text: str) -> None:
    """The note editor, typed into and saved as a user would, without a modal loop."""

    def exec_(dialog) -> bool:
        dialog.text_edit.setPlainText(text)
        dialog.accept()
        return dialog.result() == 1

    monkeypatch.setattr(note_dialog.NoteDialog, "exec", exec_)


def test_the_last_five_notes_of_the_activity_show_newest_first_and_follow_it(
    qtbot, data_dir
) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    recent = page.capture_area.recent
    assert shown(page) == [] and recent.caption.text() == "No notes for this activity yet."
    take_notes(qtbot, page, [f"Catatan {n}" for n in range(1, 7)])
    assert shown(page) == [f"Catatan {n}" for n in (6, 5, 4, 3, 2)]
    assert "Catatan 6" in recent.model.data(recent.model.index(0))
    assert recent.view.isVisible() and "Enter or double-click" in recent.caption.text()

    qtbot.keyClick(page.capture_area.capture.text_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(page, Qt.Key.Key_N)  # the run moves on: so does the list
    assert shown(page) == []
    take_notes(qtbot, page, ["Di kegiatan kedua"])
    assert shown(page) == ["Di kegiatan kedua"]
    page.context.undo_stack.undo()  # the save taken back: gone from the list too
    assert shown(page) == []


def test_a_last_note_is_edited_with_enter_and_undone_like_on_the_notes_page(
    qtbot, data_dir, monkeypatch
) -> None:
    window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    take_notes(qtbot, page, ["Pak Budi: lima mneit", "Kedua"])
    view = page.capture_area.recent.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    edit_in_dialog(monkeypatch, "Pak Budi: lima menit")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    repository = NoteRepository(page.context.app.db)
    stored = [n.text for n in repository.for_session(page.controller.session.id)]
    assert stored == ["Pak Budi: lima menit", "Kedua"]
    assert shown(page) == ["Kedua", "Pak Budi: lima menit"]
    assert page.context.undo_stack.undoText() == "Edit note"

    notes = notes_page(window)
    assert [notes.browser.model.note(r).text for r in range(2)] == stored
    qtbot.keyClick(notes.browser.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    assert shown(page) == ["Kedua", "Pak Budi: lima mneit"]

    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the same trash as the Notes page, undoable
    assert shown(page) == ["Pak Budi: lima mneit"]
    assert page.context.undo_stack.undoText() == "Move 1 notes to the trash"
    page.context.undo_stack.undo()
    assert shown(page) == ["Kedua", "Pak Budi: lima mneit"]


@pytest.mark.attack("values by meaning")
def test_an_unstorable_edit_from_the_run_page_is_refused_and_changes_nothing(
    qtbot, data_dir, monkeypatch
) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    take_notes(qtbot, page, ["Asli"])
    steps = page.context.undo_stack.count()
    refused: list[str] = []

    def exec_(dialog) -> bool:
        dialog.text_edit.setPlainText("ada\x00NUL")
        dialog.accept()  # refused: the dialog stays open with a message
        refused.append(dialog.error_label.text())
        return False  # the user gives up (Cancel)

    monkeypatch.setattr(note_dialog.NoteDialog, "exec", exec_)
    view = page.capture_area.recent.view
    where = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert refused and "NUL" in refused[0]
    assert shown(page) == ["Asli"] and page.context.undo_stack.count() == steps


def test_kind_and_group_are_the_same_on_the_run_and_notes_pages(qtbot, data_dir) -> None:
    window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    run_box = page.capture_area.capture
    qtbot.mouseClick(run_box.text_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(run_box.text_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    run_box.group_combo.lineEdit().clear()
    qtbot.keyClicks(run_box.group_combo.lineEdit(), "Kelompok 2")

    notes = notes_page(window)
    notes_box = notes.capture
    assert notes_box.current_kind() == NoteKind.DECISION
    assert notes_box.current_group() == "Kelompok 2"
    assert notes_box.kind_buttons.checkedId() == 2  # shown, not only stored
    qtbot.keyClick(notes_box.text_edit, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(notes_box.text_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    chosen_group = notes_box.current_group()
    qtbot.keyClicks(notes_box.text_edit, "Dicatat di halaman Catatan")
    qtbot.keyClick(notes_box.text_edit, Qt.Key.Key_Return)

    window.navigation.setCurrentRow(window.pages.indexOf(page))
    assert run_box.current_kind() == NoteKind.QUESTION
    assert run_box.current_group() == chosen_group != ""
    assert shown(page) == ["Dicatat di halaman Catatan"]  # saved there, seen here

    page.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page, timeout=2000)
    qtbot.keyClick(page, Qt.Key.Key_N)  # the run moves on: both boxes say so
    title = page.controller.run.current.title
    for box in (run_box, notes_box):
        assert box.current_group() == ""
        assert box.current_kind() == NoteKind.QUESTION  # the kind stays
        assert box.activity_combo.currentData() == page.controller.run.current.id
        assert f"Now capturing for: {title}" in box.message_label.text()
        assert "group: whole room" in box.message_label.text()


def test_another_session_starts_from_an_idea_for_the_whole_room(qtbot, data_dir) -> None:
    window, page = open_run(qtbot, data_dir)
    state = page.context.capture_state
    state.set_kind(NoteKind.OBSTACLE)
    state.set_group("Kelompok 3")
    assert page.capture_area.capture.current_group() == "Kelompok 3"
    window.open_session(window.context.sessions.list()[0].id)
    assert (state.kind, state.group) == (NoteKind.IDEA, "")
    assert page.capture_area.capture.current_kind() == NoteKind.IDEA
    assert page.capture_area.capture.current_group() == ""

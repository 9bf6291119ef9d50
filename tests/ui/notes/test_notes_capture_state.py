"""The Notes page's note box: edits through the shared note commands, and the capture state
(kind, group, the run's activity) it shares with the Run page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitation.notes import NoteKind
from facilitation.session_run import SessionRun
from storage.run_state import RunRepository
from tests.fake_clock import FakeClock
from tests.ui.ui_helpers import make_context, page_context
from ui.capture import note_dialog
from ui.notes.page import NotesPage

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot, data_dir):
    context = make_context(data_dir)
    notes_page = NotesPage(page_context(context))
    qtbot.addWidget(notes_page)
    notes_page.resize(1280, 800)
    notes_page.open_session(context.sessions.list()[0].id)
    notes_page.show()
    return notes_page


def save_run(page, run: SessionRun, events: list, clock: FakeClock) -> None:
    RunRepository(page.context.app.db, clock).save(run.snapshot("the console laptop"), events)


def test_the_notes_page_follows_the_run_visibly_and_resets_the_group(qtbot, page) -> None:
    day = page.session.days[0]
    clock = FakeClock()
    run = SessionRun(clock, page.session.id, day.id, day.activities)
    save_run(page, run, run.load(1) + run.toggle(), clock)
    box = page.capture
    qtbot.keyClick(box.text_edit, Qt.Key.Key_5, ALT)
    box.group_combo.setEditText("Kelompok 2")
    assert page.context.capture_state.group == "Kelompok 2"
    page.hide()
    page.show()  # the run's activity read from the store: the first time, followed
    assert box.activity_combo.currentData() == day.activities[1].id
    page.hide()
    box.group_combo.setEditText("Kelompok 2")
    save_run(page, run, run.next(), clock)
    page.show()
    assert box.activity_combo.currentData() == day.activities[2].id
    assert box.current_group() == "" and page.context.capture_state.group == ""
    assert box.current_kind() == NoteKind.COMMITMENT
    text = box.message_label.text()
    assert text.startswith(f"Now capturing for: {day.activities[2].title}")
    assert "group: whole room" in text and "kind: Commitment" in text


def test_an_edit_in_the_list_goes_through_the_shared_command_and_undoes(
    qtbot, page, monkeypatch
) -> None:
    box = page.capture.text_edit
    box.setFocus()
    qtbot.keyClicks(box, "Rapat jam tiga")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    def exec_(dialog) -> bool:
        dialog.text_edit.setPlainText("Rapat jam empat")
        dialog.accept()
        return True

    monkeypatch.setattr(note_dialog.NoteDialog, "exec", exec_)
    table = page.browser.table
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert [n.text for n in page.notes.for_session(page.session.id)] == ["Rapat jam empat"]
    assert page.undo_stack.undoText() == "Edit note"
    page.undo_stack.undo()
    assert [n.text for n in page.notes.for_session(page.session.id)] == ["Rapat jam tiga"]
    assert page.browser.model.note(0).text == "Rapat jam tiga"

"""A full disk (PRAGMA max_page_count on the live connection) during a note save and an agenda
edit: a clear sentence, the typed text kept, old data intact, the next save works."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from tests.ui.plan.test_ui_agenda import open_sample, select_row
from tests.ui.ui_helpers import make_context, page_context
from ui.notes.page import NotesPage
from ui.shell.error_guard import install_error_hooks, known_problem, remove_error_hooks

LONG_TEXT = "Peserta ingin layanan satu pintu. " * 600  # ~20 KB: needs new pages


@pytest.fixture
def reporter(qtbot, data_dir):
    guard = install_error_hooks(data_dir / "lokakarya.log")
    yield guard
    remove_error_hooks()
    if guard.dialog is not None:
        guard.dialog.close()


def fill_disk(db) -> int:
    """No page may be added beyond those the file has now; returns the old limit."""
    limit = db.execute("PRAGMA max_page_count").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages}")
    return limit


def free_disk(db, limit: int) -> None:
    db.execute(f"PRAGMA max_page_count={limit}")


def shown_text(qtbot, reporter) -> str:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    text = reporter.dialog.text()
    reporter.dialog.close()
    return text


@pytest.mark.qt_no_exception_capture
@pytest.mark.attack("full disk or read-only folder")
def test_note_save_on_a_full_disk_keeps_the_text_and_saves_later(qtbot, data_dir, reporter) -> None:
    context = make_context(data_dir)
    session_context = page_context(context)
    undo_stack = session_context.undo_stack
    page = NotesPage(session_context)
    qtbot.addWidget(page)
    page.open_session(context.sessions.list()[0].id)
    page.show()
    before = [n.id for n in page.notes.for_session(page.session.id)]
    limit = fill_disk(context.db)
    box = page.capture.text_edit
    box.setFocus()
    box.setPlainText(LONG_TEXT)
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, "akhir")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    text = shown_text(qtbot, reporter)
    assert "disk is full" in text and "Traceback" not in text
    assert box.toPlainText() == LONG_TEXT + "akhir"
    assert [n.id for n in page.notes.for_session(page.session.id)] == before
    assert context.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert undo_stack.count() == 0  # no undo step for a note that was never stored

    free_disk(context.db, limit)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    texts = [n.text for n in page.notes.for_session(page.session.id)]
    assert texts.count(LONG_TEXT + "akhir") == 1
    assert box.toPlainText() == ""
    assert undo_stack.count() == 1


@pytest.mark.qt_no_exception_capture
@pytest.mark.attack("full disk or read-only folder")
def test_agenda_edit_on_a_full_disk_changes_nothing_and_works_later(
    qtbot, data_dir, reporter
) -> None:
    window, page = open_sample(qtbot, data_dir)
    select_row(page, 1)
    old = page.context.app.agenda.activities(page.current_day_id())[1]
    limit = fill_disk(page.context.app.db)
    page.editor.questions_edit.setPlainText(LONG_TEXT)
    page.editor.questions_edit.editing_finished.emit()

    text = shown_text(qtbot, reporter)
    assert "disk is full" in text
    stored = page.context.app.agenda.activities(page.current_day_id())[1]
    assert stored.guiding_questions == old.guiding_questions
    assert stored.updated_at == old.updated_at

    free_disk(page.context.app.db, limit)
    select_row(page, 1)
    page.editor.questions_edit.setPlainText(LONG_TEXT)
    page.editor.questions_edit.editing_finished.emit()
    stored = page.context.app.agenda.activities(page.current_day_id())[1]
    assert stored.guiding_questions == (LONG_TEXT.strip(),)


def test_store_errors_become_sentences_and_bugs_do_not() -> None:
    assert "disk is full" in known_problem(sqlite3.OperationalError("database or disk is full"))
    assert "data folder" in known_problem(
        sqlite3.OperationalError("attempt to write a readonly database")
    )
    assert "/media/usb" in known_problem(PermissionError(13, "denied", "/media/usb"))
    assert known_problem(KeyError("participant")) is None
    assert known_problem(sqlite3.OperationalError("no such table: notes")) is None

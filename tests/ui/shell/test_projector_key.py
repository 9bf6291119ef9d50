"""F5 opens and closes the projector from every page, with one binding so Qt never finds it
ambiguous."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from tests.ui.ui_helpers import make_window
from ui.notes.page import NotesPage
from ui.run.page import RunConsole


def open_page(qtbot, data_dir, page_type):
    window = make_window(qtbot, data_dir)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    page = next(p for p in window.session_pages if isinstance(p, page_type))
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, page


def test_f5_on_the_notes_page_opens_the_projector_and_closes_it_again(qtbot, data_dir) -> None:
    window, notes = open_page(qtbot, data_dir, NotesPage)
    text_box = notes.capture.text_edit
    text_box.setFocus()  # typing a note: F5 types nothing, so it still reaches the shell
    qtbot.keyClick(text_box, Qt.Key.Key_F5)
    projector = window.session_context.projector
    assert projector.isVisible()
    assert projector.view.title  # the run console feeds it though its page is not showing
    assert text_box.toPlainText() == ""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(notes, Qt.Key.Key_F5)
    assert not projector.isVisible()


def test_f5_on_the_run_page_is_bound_once(qtbot, data_dir) -> None:
    window, run = open_page(qtbot, data_dir, RunConsole)
    f5 = QKeySequence("F5")
    assert not [s for s in run.shortcuts if s.key() == f5]  # the shell's, not the page's
    assert len([s for s in window.findChildren(QShortcut) if s.key() == f5]) == 1
    qtbot.keyClick(run, Qt.Key.Key_F5)
    assert window.session_context.projector.isVisible()


def test_f5_on_the_projector_itself_closes_it(qtbot, data_dir) -> None:
    window, run = open_page(qtbot, data_dir, RunConsole)
    qtbot.keyClick(run, Qt.Key.Key_F5)
    projector = window.session_context.projector
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow, timeout=2000)
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    assert not projector.isVisible()
    assert run.controller.run.timer is None or not run.controller.run.running  # nothing else


def test_f5_without_an_open_session_says_what_to_do(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.sessions_page.table, Qt.Key.Key_F5)
    assert not window.session_context.projector.isVisible()
    assert window.statusBar().currentMessage() == "Open a session to use the projector."


def test_the_key_list_says_f5_works_on_every_page() -> None:
    from ui.run.shortcuts import shortcut_rows

    assert "every page" in dict(shortcut_rows())["F5"]

"""Quitting on purpose while the timer runs is no crash: the next start shows no notice."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

import ui.run_control.controller as controller_module
from facilitation.timer import TimerStatus
from storage.run_state import RunRepository
from tests.ui.run.test_ui_run import open_run
from tests.ui.ui_helpers import make_context
from ui.shell import quit_question
from ui.shell.app import attach_store
from ui.shell.main_window import MainWindow
from ui.shell.quit_question import TimerChoice


def quit_with_the_timer_running(qtbot, data_dir, monkeypatch, choice: TimerChoice):
    window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.run.running
    asked: list[str] = []

    def answer(parent, title: str) -> TimerChoice:
        asked.append(title)
        return choice

    monkeypatch.setattr(quit_question, "ask", answer)
    closed = window.close()
    assert asked == [page.controller.run.current.title]
    return window, page, closed


def start_again(qtbot, data_dir, monkeypatch) -> MainWindow:
    monkeypatch.setattr(controller_module, "PROCESS_TOKEN", "the next start")
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    attach_store(window, make_context(data_dir))
    window.show()
    return window


@pytest.mark.parametrize("choice", [TimerChoice.PAUSE, TimerChoice.KEEP])
def test_quitting_with_the_timer_running_is_no_crash_at_the_next_start(
    qtbot, data_dir, monkeypatch, choice
) -> None:
    _window, page, closed = quit_with_the_timer_running(qtbot, data_dir, monkeypatch, choice)
    assert closed
    session_id = page.controller.session.id
    saved = RunRepository(page.context.app.db).load(session_id)
    assert saved.process_token == controller_module.QUIT_TOKEN
    expected = TimerStatus.PAUSED if choice == TimerChoice.PAUSE else TimerStatus.RUNNING
    assert saved.timer.status == expected

    again = start_again(qtbot, data_dir, monkeypatch)
    if choice == TimerChoice.PAUSE:
        again.open_session(session_id)  # a paused run is not brought back by itself
    controller = again.session_context.run_controller
    assert controller.session.id == session_id and not controller.was_recovered
    assert controller.run.timer.status == expected
    again.show_page("run")
    run_page = again.pages_by_key["run"]
    qtbot.waitUntil(lambda: again.pages.currentWidget() is run_page)
    assert not run_page.banner.isVisible()
    kinds = [e.kind for e in RunRepository(page.context.app.db).events(session_id)]
    assert "recovered" not in kinds


def test_cancel_keeps_the_app_open_and_the_timer_running(qtbot, data_dir, monkeypatch) -> None:
    window, page, closed = quit_with_the_timer_running(
        qtbot, data_dir, monkeypatch, TimerChoice.CANCEL
    )
    assert not closed and window.isVisible()
    assert page.controller.run.running
    saved = RunRepository(page.context.app.db).load(page.controller.session.id)
    assert saved.process_token == controller_module.PROCESS_TOKEN


def test_quitting_with_nothing_running_asks_nothing(qtbot, data_dir, monkeypatch) -> None:
    window, _page = open_run(qtbot, data_dir)
    monkeypatch.setattr(quit_question, "ask", lambda *_args: pytest.fail("asked"))
    assert window.close()


@pytest.mark.attack("full disk or read-only folder")
def test_a_store_that_fails_at_quit_does_not_keep_the_app_open(
    qtbot, data_dir, monkeypatch
) -> None:
    """The disk went away: quitting still quits; the run saved at the last action is there,
    and the next start treats it as recovered."""
    window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    monkeypatch.setattr(quit_question, "ask", lambda *_args: TimerChoice.PAUSE)

    def failing_save(*_args, **_kwargs) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(page.controller.repository, "save", failing_save)
    assert window.close()
    monkeypatch.delattr(page.controller.repository, "save")  # the class's own again
    saved = RunRepository(page.context.app.db).load(page.controller.session.id)
    assert saved.process_token == controller_module.PROCESS_TOKEN  # as before the quit

"""Qt set-up for the UI tests only: the import speed-up and reference-count guard the app
itself uses, preferences kept in the test's folder, and no translator or background job
leaking from one test into the next."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.common.import_speed  # noqa: F401 (as the app does: see ui/common/import_speed.py)
from ui.common.refcount_guard import keep_singletons_alive

# PySide6 6.12 on Python 3.11 leaks references to None/True/False with every void Qt call;
# a long test session would otherwise abort with "none_dealloc".
keep_singletons_alive()


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread(qapp):
    """As in the app: no collection may start in a worker thread and free Qt objects there."""
    from ui.common import main_thread_gc

    collector = main_thread_gc.install(qapp)
    yield
    collector.collect_if_due()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    """QSettings write into the test's folder, never into the developer's real preferences."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path / "settings"),
    )


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that starts the app in Indonesian must not leave its translator to the next."""
    yield
    from PySide6.QtCore import QCoreApplication

    from ui.common.i18n import install_translator

    app = QCoreApplication.instance()
    if app is not None:
        install_translator(app, "en")
        from PySide6.QtCore import QThreadPool

        # Background jobs (PDFs, imports, backups) of one test must not occupy the pool's
        # two threads in the next one.
        assert QThreadPool.globalInstance().waitForDone(20_000), "a background job hangs"


@pytest.fixture(autouse=True)
def quit_keeps_a_running_timer(monkeypatch):
    """A window closed at a test's end with its timer running must not wait for an answer."""
    from ui.shell import quit_question

    monkeypatch.setattr(quit_question, "ask", lambda *_args: quit_question.TimerChoice.KEEP)


@pytest.fixture(autouse=True)
def default_look_after_each_test():
    """A test that applies a theme (or starts the app, which does) must not leave its palette
    and style sheet to the next."""
    yield
    from ui.common import theme

    for manager in theme._manager:
        if manager.styled or manager.tokens is not theme.LIGHT:
            from PySide6.QtGui import QPalette

            manager.app.setStyleSheet("")
            manager.app.setPalette(QPalette())
        manager.styled = False  # no longer follows the system's colour scheme
    theme._manager.clear()

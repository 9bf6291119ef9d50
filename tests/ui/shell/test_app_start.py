"""Starting the desktop app: first run, a second instance, a damaged store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from storage.backups import BACKUP_DIRNAME, list_backups
from storage.database import DB_FILENAME, open_store
from storage.sessions import SessionRepository
from tests.report_fixtures import fill_day, sample_session
from tests.storage.test_row_values import spoil
from ui.shell import app as app_module

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record message boxes instead of showing them; questions are answered Yes."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}\n{text}"))
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "critical", record("critical", None))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", None))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def start(qtbot, data_dir: Path, lang: str = "en"):
    started = app_module.start(data_dir, lang)
    if isinstance(started, int):
        return started
    window, lock = started
    qtbot.addWidget(window)
    return window, lock


def test_first_run_opens_on_the_sample_session(qtbot, data_dir, dialogs) -> None:
    window, lock = start(qtbot, data_dir, "id")
    try:
        summaries = window.context.sessions.list()
        assert [s.title for s in summaries] == ["Pelatihan Cerdas Nurani"]
        assert dialogs == []
        assert window.navigation.item(0).text() == "Sesi"
        # Straight into the sample's plan, as the README promises.
        assert window.open_session_id == summaries[0].id
        assert window.pages.currentWidget() is window.agenda_page
    finally:
        window.context.db.close()
        lock.release()


def test_the_sample_is_not_forced_back_after_the_user_trashes_it(qtbot, data_dir, dialogs):
    window, lock = start(qtbot, data_dir)
    window.context.sessions.move_to_trash(window.context.sessions.list()[0].id)
    window.context.db.close()
    lock.release()
    window, lock = start(qtbot, data_dir)
    try:
        assert window.context.sessions.list() == []
        assert len(window.context.sessions.list(in_trash=True)) == 1
        assert window.open_session_id is None  # later starts open on the sessions list
    finally:
        window.context.db.close()
        lock.release()


@pytest.mark.slow
def test_a_second_instance_says_the_data_is_open(qtbot, data_dir, dialogs, holder) -> None:
    assert start(qtbot, data_dir) == app_module.EXIT_ERROR
    assert dialogs and dialogs[0][0] == "critical"
    assert str(holder.pid) in dialogs[0][1] and "already" in dialogs[0][1]
    assert not (data_dir / DB_FILENAME).exists()  # nothing was touched


def test_a_damaged_store_is_moved_aside_and_the_backup_restored(qtbot, data_dir, dialogs):
    window, lock = start(qtbot, data_dir)
    sample_id = window.context.sessions.list()[0].id
    window.context.db.close()
    lock.release()
    opened = open_store(data_dir)  # a second start takes the backup that will save us
    opened.db.close()
    assert list_backups(data_dir / BACKUP_DIRNAME)
    garbage = b"\xde\xad\xbe\xef" * 5000
    (data_dir / DB_FILENAME).write_bytes(garbage)

    window, lock = start(qtbot, data_dir)
    try:
        assert [kind for kind, _text in dialogs] == ["question"]
        quarantined = list((data_dir / "quarantine").glob("*.sqlite3"))
        assert [p.read_bytes() for p in quarantined] == [garbage]
        assert [s.id for s in SessionRepository(window.context.db).list()] == [sample_id]
    finally:
        window.context.db.close()
        lock.release()


def test_a_damaged_store_without_backups_still_starts(qtbot, data_dir, dialogs) -> None:
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    window, lock = start(qtbot, data_dir)
    try:
        assert [kind for kind, _text in dialogs] == ["warning"]
        assert len(list((data_dir / "quarantine").iterdir())) == 1
        assert window.context.sessions.list()  # a fresh store, with the sample
    finally:
        window.context.db.close()
        lock.release()


@pytest.mark.slow
def test_gui_starts_and_quits_as_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "d"), "--lang", "id"],
        cwd=ROOT,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "LOKAKARYA_EXIT_AFTER_SHOW": "1",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / DB_FILENAME).exists()


def test_a_session_opened_before_the_pages_are_built_shows_its_plan(
    qtbot, data_dir, dialogs
) -> None:
    """run_gui lists the sessions first and builds the session pages one per event-loop
    turn after; opening a session at once must still show its Plan, and the rest follow."""
    prepared = app_module.prepare(data_dir, "en")
    assert not isinstance(prepared, int)
    lang, lock = prepared
    context = app_module.open_context(data_dir, lang)
    context.welcome_session_id = None  # as on any start after the first
    window = app_module.MainWindow(lang=lang)
    qtbot.addWidget(window)
    try:
        app_module.attach_store(window, context, defer_pages=True)
        window.show()
        assert window.session_pages == []  # nothing built yet: the list came first
        session_id = context.sessions.list()[0].id
        window.open_session(session_id)  # before any event-loop turn
        assert window.pages.currentWidget() is window.agenda_page
        assert window.agenda_page.model.rowCount() > 0
        qtbot.waitUntil(lambda: len(window.session_pages) == 6, timeout=10_000)
        notes = window.session_pages[-2]
        window.show_page("notes")
        assert notes.session is not None and notes.session.id == session_id
    finally:
        context.db.close()
        lock.release()


@pytest.mark.attack("concurrent writers")
def test_the_app_started_during_a_command_says_a_command_is_writing(
    qtbot, data_dir, dialogs
) -> None:
    from ui.common.instance_lock import QUEUE_FILENAME, InstanceLock

    # In this process, as `lokakarya import` holds them: the writers' queue, then the folder.
    with InstanceLock(data_dir, QUEUE_FILENAME), InstanceLock(data_dir):
        assert start(qtbot, data_dir) == app_module.EXIT_ERROR
    assert dialogs and dialogs[0][0] == "critical"
    assert "command" in dialogs[0][1] and str(os.getpid()) in dialogs[0][1]
    window, lock = start(qtbot, data_dir)  # both let go: now the app starts
    window.context.db.close()
    lock.release()


@pytest.mark.attack("values by meaning")
def test_the_app_starts_and_opens_a_session_holding_impossible_rows(qtbot, data_dir, dialogs):
    opened = open_store(data_dir, take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=6, notes_per_activity=1)
    spoil(opened.db, session)
    opened.db.close()
    window, lock = start(qtbot, data_dir, "id")
    try:
        assert [s.id for s in window.context.sessions.list()] == [session.id]
        window.open_session(session.id)
        qtbot.waitUntil(lambda: len(window.session_pages) == 6, timeout=10_000)
        for key in ("plan", "people", "methods", "run", "notes", "report"):
            window.show_page(key)
        assert dialogs == []
    finally:
        window.context.db.close()
        lock.release()


@pytest.mark.slow
def test_quitting_after_a_note_leaves_no_traceback(tmp_path: Path) -> None:
    """Found by the walkthrough: the undo stack, cleared as the window went, refreshed the
    last-notes list after the store had closed and printed a traceback at every quit."""
    driver = tmp_path / "driver.py"
    driver.write_text(
        "from PySide6.QtCore import QTimer\n"
        "def drive(window):\n"
        "    def note():\n"
        "        if len(window.session_pages) < len(window._page_specs):\n"
        "            QTimer.singleShot(50, note)\n"
        "            return\n"
        "        window.show_page('notes')\n"
        "        QTimer.singleShot(100, save)\n"
        "    def save():\n"
        "        capture = window.pages_by_key['notes'].capture\n"
        "        capture.text_edit.setPlainText('Catatan pertama')\n"
        "        capture.save()\n"
        "        QTimer.singleShot(200, window.close)\n"
        "    QTimer.singleShot(0, note)\n"
    )
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "d"), "--lang", "id"],
        cwd=ROOT,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "LOKAKARYA_TEST_DRIVER": str(driver),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    opened = open_store(tmp_path / "d", take_backup=False)
    try:
        assert opened.db["notes"].count == 1
    finally:
        opened.db.close()

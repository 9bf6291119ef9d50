"""File ▸ Restore backup…: the dialog lists the copies (date, size, why), restores the chosen
one after a confirmation, moves the current store aside (never deletes it) and restarts."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitation.session import Session, SessionDay
from storage import backups
from storage.database import DB_FILENAME, QUARANTINE_DIRNAME, open_store
from storage.sessions import SessionRepository
from tests.ui.ui_helpers import make_window
from ui.shell.app import finish_restore, relaunch_command
from ui.shell.restore_dialog import RestoreBackupDialog


def when_dialog_opens(action) -> None:  # noqa: ANN001
    """Run action on the restore dialog once its modal loop is up."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreBackupDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def add_session(db, title: str) -> None:
    SessionRepository(db).create(Session(title=title, days=[SessionDay(date=date(2025, 5, 2))]))


def titles(data_dir: Path) -> set[str]:
    opened = open_store(data_dir, take_backup=False)
    try:
        return {s.title for s in SessionRepository(opened.db).list()}
    finally:
        opened.db.close()


def test_restoring_a_backup_keeps_the_current_store_aside(data_dir) -> None:
    opened = open_store(data_dir, take_backup=False)
    add_session(opened.db, "Pagi")
    copy = backups.take_backup(opened.db.conn, data_dir / "backups", "startup")
    add_session(opened.db, "Siang, after the copy")
    opened.db.close()

    assert finish_restore(data_dir, copy)

    assert titles(data_dir) == {"Pagi"}
    aside = list((data_dir / QUARANTINE_DIRNAME).glob("*-replaced-*.sqlite3"))
    assert len(aside) == 1
    kept = open_store(data_dir / "kept", take_backup=False)  # the moved file is still whole
    kept.db.close()
    (data_dir / "kept" / DB_FILENAME).unlink()
    (data_dir / "kept" / DB_FILENAME).hardlink_to(aside[0])
    assert titles(data_dir / "kept") == {"Pagi", "Siang, after the copy"}
    assert copy.exists()


@pytest.mark.attack("damaged store files")
def test_a_damaged_backup_is_refused_and_the_store_left_alone(qtbot, data_dir, monkeypatch):
    opened = open_store(data_dir, take_backup=False)
    add_session(opened.db, "Pagi")
    opened.db.close()
    broken = data_dir / "backups" / "lokakarya-20250101-080000-000000-startup.sqlite3"
    broken.parent.mkdir()
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: told.append(args[2]))

    assert not finish_restore(data_dir, broken)

    assert titles(data_dir) == {"Pagi"}
    assert "could not be restored" in told[0]
    assert not (data_dir / QUARANTINE_DIRNAME).exists()


def test_restore_dialog_lists_backups_and_asks_first(qtbot, data_dir, monkeypatch) -> None:
    window = make_window(qtbot, data_dir)
    exits: list[int] = []
    # Ending the real event loop would leave the test session's QApplication quitting.
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    backup_dir = data_dir / "backups"
    older = backups.take_backup(
        window.context.db.conn, backup_dir, "before_import", datetime(2025, 5, 1, 9, 30)
    )
    newer = backups.take_backup(
        window.context.db.conn, backup_dir, "startup", datetime(2025, 5, 2, 8, 15)
    )
    asked = []

    def confirm(parent, title, text, *rest):  # noqa: ANN001
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    seen = {}

    def choose_the_older_copy(dialog: RestoreBackupDialog) -> None:
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())
        ]
        table.selectRow(1)
        qtbot.keyClick(table, Qt.Key.Key_Return)  # double-click/Enter = Restore…
        if dialog.isVisible():
            dialog.restore_button.click()

    when_dialog_opens(choose_the_older_copy)
    window.restore_backup()

    assert seen["rows"][0][0].startswith("2 May 2025 08:15")
    assert seen["rows"][0][2] == "When Lokakarya started"
    assert seen["rows"][1][2] == "Before a bundle was imported"
    assert seen["rows"][1][1].endswith(("kB", "KB", "MB"))
    assert len(asked) == 1 and "1 May 2025" in asked[0]
    assert window.restore_requested == older
    assert exits == [0]
    assert newer.exists() and (data_dir / DB_FILENAME).exists()  # nothing swapped yet


def test_cancelling_the_confirmation_restores_nothing(qtbot, data_dir, monkeypatch) -> None:
    window = make_window(qtbot, data_dir)
    backups.take_backup(window.context.db.conn, data_dir / "backups", "startup")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)

    def press_restore(dialog: RestoreBackupDialog) -> None:
        dialog.restore_button.click()
        dialog.reject()

    when_dialog_opens(press_restore)
    window.restore_backup()
    assert window.restore_requested is None


def test_restart_runs_the_same_program_on_the_same_folder(data_dir, monkeypatch) -> None:
    program, arguments = relaunch_command(data_dir, "id")
    assert program == sys.executable
    assert arguments[0].endswith("main.py")
    assert arguments[1:] == ["--data-dir", str(data_dir), "--lang", "id"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert relaunch_command(data_dir, None) == (sys.executable, ["--data-dir", str(data_dir)])

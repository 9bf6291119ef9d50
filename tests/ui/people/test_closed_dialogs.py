"""Dialogs opened from the People page are deleted once closed: kept under the page, each
would hold what it read (a roster sheet, 500 people's rows) for as long as the window lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.people.test_ui_people import open_people
from ui.people.roster_import_dialog import RosterImportDialog


def test_a_closed_roster_import_dialog_is_not_kept_under_the_page(qtbot, data_dir) -> None:
    """The import dialog holds the sheet it read (thousands of rows)."""
    page = open_people(qtbot, data_dir)
    seen: list[object] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close)
    page.open_import_dialog()
    assert isinstance(seen[0], RosterImportDialog)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not page.findChildren(RosterImportDialog)

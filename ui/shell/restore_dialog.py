"""File ▸ Restore backup…: pick one of the safety copies; after a confirmation Lokakarya puts
it in place of the store (the current file is moved aside, never deleted) and restarts."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.backups import Backup, list_backups
from ui.common.formatting import clock_time, short_date

translate = QCoreApplication.translate
_REASON = re.compile(r"-([a-z0-9_]+)\.sqlite3$")


def reason_label(path: Path) -> str:
    """Why the copy was taken, from the reason at the end of its file name."""
    match = _REASON.search(path.name)
    reason = match.group(1) if match else ""
    if reason == "startup":
        return translate("RestoreDialog", "When Lokakarya started")
    if reason == "before_migration":
        return translate("RestoreDialog", "Before an update of the data file")
    if reason == "before_import":
        return translate("RestoreDialog", "Before a bundle was imported")
    return reason.replace("_", " ")


class RestoreBackupDialog(QDialog):
    def __init__(self, backup_dir: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore backup"))
        self.resize(640, 420)
        self.backups: list[Backup] = list_backups(backup_dir)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the copy to go back to. Your current data file is moved aside, not "
                "deleted, and Lokakarya restarts with the copy."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        locale = QLocale("id_ID" if lang == "id" else "en_GB")
        for row, backup in enumerate(self.backups):
            taken = f"{short_date(backup.taken_at.date(), lang)} {clock_time(backup.taken_at)}"
            size = locale.formattedDataSize(
                backup.path.stat().st_size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            for column, text in enumerate((taken, size, reason_label(backup.path))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table, 1)
        if not self.backups:
            empty = QLabel(self.tr("There are no backups yet."))
            layout.addWidget(empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def accept(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Go back to the copy from %1?\n\nChanges made after it will no longer show; "
                "the current data file is kept in the quarantine folder. Lokakarya will restart."
            ).replace("%1", self.table.item(self.table.currentRow(), 0).text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()

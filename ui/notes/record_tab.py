"""The shared frame of the spreadsheet-like tabs: a table, Add/Delete buttons, a filter, a
legend of keys, and undo commands that call the tab's repository."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.theme import set_tone
from ui.common.undo import CallbackCommand
from ui.notes.record_table import Column, RecordTableModel, SpreadsheetView


class RecordTab(QWidget):
    """Subclasses give columns(), fetch(), new_record() and the repository's verbs."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.session_id: str | None = None
        self.all_records: list[Any] = []
        self.model = RecordTableModel(self.columns(), self)
        self.model.edit_requested.connect(self._edit)
        self.model.refused.connect(self._refused)
        self.view = SpreadsheetView()
        self.view.setModel(self.model)
        for number, column in enumerate(self.model.columns):
            self.view.setColumnWidth(number, column.width)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.add_row_requested.connect(self.add_row)
        self.view.delete_requested.connect(self.delete_rows)
        self.filter_combo = QComboBox()
        self.filter_combo.setMinimumContentsLength(24)
        self.filter_combo.currentIndexChanged.connect(lambda: self.show_records())
        self.add_button = QPushButton(self.tr("&Add row"))
        self.add_button.setToolTip(self.tr("Ctrl+N, or Enter on the last row"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button = QPushButton(self.tr("&Delete row"))
        self.delete_button.setToolTip(self.tr("Delete (undo with Ctrl+Z)"))
        self.delete_button.clicked.connect(self.delete_rows)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "Type to edit a cell · Tab / Shift+Tab next / previous cell · Enter saves and "
                "goes down (on the last row it adds one) · Ctrl+N new row · Delete removes "
                "rows · Ctrl+Z undo"
            )
        )
        self.legend.setWordWrap(True)
        set_tone(self.legend, "muted")
        self.legend.setStyleSheet("font-size: 9pt;")
        self.top = QHBoxLayout()
        self.filter_label = QLabel(self.tr("Show"))
        self.top.addWidget(self.filter_label)
        self.top.addWidget(self.filter_combo)
        self.top.addStretch()
        self.top.addWidget(self.add_button)
        self.top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.legend)

    # -- to provide ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, session_id: str) -> list[Any]:
        raise NotImplementedError

    def new_record(self, session_id: str) -> Any:
        raise NotImplementedError

    def store_add(self, record: Any) -> None:
        raise NotImplementedError

    def store_update(self, record: Any, before: Any) -> None:
        """Save an edited record; before is the record as read, so only what the edit
        changed is written."""
        raise NotImplementedError

    def store_trash(self, record_id: str) -> None:
        raise NotImplementedError

    def store_restore(self, record_id: str) -> None:
        raise NotImplementedError

    def filters(self) -> list[tuple[object, str]]:
        """(key, label) choices of the filter; an empty list hides it."""
        return []

    def accepts(self, record: Any, key: object) -> bool:
        return True

    # -- loading -------------------------------------------------------------------------------

    def open_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self, select_id: str | None = None, column: int | None = None) -> None:
        self.all_records = self.fetch(self.session_id) if self.session_id else []
        key = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        choices = self.filters()
        self.filter_combo.addItem(self.tr("All rows"), None)
        for value, label in choices:
            self.filter_combo.addItem(label, value)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(key)))
        self.filter_combo.blockSignals(False)
        self.filter_combo.setVisible(bool(choices))
        self.filter_label.setVisible(bool(choices))
        self.show_records(select_id, column)

    def show_records(self, select_id: str | None = None, column: int | None = None) -> None:
        current = self.view.currentIndex()
        key = self.filter_combo.currentData()
        records = [r for r in self.all_records if key is None or self.accepts(r, key)]
        self.model.set_records(records)
        row = self.model.row_of(select_id) if select_id else None
        if row is None and current.isValid():
            row = min(current.row(), self.model.rowCount() - 1)
        if row is not None and row >= 0:
            self.view.go_to(row, current.column() if column is None else column)
        self.changed.emit()

    def current_filter(self) -> object:
        return self.filter_combo.currentData()

    # -- actions -------------------------------------------------------------------------------

    def add_row(self) -> None:
        if self.session_id is None:
            return
        record = self.new_record(self.session_id)
        column = self.view.first_editable_column()
        self.undo_stack.push(
            CallbackCommand(
                self.tr("Add row"),
                lambda: self.store_add(record),
                lambda: self.store_trash(record.id),
                lambda: self.reload(record.id, column),
            )
        )
        self.view.setFocus()

    def delete_rows(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        ids = [self.model.records[row].id for row in rows]
        if not ids:
            return

        def trash() -> None:
            for record_id in ids:
                self.store_trash(record_id)

        def restore() -> None:
            for record_id in ids:
                self.store_restore(record_id)

        self.undo_stack.push(
            CallbackCommand(
                self.tr("Delete %1 rows").replace("%1", str(len(ids))),
                trash,
                restore,
                lambda: self.reload(ids[0]),
            )
        )
        self.status.emit(self.tr("%1 rows deleted. Undo with Ctrl+Z.").replace("%1", str(len(ids))))

    def _edit(self, before: Any, after: Any) -> None:
        column = self.view.currentIndex().column()
        self.message.clear()
        # The column's apply() already ran the domain checks: the value is storable.
        self.undo_stack.push(
            CallbackCommand(
                self.tr("Edit cell"),
                lambda: self.store_update(copy_of(after), before),
                lambda: self.store_update(copy_of(before), after),
                lambda: self.reload(after.id, column),
            )
        )

    def _refused(self, message: str) -> None:
        set_tone(self.message, "danger")
        self.message.setStyleSheet("font-weight: 600;")
        self.message.setText(message)
        self.status.emit(message)


def copy_of(record: Any) -> Any:
    return copy.deepcopy(record)

"""A spreadsheet-fast table editor over domain records (work plans, commitments, test scores).

Typing starts editing, Tab/Shift+Tab move across, Enter commits and goes down (on the last row
it adds one), Ctrl+N adds a row, Delete moves rows to the trash. Every change is an undo
command calling the record's repository; the model itself never writes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from facilitation.session import ValidationError
from ui.capture.labels import capture_message

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    header: str
    display: Callable[[Any], object]
    # Editable columns give the value the editor starts from and how to apply a new one
    # (returning nothing; raising ValidationError refuses the value).
    edit_value: Callable[[Any], object] | None = None
    apply: Callable[[Any, object], None] | None = None
    choices: Callable[[], list[tuple[object, str]]] | None = None
    width: int = 120
    numeric: bool = False


class RecordTableModel(QAbstractTableModel):
    edit_requested = Signal(object, object)  # record before, record after
    refused = Signal(str)  # a clear message for a value that was not accepted

    def __init__(self, columns: list[Column], parent: object = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        if [r.id for r in records] == [r.id for r in self.records]:
            self.records = list(records)
            if records:
                last = self.index(len(records) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def row_of(self, record_id: str) -> int | None:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return self.columns[section].header

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].apply is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.EditRole:
            getter = column.edit_value or column.display
            return getter(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(record)
            return text if isinstance(text, str) and len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.apply is None:
            return None
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.apply is None:
            return False
        before = self.records[index.row()]
        after = copy.deepcopy(before)
        try:
            column.apply(after, value)
        except ValidationError as error:
            self.refused.emit(capture_message(error.key, error.details))
            return False
        if after == before:
            return False
        self.edit_requested.emit(before, after)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with a fixed list of choices (e.g. the status); also notes
    when Enter ends an edit, so the view can move down as a spreadsheet does."""

    def __init__(self, view: SpreadsheetView) -> None:
        super().__init__(view)
        self.view = view

    def _column(self, index: QModelIndex) -> Column | None:
        columns = getattr(index.model(), "columns", None)
        return columns[index.column()] if columns else None

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = self._column(index)
        if column is None or column.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.view.enter_pressed = True
        return super().eventFilter(editor, event)


class SpreadsheetView(QTableView):
    add_row_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(26)
        self.enter_pressed = False
        self.setItemDelegate(ChoiceDelegate(self))

    def first_editable_column(self) -> int:
        model = self.model()
        for column in range(model.columnCount()):
            if model.columns[column].apply is not None:
                return column
        return 0

    def go_to(self, row: int, column: int | None = None) -> None:
        column = self.currentIndex().column() if column is None else column
        index = self.model().index(row, max(0, column))
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.scrollTo(index)

    def _enter(self) -> None:
        row = self.currentIndex().row()
        if row >= self.model().rowCount() - 1:
            self.add_row_requested.emit()
        else:
            self.go_to(row + 1)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        # Qt also submits when the current row changes; only Enter moves down.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and self.enter_pressed:
            self._enter()  # Enter committed the cell: go down, as in a spreadsheet
        self.enter_pressed = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.New
        ):
            event.accept()  # Ctrl+N here adds a row rather than a new session
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.matches(QKeySequence.StandardKey.New):
            self.add_row_requested.emit()
            return
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self._enter()
            else:
                self.add_row_requested.emit()
            return
        if not editing and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

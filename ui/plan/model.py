"""Table model over one day's scheduled activities, with drag-and-drop reordering.

The model never writes: edits and moves are turned into requests that the agenda page wraps
in undo commands, so the mouse, the keyboard and Ctrl+Z all go through the same path.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from facilitation.agenda import DayPlan, ScheduledActivity
from ui.common.formatting import clock_time
from ui.common.labels import activity_kind_label
from ui.common.model_roles import ALIGNMENT, DISPLAY, EDIT, FOREGROUND, RIGHT_ALIGNED, TOOLTIP
from ui.common.theme import current_tokens

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-lokakarya-agenda-row"
# Made once: flags() runs for every painted cell, and enum arithmetic in Python is slow.
DROP_ONLY = Qt.ItemFlag.ItemIsDropEnabled
MOVABLE = (
    DROP_ONLY
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
)
EDITABLE = MOVABLE | Qt.ItemFlag.ItemIsEditable
# The column titles, translated one at a time as the header paints each section.
_HEADERS = (
    QT_TRANSLATE_NOOP("AgendaTableModel", "Start"),
    QT_TRANSLATE_NOOP("AgendaTableModel", "End"),
    QT_TRANSLATE_NOOP("AgendaTableModel", "Activity"),
    QT_TRANSLATE_NOOP("AgendaTableModel", "Method"),
    QT_TRANSLATE_NOOP("AgendaTableModel", "Minutes"),
)


@cache
def _brush(colour: str) -> QBrush:  # the theme's, made once per colour
    return QBrush(QColor(colour))


class _Row(NamedTuple):
    texts: tuple[object, ...]  # by column, for the display and edit roles
    tooltip: str | None
    overruns: bool  # the end time shows in red


class AgendaTableModel(QAbstractTableModel):
    START, END, TITLE, KIND, MINUTES = range(5)

    move_requested = Signal(int, int)  # from row, to row
    edit_requested = Signal(str, str, object)  # activity id, field name, new value

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._items: tuple[ScheduledActivity, ...] = ()
        self._rows: list[_Row] = []

    def set_plan(self, plan: DayPlan) -> None:
        if plan.items == self._items:
            return  # the same day again (the session opened again): nothing to paint anew
        if len(plan.items) == len(self._items):
            self._items = plan.items
            self._rows = self._rows_of(plan.items)
            if self._items:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._items) - 1, self.MINUTES)
                )
            return
        self.beginResetModel()
        self._items = plan.items
        self._rows = self._rows_of(plan.items)
        self.endResetModel()

    def _rows_of(self, items: tuple[ScheduledActivity, ...]) -> list[_Row]:
        """What each row shows, formatted and translated once per day shown: a view asks
        every painted cell for seven roles, at every paint."""
        overrun = self.tr("Ends after the day's end time")
        kinds: dict[object, str] = {}
        rows = []
        for item in items:
            activity = item.activity
            kind = kinds.get(activity.kind)
            if kind is None:
                kind = kinds[activity.kind] = activity_kind_label(activity.kind)
            texts = (
                clock_time(item.start),
                clock_time(item.end),
                activity.title,
                kind,
                activity.planned_minutes,
            )
            tooltip = overrun if item.overruns else (activity.instructions or None)
            rows.append(_Row(texts, tooltip, item.overruns))
        return rows

    def item(self, row: int) -> ScheduledActivity:
        return self._items[row]

    def row_of(self, activity_id: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.activity.id == activity_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return QCoreApplication.translate("AgendaTableModel", _HEADERS[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return DROP_ONLY
        return EDITABLE if index.column() in (self.TITLE, self.MINUTES) else MOVABLE

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        return self._value(self._rows[index.row()], index.column(), int(role))

    def multiData(self, index: QModelIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        """All the roles a painted cell asks for (seven) in one call: Qt's own way calls data()
        once per role, each a crossing from C++ into Python."""
        if not index.isValid():
            for role_data in roles:
                role_data.clearData()
            return
        row, column, value = self._rows[index.row()], index.column(), self._value
        for role_data in roles:
            shown = value(row, column, role_data.role())
            if shown is None:
                role_data.clearData()
            else:
                role_data.setData(shown)

    def _value(self, row: _Row, column: int, role: int) -> object:
        """What data() gives for a cell of the row, the role as a plain int."""
        if role in (DISPLAY, EDIT):
            return row.texts[column]
        if role == TOOLTIP:
            return row.tooltip
        if role == FOREGROUND:
            return _brush(current_tokens().danger) if row.overruns and column == self.END else None
        if role == ALIGNMENT and column == self.MINUTES:
            return RIGHT_ALIGNED
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        activity = self._items[index.row()].activity
        if index.column() == self.TITLE:
            text = str(value).strip()
            if not text or text == activity.title:
                return False
            self.edit_requested.emit(activity.id, "title", text)
            return True
        if index.column() == self.MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if minutes == activity.planned_minutes or not 0 <= minutes <= 24 * 60:
                return False
            self.edit_requested.emit(activity.id, "planned_minutes", minutes)
            return True
        return False

    # -- drag and drop: rows move by id through the page's undo stack ----------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(ROW_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(ROW_MIME)).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        # Dropping below the source shifts the target up by one once the source is lifted.
        if target > source:
            target -= 1
        target = max(0, min(target, len(self._items) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        # Returning False stops the view from removing the source row itself.
        return False

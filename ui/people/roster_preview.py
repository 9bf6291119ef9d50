"""The roster import's preview: one row per participant line of the sheet, as it would be
imported, shaded where that line has a problem (red: blocks the import; yellow: a warning)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from facilitation.participants import Participant
from facilitation.roster import RosterField, RosterPreview
from ui.people.labels import gender_label, roster_field_label

BLOCKING_COLOUR = QColor("#fde0e0")
WARNING_COLOUR = QColor("#fff4d6")


class PreviewModel(QAbstractTableModel):
    COLUMNS = (None, *RosterField)  # None = the line number

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Participant]] = []
        self._blocking: set[int] = set()
        self._warning: set[int] = set()

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.beginResetModel()
        self._rows = list(preview.rows) if preview else []
        problems = preview.problems if preview else []
        self._blocking = {p.line for p in problems if p.blocking}
        self._warning = {p.line for p in problems if not p.blocking}
        self.endResetModel()

    def row_of_line(self, line: int) -> int | None:
        return next((row for row, (at, _p) in enumerate(self._rows) if at == line), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        return self.tr("Line") if column is None else roster_field_label(column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line, person = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return line
            if column == RosterField.GENDER:
                return gender_label(person.gender)
            return getattr(person, str(column))
        if role == Qt.ItemDataRole.BackgroundRole:
            if line in self._blocking:
                return QBrush(BLOCKING_COLOUR)
            if line in self._warning:
                return QBrush(WARNING_COLOUR)
        return None

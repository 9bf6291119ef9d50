"""The table of the JP tab: each participant's JP credited, attendance, completion and
certificate number, as text ready to show."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.common.model_roles import ALIGNMENT, DISPLAY, FOREGROUND, RIGHT_ALIGNED

DONE_COLOUR = QColor("#1b5e20")


@dataclass(frozen=True)
class JpRow:
    number: int
    name: str
    credited: str
    percent: str
    completed: bool
    certificate: str


class JpTableModel(QAbstractTableModel):
    NUMBER, NAME, CREDITED, ATTENDANCE, COMPLETED, CERTIFICATE = range(6)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.rows: list[JpRow] = []

    def set_rows(self, rows: list[JpRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("No."),
            self.tr("Name"),
            self.tr("JP credited"),
            self.tr("Attendance"),
            self.tr("Completed"),
            self.tr("Certificate"),
        )[section]

    def data(self, index: QModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == DISPLAY:
            completed = self.tr("yes") if row.completed else self.tr("no")
            values = (row.number, row.name, row.credited, row.percent, completed, row.certificate)
            return values[column]
        if role == ALIGNMENT and column in (self.NUMBER, self.CREDITED, self.ATTENDANCE):
            return RIGHT_ALIGNED
        if role == FOREGROUND and column == self.COMPLETED and row.completed:
            return QBrush(DONE_COLOUR)
        return None

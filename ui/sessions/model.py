"""Table model over session summaries, for the sessions list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage.sessions import SessionSummary
from ui.common.formatting import short_date
from ui.common.model_roles import ALIGNMENT, DISPLAY, RIGHT_ALIGNED, TOOLTIP

Index = QModelIndex | QPersistentModelIndex


class SessionsTableModel(QAbstractTableModel):
    DATE, TITLE, ORGANISER, VENUE, DAYS, ACTIVITIES = range(6)

    def __init__(self, lang: str, parent: object = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[SessionSummary] = []
        self._cells: list[tuple[object, ...]] = []

    def set_sessions(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Formatted once here, not on each of the view's many data() calls per cell.
        self._cells = [
            (
                short_date(summary.first_date, self.lang) if summary.first_date else "—",
                summary.title,
                summary.organiser,
                summary.venue,
                summary.day_count,
                summary.activity_count,
            )
            for summary in self._rows
        ]
        self.endResetModel()

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == session_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Organiser"),
            self.tr("Venue"),
            self.tr("Days"),
            self.tr("Activities"),
        )[section]

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        role = int(role)
        if role == DISPLAY:
            return self._cells[index.row()][index.column()]
        column = index.column()
        if role == TOOLTIP and column == self.TITLE:
            return self._rows[index.row()].title
        if role == ALIGNMENT and column in (self.DAYS, self.ACTIVITIES):
            return RIGHT_ALIGNED
        return None

"""The session's notes as a table, with the browse filters (activity, group, kind, tag, starred).

The model never writes: star toggles and edits go through the page's undo commands.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from facilitation.notes import Note, NoteKind, matches
from ui.capture_labels import note_kind_label

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAR_COLOUR = QColor("#e6a100")


def local_clock(iso: str, seconds: bool = False) -> str:
    """A stored UTC timestamp as the wall-clock time in the room."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone()
    return moment.strftime("%H:%M:%S" if seconds else "%H:%M")


class NotesTableModel(QAbstractTableModel):
    STAR, TIME, KIND, GROUP, SPEAKER, TEXT, TAGS, ACTIVITY = range(8)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._rows: dict[str, int] = {}
        self.activity_titles: dict[str, str] = {}

    def set_notes(self, notes: list[Note], activity_titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.activity_titles = activity_titles
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._rows = {note.id: row for row, note in enumerate(self._notes)}

    def note(self, row: int) -> Note:
        return self._notes[row]

    def notes(self) -> list[Note]:
        return list(self._notes)

    def row_of(self, note_id: str) -> int | None:
        return self._rows.get(note_id)

    def upsert(self, note: Note) -> None:
        """Show a saved or changed note without reloading the others."""
        row = self._rows.get(note.id)
        if row is not None:
            self._notes[row] = note
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.ACTIVITY))
            return
        # Keep the order notes were taken in (an undone trash comes back in its place).
        row = len(self._notes)
        while row > 0 and self._notes[row - 1].created_at > note.created_at:
            row -= 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        self._reindex()
        self.endInsertRows()

    def remove(self, note_id: str) -> None:
        row = self._rows.get(note_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self._reindex()
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            "★",
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Group"),
            self.tr("Speaker"),
            self.tr("Note"),
            self.tr("Tags"),
            self.tr("Activity"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STAR:
                return "★" if note.starred else "☆"
            if column == self.TIME:
                return local_clock(note.created_at)
            if column == self.KIND:
                return note_kind_label(note.kind)
            if column == self.GROUP:
                return note.group_label
            if column == self.SPEAKER:
                return note.speaker
            if column == self.TEXT:
                # A long note shows its beginning; the tooltip and the editor hold it all.
                return " ⏎ ".join(note.text[:300].splitlines())
            if column == self.TAGS:
                return ", ".join(note.tags)
            return self.activity_titles.get(note.activity_id or "", "")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return note.text[:2000]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STAR and note.starred:
            return STAR_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.STAR:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == NOTE_ID_ROLE:
            return note.id
        return None


class NotesFilter(QSortFilterProxyModel):
    """Browse by activity, group, kind or tag (None = any), optionally starred only."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.activity_id: str | None = None
        self.group_label: str | None = None
        self.kind: NoteKind | None = None
        self.tag: str | None = None
        self.starred_only = False

    def set_filters(self, **filters: object) -> None:
        self.beginFilterChange()
        for name, value in filters.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        note = self.sourceModel().note(source_row)
        return matches(
            note, self.activity_id, self.group_label, self.kind, self.tag, self.starred_only
        )

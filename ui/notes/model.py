"""The session's notes as a table, with the browse filters (activity, group, kind, tag, starred).

The model never writes: star toggles and edits go through the page's undo commands.
"""

from __future__ import annotations

import json
from bisect import bisect_left

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from facilitation.notes import Note, NoteKind, matches
from storage.notes import ListRow, NoteFilters, NoteKey, NoteRepository
from ui.capture.labels import note_kind_label
from ui.common.formatting import local_clock

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAR_COLOUR = QColor("#e6a100")


class NotesTableModel(QAbstractTableModel):
    """The session's live notes that pass the filters, oldest first.

    Only the order (created_at, rowid) is loaded at once; the shown columns come from the store
    a page at a time as the view asks for them, and a whole note only when it is acted on:
    opening a 20,000-note session stays quick.
    """

    STAR, TIME, KIND, GROUP, SPEAKER, TEXT, TAGS, ACTIVITY = range(8)
    PAGE = 200

    def __init__(self, notes: NoteRepository, parent: object = None) -> None:
        super().__init__(parent)
        self.repository = notes
        self.session_id: str | None = None
        self.filters = NoteFilters()
        self.total = 0  # live notes of the session, whatever the filters
        self._keys: list[int] = []  # rowids, in the order of their NoteKey (created_at, rowid)
        self._rows: dict[int, ListRow] = {}  # by rowid, filled as rows are shown
        self.activity_titles: dict[str, str] = {}

    def load(self, session_id: str | None, activity_titles: dict[str, str]) -> None:
        self.session_id = session_id
        self.activity_titles = activity_titles
        self._reload()

    def set_filters(self, filters: NoteFilters) -> None:
        if filters != self.filters:  # the shown rows are kept current between changes
            self.filters = filters
            self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = {}
        if self.session_id is None:
            self._keys, self.total = [], 0
        else:
            self._keys = self.repository.list_rowids(self.session_id, self.filters)
            unfiltered = self.filters == NoteFilters()
            self.total = len(self._keys) if unfiltered else self.repository.count(self.session_id)
        self.endResetModel()

    def _row(self, row: int) -> ListRow:
        rowid = self._keys[row]
        found = self._rows.get(rowid)
        if found is None:
            start = row - row % self.PAGE
            self._rows.update(self.repository.list_rows(self._keys[start : start + self.PAGE]))
            found = self._rows[rowid]
        return found

    def note(self, row: int) -> Note:
        """The whole note (full text) as stored."""
        return self.repository.get(self._row(row).id)

    def row_of(self, note_id: str) -> int | None:
        key = self.repository.list_key(note_id)
        if key is None:
            return None
        row = bisect_left(self._keys, key, key=self._key_of)
        return row if row < len(self._keys) and self._keys[row] == key[1] else None

    def _key_of(self, rowid: int) -> NoteKey:
        """A listed note's key: from the rows already read, else the store (a bisect asks
        for about 15 of 20,000)."""
        shown = self._rows.get(rowid)
        if shown is not None:
            return (shown.created_at, rowid)
        return self.repository.key_of(rowid) or ("", rowid)

    def upsert(self, note: Note) -> None:
        """Show a saved or changed note without reloading the others."""
        key = self.repository.list_key(note.id)
        f = self.filters
        if key is None or not matches(
            note, f.activity_id, f.group_label, f.kind, f.tag, f.starred_only
        ):
            self.remove(note.id)
            return
        self._rows.pop(key[1], None)
        self.total = self.repository.count(note.session_id)
        row = bisect_left(self._keys, key, key=self._key_of)
        if row < len(self._keys) and self._keys[row] == key[1]:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.ACTIVITY))
            return
        # In the order notes were taken (an undone trash comes back in its place).
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key[1])
        self.endInsertRows()

    def remove(self, note_id: str) -> None:
        if self.session_id is not None:
            self.total = self.repository.count(self.session_id)
        rowid = self.repository.rowid_of(note_id)
        for row, listed in enumerate(self._keys):
            if listed == rowid:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._keys[row]
                self._rows.pop(rowid, None)
                self.endRemoveRows()
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

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
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            note = self._row(index.row())
            if column == self.STAR:
                return "★" if note.starred else "☆"
            if column == self.TIME:
                return local_clock(note.created_at)
            if column == self.KIND:
                return note_kind_label(NoteKind(note.kind))
            if column == self.GROUP:
                return note.group_label
            if column == self.SPEAKER:
                return note.speaker
            if column == self.TEXT:
                # A long note shows its beginning; the tooltip and the editor hold it all.
                return " ⏎ ".join(note.text[:300].splitlines())
            if column == self.TAGS:
                return ", ".join(json.loads(note.tags))
            return self.activity_titles.get(note.activity_id or "", "")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return self._row(index.row()).text
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STAR:
            return STAR_COLOUR if self._row(index.row()).starred else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.STAR:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == NOTE_ID_ROLE:
            return self._row(index.row()).id
        return None


class NotesFilter(QSortFilterProxyModel):
    """Browse by activity, group, kind or tag (None = any), optionally starred only.

    The filtering itself is a query of the source model (NotesTableModel.set_filters): no
    Python call per row here, which would cost tens of ms on a 20,000-note session.
    """

    def set_filters(self, **filters: object) -> None:
        self.sourceModel().set_filters(NoteFilters(**filters))

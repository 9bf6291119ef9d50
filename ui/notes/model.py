"""The session's notes as a table, with the browse filters (activity, group, kind, tag, starred).

The model never writes: star toggles and edits go through the page's undo commands.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from facilitation.notes import Note, NoteKind, matches
from storage.notes import ListRow, NoteFilters, NoteKey, NoteRepository, list_row
from storage.transactions import Stamp, one_write_since
from ui.capture.labels import note_kind_label
from ui.common.formatting import local_clock
from ui.notes.activity_counts import ActivityCounts

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAR_COLOUR = QColor("#e6a100")
DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND = (
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)
_SHOWN_ROLES = frozenset((DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND, int(NOTE_ID_ROLE)))
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
# The column titles (the star's is a sign), translated one at a time as the header paints.
_HEADERS = (
    "★",
    QT_TRANSLATE_NOOP("NotesTableModel", "Time"),
    QT_TRANSLATE_NOOP("NotesTableModel", "Kind"),
    QT_TRANSLATE_NOOP("NotesTableModel", "Group"),
    QT_TRANSLATE_NOOP("NotesTableModel", "Speaker"),
    QT_TRANSLATE_NOOP("NotesTableModel", "Note"),
    QT_TRANSLATE_NOOP("NotesTableModel", "Tags"),
    QT_TRANSLATE_NOOP("NotesTableModel", "Activity"),
)
_TOOLTIP, _STAR_COLOUR, _NOTE_ID = 8, 9, 10  # after the 8 columns in a row's cells


class NotesTableModel(QAbstractTableModel):
    """The session's live notes that pass the filters, oldest first.

    Only their number is read at once; the shown columns come from the store a page at a time
    (by position in the list's order) as the view asks for them, a row's texts are formatted
    when first painted, and a whole note is read only when it is acted on: opening a
    20,000-note session reads a count and one page, not 20,000 keys.
    """

    STAR, TIME, KIND, GROUP, SPEAKER, TEXT, TAGS, ACTIVITY = range(8)
    PAGE = 200

    def __init__(self, notes: NoteRepository, parent: object = None) -> None:
        super().__init__(parent)
        self.repository = notes
        self.session_id: str | None = None
        self.filters = NoteFilters()
        self.total = 0  # live notes of the session, whatever the filters
        self._count = 0  # the notes that pass the filters: the rows
        self._writes: Stamp | None = None  # the store's stamp when _count was last in step
        self._by_activity = ActivityCounts(notes)  # the activity filter's counts
        self._pages: dict[int, list[ListRow]] = {}  # by page number, filled as rows are shown
        self._cells: dict[int, tuple[object, ...]] = {}  # by row: what the columns show
        self.activity_titles: dict[str, str] = {}

    def load(self, session_id: str | None, activity_titles: dict[str, str]) -> None:
        self.session_id = session_id
        self.activity_titles = activity_titles
        self._by_activity.forget()  # read again: notes may have changed elsewhere
        self._reload()

    def set_filters(self, filters: NoteFilters) -> None:
        if filters != self.filters:  # the shown rows are kept current between changes
            self.filters = filters
            self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._forget_from(0)
        self._count = self._counted()
        self._count_total()
        self.endResetModel()

    def _counted(self) -> int:
        self._writes = self.repository.writes()
        if self.session_id is None:
            return 0
        if self._activity_only():
            return self._by_activity.of(self.session_id, self.filters.activity_id)
        return self.repository.list_count(self.session_id, self.filters)

    def _activity_only(self) -> bool:
        f = self.filters
        return f.activity_id is not None and f == NoteFilters(activity_id=f.activity_id)

    def _count_after(self, note_id: str, listed: bool, after: int | None) -> int:
        """The rows once note_id changed (after: the listed notes after it now). When its
        change is the only row written since the list was last in step with the store, and
        the list knows whether it held the note (the note's row is among those read), the
        rows are worked out; else counted (a pass over the session's 20,000 notes, or over
        their rows with the activity filter)."""
        writes = self.repository.writes()
        if one_write_since(self._writes, writes) and after is not None and after <= self._count:
            held = self._held(self._count - after - 1, note_id)  # its row, if it was listed
            if held is not None:
                self._writes = writes
                return self._count - held + listed
        return self._counted()

    def _held(self, row: int, note_id: str) -> bool | None:
        """Whether the list held note_id at row, as last read; None: that row was not read."""
        if row < 0:
            return False
        page, at = divmod(row, self.PAGE)
        rows = self._pages.get(page)
        return None if rows is None or at >= len(rows) else rows[at].id == note_id

    def _count_total(self) -> None:
        if self.filters == NoteFilters() or self.session_id is None:
            self.total = self._count
            return
        total = self._by_activity.total(self.session_id)
        self.total = self.repository.count(self.session_id) if total is None else total

    def _forget_from(self, row: int) -> None:
        """Rows from row on moved or changed: read them again when shown."""
        first = row // self.PAGE
        self._pages = {page: rows for page, rows in self._pages.items() if page < first}
        self._cells = {at: cells for at, cells in self._cells.items() if at < row}

    def _row(self, row: int) -> ListRow:
        page, at = divmod(row, self.PAGE)
        rows = self._pages.get(page)
        if rows is None:
            assert self.session_id is not None
            rows = self.repository.list_page(
                self.session_id, self.filters, page * self.PAGE, self.PAGE, self._count
            )
            self._pages[page] = rows
        return rows[at]

    def note(self, row: int) -> Note:
        """The whole note (full text) as stored."""
        return self.repository.get(self._row(row).id)

    def row_of(self, note_id: str) -> int | None:
        place = self.repository.place_of(note_id)
        if place is None or self.session_id is None:
            return None
        row = self._count - self._after(place) - 1
        return row if 0 <= row < self._count and self._row(row).id == note_id else None

    def _after(self, place: NoteKey) -> int:
        assert self.session_id is not None
        return self.repository.list_after(self.session_id, self.filters, place)

    def upsert(self, note: Note) -> None:
        """Show a saved or changed note without reloading the others."""
        f = self.filters
        listed = (
            not note.in_trash
            and note.session_id == self.session_id
            and matches(note, f.activity_id, f.group_label, f.kind, f.tag, f.starred_only)
        )
        self._by_activity.saved(note)  # before the rows are counted
        self._show_change(note.id, listed, note)

    def remove(self, note_id: str) -> None:
        """The note left the list (trashed, or gone from the store)."""
        self._by_activity.forget()
        self._show_change(note_id, listed=False)

    def _show_change(self, note_id: str, listed: bool, note: Note | None = None) -> None:
        """One note was added, changed or left the list: the rows move by one at its place (in
        the order notes were taken: an undone trash comes back where it was). Anything else
        (several notes at once, another window's changes) reads the list again. note: the
        note as stored, when the caller has it (a new last row joins the rows read)."""
        if self.session_id is None:
            return
        place = self.repository.place_of(note_id)
        after = None if place is None else self._after(place)
        before = self._count
        count = self._count_after(note_id, listed, after)
        step = count - before
        if after is None or step not in (0, 1 if listed else -1):
            if after is not None or step:
                self._reload()
            return
        # Its row in the list as the store has it now (where it was, when it left).
        row = count - after - (1 if listed else 0)
        if step == 0:
            self._forget_from(row)  # read again when shown
            if row < count:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.ACTIVITY))
        elif listed:
            self.beginInsertRows(QModelIndex(), row, row)
            page, at = divmod(row, self.PAGE)
            rows = self._pages.get(page, [] if at == 0 else None)
            self._forget_from(row)
            self._count = count
            if note is not None and row == count - 1 and rows is not None and len(rows) == at:
                # A note just taken is the last row: its page needs no second read.
                self._pages[page] = [*rows, list_row(note, place[1])]
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._forget_from(row)
            self._count = count
            self.endRemoveRows()
        self._count_total()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("NotesTableModel", _HEADERS[section])

    def _cells_of(self, row: int) -> tuple[object, ...]:
        """What the row's columns show, then its tooltip, star colour and note id: formatted
        once when first painted (a view asks every cell several times, for every role)."""
        note = self._row(row)
        cells = (
            "★" if note.starred else "☆",
            local_clock(note.created_at),
            note_kind_label(NoteKind(note.kind)),
            note.group_label,
            note.speaker,
            # A long note shows its beginning; the tooltip and the editor hold it all.
            " ⏎ ".join(note.text[:300].splitlines()),
            ", ".join(json.loads(note.tags)),
            self.activity_titles.get(note.activity_id or "", ""),
            note.text,
            STAR_COLOUR if note.starred else None,
            note.id,
        )
        self._cells[row] = cells
        return cells

    def shown(self, row: int) -> tuple[object, ...]:
        """What the row's columns show (by column), then its tooltip, star colour and note id."""
        return self._cells.get(row) or self._cells_of(row)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # Roles as plain ints, the cheap ones first: this runs for every cell and role painted.
        if role not in _SHOWN_ROLES or not index.isValid():
            return None
        return self._value(index.row(), index.column(), role)

    def multiData(self, index: QModelIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        """All the roles a painted cell asks for (seven) in one call: Qt's own way calls data()
        once per role, each a crossing from C++ into Python."""
        valid = index.isValid()
        row, column, value = index.row(), index.column(), self._value
        for role_data in roles:
            role = role_data.role()
            shown = value(row, column, role) if valid and role in _SHOWN_ROLES else None
            if shown is None:
                role_data.clearData()
            else:
                role_data.setData(shown)

    def _value(self, row: int, column: int, role: int) -> object:
        if role == ALIGNMENT:
            return _CENTRED if column == self.STAR else None
        cells = self._cells.get(row) or self._cells_of(row)
        if role == DISPLAY:
            return cells[column]
        if role == TOOLTIP:
            return cells[_TOOLTIP] if column == self.TEXT else None
        if role == FOREGROUND:
            return cells[_STAR_COLOUR] if column == self.STAR else None
        return cells[_NOTE_ID]

"""Table model over a session's participants, with the present/absent mark of one day.

The model never writes: edits become requests that the People page wraps in undo commands.
It keeps its rows in the order the table is sorted by (ui/people/row_order.py works it out as
Qt's sort would): the QSortFilterProxyModel on top only filters, for search-as-you-type, and
keeps that order. participants() stays in the list's own (the store's number) order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from facilitation.id_dates import parse_date
from facilitation.names import name_search_text, name_sort_key
from facilitation.participants import Participant, parse_gender
from facilitation.phones import national_phone, phone_search_forms
from ui.common.model_roles import ALIGNMENT, DISPLAY, EDIT, FOREGROUND, RIGHT_ALIGNED, TOOLTIP
from ui.common.theme import current_tokens
from ui.people.labels import gender_from_label, gender_label
from ui.people.row_order import after_change, sorted_rows

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SORT, SEARCH = int(SORT_ROLE), int(SEARCH_ROLE)  # as ints: see ui/common/model_roles.py
NO_FLAGS = Qt.ItemFlag.NoItemFlags
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once, not per cell
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
_ANSWERED = frozenset((DISPLAY, EDIT, TOOLTIP, FOREGROUND, ALIGNMENT, SORT, SEARCH))  # by cell()
# The column titles, translated one at a time as the header paints each section.
_HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "No."),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Present"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "NIP"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Position"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Institution"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "M/F"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Phone"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Rank/grade"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Place of birth"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Date of birth"),
)


class ParticipantsTableModel(QAbstractTableModel):
    NUMBER, PRESENT, NAME, NIP, POSITION, INSTITUTION, GENDER, PHONE, EMAIL = range(9)
    RANK, BIRTH_PLACE, BIRTH_DATE = range(9, 12)
    LAST = BIRTH_DATE
    FIELDS = {
        NAME: "name",
        NIP: "nip",
        POSITION: "position",
        INSTITUTION: "institution",
        GENDER: "gender",
        PHONE: "phone",
        EMAIL: "email",
        RANK: "rank_grade",
        BIRTH_PLACE: "birth_place",
        BIRTH_DATE: "birth_date",
    }

    edit_requested = Signal(str, str, object)  # participant id, field name, new value

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._listed: list[Participant] = []  # as given: the store's number order
        self._listed_at: dict[str, int] = {}
        self._people: list[Participant] = []  # by row, in the order sorted by
        self._rows: dict[str, int] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._present: set[str] = set()
        # Made on first use, per row: opening the page for 500 people must not fold every
        # name and phone before the first paint (a filter keystroke or a sort asks for them).
        self._search_texts: list[str | None] = []
        self._sort_keys: list[tuple[object, ...] | None] = []
        # What a row shows, by column: formatted when first painted, once (not per paint).
        self._shown: list[tuple[object, ...] | None] = []
        self._present_text = ""

    def set_participants(self, people: list[Participant], present: set[str]) -> None:
        self.beginResetModel()
        self._listed = list(people)
        self._listed_at = {person.id: at for at, person in enumerate(self._listed)}
        self._people = list(people)
        self._rows = {person.id: row for row, person in enumerate(self._people)}
        self._present = set(present)
        self._search_texts = [None] * len(self._people)
        self._sort_keys = [None] * len(self._people)
        self._shown = [None] * len(self._people)
        self._present_text = self.tr("✓ present")
        if self._sorted_by is not None:  # a new roster is shown in the order chosen
            self._apply(sorted_rows(range(len(people)), *self._sorting()))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """The rows as Qt's proxy sorted them: a stable sort of the order shown (column -1:
        the list's own order); selections and the current row follow. Asked again for the
        order it has (QTableView.sortByColumn asks twice), it does nothing, as Qt's did."""
        sorted_by = (column, order) if 0 <= column <= self.LAST else None
        if sorted_by == self._sorted_by and sorted_by is not None:
            return
        self._sorted_by = sorted_by
        if sorted_by is None:
            rows = [self._rows[person.id] for person in self._listed]
            self._rearrange(rows[::-1] if order == DESCENDING else rows)
        else:
            self._rearrange(sorted_rows(range(len(self._people)), *self._sorting()))

    def _sorting(self) -> tuple[Callable[[int], object], bool]:
        column, order = self._sorted_by  # type: ignore[misc]
        return (lambda row: self.sort_key(row, column)), order == DESCENDING

    def _keep_sorted(self, row: int) -> None:
        """After a row changed, move it as Qt's dynamic sort would."""
        if self._sorted_by is not None:
            order = after_change(range(len(self._people)), row, *self._sorting())
            if order is not None:
                self._rearrange(order)

    def _rearrange(self, rows: list[int]) -> None:
        """Show the current rows in this order (rows[new] = old), keeping persistent indexes."""
        if rows == list(range(len(rows))):
            return
        self.layoutAboutToBeChanged.emit()  # PySide6 takes no hint
        self._apply(rows)
        moved = {old: new for new, old in enumerate(rows)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(moved[index.row()], index.column()) for index in kept]
        )
        self.layoutChanged.emit()

    def _apply(self, rows: list[int]) -> None:
        self._people = [self._people[row] for row in rows]
        self._search_texts = [self._search_texts[row] for row in rows]
        self._sort_keys = [self._sort_keys[row] for row in rows]
        self._shown = [self._shown[row] for row in rows]
        self._rows = {person.id: row for row, person in enumerate(self._people)}

    def update_participant(self, person: Participant) -> None:
        """Refresh one row (after an edit); sorted by what changed, it moves as Qt's dynamic
        sort would move it (the selection goes with it)."""
        row = self._rows.get(person.id)
        if row is None:
            return
        self._people[row] = person
        self._listed[self._listed_at[person.id]] = person
        self._search_texts[row] = None
        self._sort_keys[row] = None
        self._shown[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.LAST))
        self._keep_sorted(row)

    def set_present(self, participant_id: str, present: bool) -> None:
        if present:
            self._present.add(participant_id)
        else:
            self._present.discard(participant_id)
        row = self._rows.get(participant_id)
        if row is not None:
            self._sort_keys[row] = None
            self._shown[row] = None
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.LAST))
            self._keep_sorted(row)

    def participants(self) -> list[Participant]:
        """In the list's own order (the store's, by number), whatever the table is sorted by."""
        return list(self._listed)

    def present_ids(self) -> set[str]:
        return set(self._present)

    def participant(self, row: int) -> Participant:
        return self._people[row]

    def search_text(self, row: int) -> str:
        text = self._search_texts[row]
        if text is None:
            text = self._search_texts[row] = _search_text(self._people[row])
        return text

    def sort_key(self, row: int, column: int) -> object:
        if column == self.NUMBER:  # the list's own order, the usual sort: no folding needed
            return self._people[row].number
        keys = self._sort_keys[row]
        if keys is None:
            person = self._people[row]
            keys = self._sort_keys[row] = _sort_keys(person, person.id in self._present)
        return keys[column]

    def row_of(self, participant_id: str) -> int | None:
        return self._rows.get(participant_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.LAST + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate(
            "ParticipantsTableModel", _HEADERS[section]
        )  # the one asked for

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return EDITABLE if index.column() in self.FIELDS else READ_ONLY

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), int(role))

    def cell(self, row: int, column: int, role: int) -> object:
        """What data() gives for a cell, without a QModelIndex (see multiData below)."""
        if role == SORT:
            return self.sort_key(row, column)
        if role == DISPLAY:
            return (self._shown[row] or self._shown_of(row))[column]
        person = self._people[row]
        if (
            role == TOOLTIP
            and column == self.PHONE
            and person.phone != national_phone(person.phone)
        ):
            return person.phone  # as the office wrote it, which is what is stored
        if role == EDIT:
            if column in self.FIELDS:
                value = getattr(person, self.FIELDS[column])
                return gender_label(value) if column == self.GENDER else value
            return None
        if role == SEARCH:
            return person
        if role == FOREGROUND and column == self.PRESENT and person.id in self._present:
            return QBrush(QColor(current_tokens().success))
        if role == ALIGNMENT and column == self.NUMBER:
            return RIGHT_ALIGNED
        return None

    def _shown_of(self, row: int) -> tuple[object, ...]:
        person = self._people[row]
        shown = (
            person.number,
            self._present_text if person.id in self._present else "—",
            person.name,
            person.nip,
            person.position,
            person.institution,
            gender_label(person.gender),
            national_phone(person.phone),  # +62 812… shows as 0812…
            person.email,
            person.rank_grade,
            person.birth_place,
            person.birth_date,
        )
        self._shown[row] = shown
        return shown

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.FIELDS:
            return False
        person = self._people[index.row()]
        field_name = self.FIELDS[index.column()]
        text = str(value).strip()
        if field_name == "gender":
            gender = parse_gender(text)
            if gender is None:
                gender = gender_from_label(text)
            if gender is None or gender == person.gender:
                return False
            self.edit_requested.emit(person.id, field_name, gender)
            return True
        if field_name == "birth_date" and text:
            text = parse_date(text) or text  # "12-03-1978" or "12 Maret 1978" as ISO
        if text == getattr(person, field_name):
            return False
        self.edit_requested.emit(person.id, field_name, text)
        return True


def _search_text(person: Participant) -> str:
    """What search-as-you-type looks in, folded once per change rather than per keystroke:
    the name also without its degrees and titles, the phone also in its 08… form."""
    return " ".join(
        (
            name_search_text(person.name),
            person.nip,
            person.position,
            person.institution,
            person.email,
            person.rank_grade,
            *phone_search_forms(person.phone),
        )
    ).casefold()


def _sort_keys(person: Participant, present: bool) -> tuple[object, ...]:
    """What each column sorts by, in column order: numbers as numbers, text folded."""
    texts = tuple(
        name_sort_key(person.name)
        if column == ParticipantsTableModel.NAME
        else str(getattr(person, ParticipantsTableModel.FIELDS[column])).casefold()
        for column in range(ParticipantsTableModel.NAME, ParticipantsTableModel.LAST + 1)
    )
    return (person.number, int(present), *texts)


class ParticipantsFilterModel(QSortFilterProxyModel):
    """Search as you type over name, NIP, position and institution. Sorting is the source's
    (see ParticipantsTableModel.sort): this proxy keeps the source's order, so it never asks
    Python for a key per comparison (Qt's sort of 500 rows: ~3,800 data() calls)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """The source sorts its own rows; the proxy stays on column -1, ascending (the
        source's order: Qt's -1 descending would reverse it), so unfiltered, a proxy row is
        the source row."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
        super().sort(-1, ASCENDING)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        """The columns are never filtered or moved: the source's titles, asked for directly
        (Qt's way maps an index at each of the ~100 calls per paint, two calls into Python)."""
        source = self.sourceModel()
        if orientation == Qt.Orientation.Horizontal and source is not None:
            return source.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """A cell's flags depend on its column alone (the same here as in the source): asked
        for every painted cell, answered without mapToSource and the source's own flags()."""
        if not index.isValid():
            return NO_FLAGS
        return EDITABLE if index.column() in ParticipantsTableModel.FIELDS else READ_ONLY

    def multiData(self, index: QModelIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        """All the roles a painted cell asks for (seven) in one call: Qt's own way asks data()
        once per role, each through mapToSource, which asks rowCount and columnCount too."""
        if not index.isValid():
            for role_data in roles:
                role_data.clearData()
            return
        if not self._words:  # every row, in the source's order
            row, column = index.row(), index.column()
        else:
            source = self.mapToSource(index)
            row, column = source.row(), source.column()
        cell = self.sourceModel().cell
        for role_data in roles:
            role = role_data.role()
            value = cell(row, column, role) if role in _ANSWERED else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().search_text(source_row)
        return all(word in haystack for word in self._words)

"""The roster import's preview: one row per participant line of the sheet, as it would be
imported, shaded where that line has a problem (red: blocks the import; yellow: a warning).

A bad line need not block the whole sheet: the facilitator can correct a cell here (the edit
is kept as the line's text and checked again) or untick the line to leave it out."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from facilitation.participants import Participant
from facilitation.roster import RosterField, RosterPreview
from facilitation.roster_headers import PERSON_FIELDS
from ui.common.theme import current_tokens, tinted
from ui.people.labels import extra_lines_text, gender_label, roster_field_label


class PreviewModel(QAbstractTableModel):
    # None = the line number, with its "import" tick, and the next line when the person's NIP
    # (or more) was read from it ("7+8")
    COLUMNS = (None, *PERSON_FIELDS)

    cell_edited = Signal(int, object, str)  # line, RosterField, the new text
    line_chosen = Signal(int, bool)  # line, True = import it

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Participant]] = []
        self._blocking: set[int] = set()
        self._warning: set[int] = set()
        self._left_out: set[int] = set()
        self._extra_lines: dict[int, list[int]] = {}

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.beginResetModel()
        self._rows = list(preview.rows) if preview else []
        problems = preview.problems if preview else []
        self._blocking = {p.line for p in problems if p.blocking}
        self._warning = {p.line for p in problems if not p.blocking}
        self._left_out = set(preview.left_out) if preview else set()
        self._extra_lines = dict(preview.extra_lines) if preview else {}
        self.endResetModel()

    def row_of_line(self, line: int) -> int | None:
        return next((row for row, (at, _p) in enumerate(self._rows) if at == line), None)

    def line_of_row(self, row: int) -> int:
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole and column is None:
            return self.tr("Untick a line to leave it out of the import.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Line") if column is None else roster_field_label(column)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if self.COLUMNS[index.column()] is None:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line, person = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column is None:
            left_out = line in self._left_out
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is None:
                extra = self._extra_lines.get(line)
                return "+".join(map(str, [line, *extra])) if extra else line
            if column == RosterField.GENDER:
                return gender_label(person.gender)
            return getattr(person, str(column))
        if role == Qt.ItemDataRole.ToolTipRole and column is None and line in self._extra_lines:
            return extra_lines_text(self._extra_lines[line])
        if role == Qt.ItemDataRole.ForegroundRole and line in self._left_out:
            return QBrush(QColor(current_tokens().muted))
        if role == Qt.ItemDataRole.BackgroundRole and line not in self._left_out:
            if line in self._blocking:
                return QBrush(QColor(tinted("danger")))
            if line in self._warning:
                return QBrush(QColor(tinted("warning")))
        return None

    def setData(self, index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Nothing changes here: the dialog checks the sheet again with the edit and resets."""
        if not index.isValid():
            return False
        line = self._rows[index.row()][0]
        column = self.COLUMNS[index.column()]
        if column is None and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.line_chosen.emit(line, checked)
            return True
        if column is not None and role == Qt.ItemDataRole.EditRole:
            if str(value) != str(self.data(index, Qt.ItemDataRole.EditRole)):
                self.cell_edited.emit(line, column, str(value))
            return True
        return False

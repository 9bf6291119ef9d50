"""Table models of the role-play tab: the cast per round, the cast by role, and an observer's
checklist. Edits are not stored here: the models emit what the user asked for, and the tab
turns it into an undo command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitation.casting import AUDIENCE

Index = QModelIndex | QPersistentModelIndex
Choices = list[tuple[str, object]]  # (label, value)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor; the model's EditRole holds the value, choices come per index."""

    def __init__(self, choices: Callable[[Index], Choices], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index):
        combo = QComboBox(parent)
        for label, value in self.choices(index):
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index: Index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index: Index) -> None:  # noqa: ANN001
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CastingModel(QAbstractTableModel):
    """Rows are the people (participants or groups), columns the rounds; a cell is the role."""

    cast_requested = Signal(str, int, str)  # person key, round number, role key

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.people: list[tuple[str, str]] = []
        self.rounds = 0
        self.casting: dict[int, dict[str, str]] = {}
        self.role_labels: dict[str, str] = {}
        self.observer_keys: set[str] = set()
        self.group_of: dict[str, str] = {}  # person key -> group, when groups play at once

    def set_cast(
        self,
        people: list[tuple[str, str]],
        rounds: int,
        casting: dict[int, dict[str, str]],
        role_labels: dict[str, str],
        observer_keys: set[str],
        group_of: dict[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.people, self.rounds, self.casting = people, rounds, casting
        self.role_labels, self.observer_keys = role_labels, observer_keys
        self.group_of = group_of or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + self.rounds

    def role_at(self, row: int, round_number: int) -> str:
        return self.casting.get(round_number, {}).get(self.people[row][0], AUDIENCE)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        key, name = self.people[index.row()]
        if index.column() == 0:
            group = self.group_of.get(key)
            shown = f"{name} · {group}" if group else name
            return (
                shown
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        cast = self.role_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.role_labels.get(cast, "—")
        if role == Qt.ItemDataRole.EditRole:
            return cast
        if role == Qt.ItemDataRole.ForegroundRole and cast in self.observer_keys:
            from PySide6.QtGui import QColor

            from ui.common.theme import current_tokens

            return QColor(current_tokens().info)
        if role == Qt.ItemDataRole.FontRole and cast and cast not in self.observer_keys:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Cast")
        return self.tr("Round %1").replace("%1", str(section))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or index.column() == 0 or value is None:
            return False
        if str(value) != self.role_at(index.row(), index.column()):
            self.cast_requested.emit(self.people[index.row()][0], index.column(), str(value))
        return True


class ByRoleModel(QAbstractTableModel):
    """One round's cast read by role: what the room (and the projector) needs to see."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        # role label, kind label, names; names None: a group's heading (groups play at once)
        self.rows: list[tuple[str, str, list[str] | None]] = []

    def set_rows(self, rows: list[tuple[str, str, list[str] | None]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        label, kind, names = self.rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and names is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return f"{label} ({kind})" if kind else label
        if names is None:
            return ""
        return ", ".join(names) if names else "—"

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Role") if section == 0 else self.tr("Played by")


class ChecklistModel(QAbstractTableModel):
    """An observer's checklist for one round: behaviour, value, score (1–4 or blank)."""

    score_requested = Signal(str, object)  # item key, score or None

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.items: list[tuple[str, str, str]] = []  # item key, text, value label
        self.scores: dict[str, int | None] = {}

    def set_items(self, items: list[tuple[str, str, str]], scores: dict[str, int | None]) -> None:
        self.beginResetModel()
        self.items, self.scores = items, scores
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        key, text, value = self.items[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == 2:
            return self.scores.get(key)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return text
        if index.column() == 1:
            return value
        score = self.scores.get(key)
        return "—" if score is None else str(score)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Behaviour"), self.tr("Value"), self.tr("Score (1–4)"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or index.column() != 2:
            return False
        key = self.items[index.row()][0]
        if value in ("", 0):
            value = None
        if value is not None:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= value <= 4:
                return False
        if value != self.scores.get(key):
            self.score_requested.emit(key, value)
        return True

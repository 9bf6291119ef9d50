"""Models of the case-class tab: which case each group has, and the groups' answers side by
side for the plenary."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex


class AssignmentModel(QAbstractTableModel):
    """Rows are groups; the second column is the group's case (editable)."""

    case_requested = Signal(str, str)  # group name, case key ("" = none)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []  # group, case key, case title

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
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
        group, key, title = self.rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return group if index.column() == 0 else (title or "—")
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Group") if section == 0 else self.tr("Case")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or index.column() != 1 or value is None:
            return False
        group, key, _title = self.rows[index.row()]
        if str(value) != key:
            self.case_requested.emit(group, str(value))
        return True


class ComparisonModel(QAbstractTableModel):
    """Rows are guiding questions, columns are groups, cells are the groups' answers."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.groups: list[str] = []
        self.questions: list[list[str]] = []  # per group: its case's questions
        self.answers: list[dict[int, str]] = []
        self.shared_questions: list[str] | None = None

    def set_comparison(
        self, groups: list[str], questions: list[list[str]], answers: list[dict[int, str]]
    ) -> None:
        self.beginResetModel()
        self.groups, self.questions, self.answers = groups, questions, answers
        distinct = {tuple(q) for q in questions}
        self.shared_questions = list(questions[0]) if len(distinct) == 1 else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max((len(q) for q in self.questions), default=0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.groups)

    def question_text(self, row: int) -> str:
        if self.shared_questions is not None:
            return f"{row + 1}. {self.shared_questions[row]}"
        return self.tr("Question %1").replace("%1", str(row + 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row, column = index.row(), index.column() - 1
        if column < 0:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return self.question_text(row) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            if row >= len(self.questions[column]):
                return ""
            return self.answers[column].get(row, "")
        if role == Qt.ItemDataRole.ToolTipRole and row < len(self.questions[column]):
            return self.questions[column][row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("Question") if section == 0 else self.groups[section - 1]
        return None

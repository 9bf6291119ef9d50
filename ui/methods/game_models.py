"""Models of the games tab: points per team per round, and the leaderboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from facilitation.scoring import Standing, leaderboard

Index = QModelIndex | QPersistentModelIndex


def points_text(points: float | None) -> str:
    if points is None:
        return ""
    return f"{points:g}"


class ScoresModel(QAbstractTableModel):
    """Rows are teams; columns: team, round 1…n, total. Round cells are editable."""

    points_requested = Signal(str, int, object)  # team, round, points or None

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.teams: list[str] = []
        self.rounds = 0
        self.scores: dict[tuple[str, int], float] = {}

    def set_scores(self, teams: list[str], rounds: int, scores: dict[tuple[str, int], float]):
        self.beginResetModel()
        self.teams, self.rounds, self.scores = teams, rounds, scores
        self.endResetModel()

    def standings(self) -> list[Standing]:
        return leaderboard(self.teams, self.scores, self.rounds)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.teams)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rounds + 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        team, column = self.teams[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.rounds + 1:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return team
        if column == self.rounds + 1:
            total = sum(v for (t, _r), v in self.scores.items() if t == team and _r <= self.rounds)
            return points_text(total)
        return points_text(self.scores.get((team, column)))

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Team")
        if section == self.rounds + 1:
            return self.tr("Total")
        return self.tr("Round %1").replace("%1", str(section))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 0 < index.column() <= self.rounds:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role != Qt.ItemDataRole.EditRole or not 0 < index.column() <= self.rounds:
            return False
        text = str(value).strip().replace(",", ".")
        if text == "":
            points = None
        else:
            try:
                points = float(text)
            except ValueError:
                return False
            if points != points or abs(points) > 1_000_000:
                return False
        team = self.teams[index.row()]
        if points != self.scores.get((team, index.column())):
            self.points_requested.emit(team, index.column(), points)
        return True


class LeaderboardModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.standings: list[Standing] = []

    def set_standings(self, standings: list[Standing]) -> None:
        self.beginResetModel()
        self.standings = standings
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.standings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        standing = self.standings[index.row()]
        if index.column() == 0:
            return f"{standing.rank}{'=' if standing.tied else ''}"
        if index.column() == 1:
            return standing.group
        return points_text(standing.total)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Rank"), self.tr("Team"), self.tr("Points"))[section]

"""The day's activities on the run console: planned time, what is on, what was done."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from facilitation.agenda import DayPlan
from facilitation.run_log import ActivityOutcome, ActualTiming
from facilitation.timer import TimerStatus, format_reading
from ui.common.formatting import clock_time
from ui.common.labels import minutes_label
from ui.common.theme import current_tokens, tinted
from ui.projector.view import PHASE_COLOURS

Index = QModelIndex | QPersistentModelIndex


class DayRunModel(QAbstractTableModel):
    PLANNED, TITLE, MINUTES, ACTUAL = range(4)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.plan = DayPlan((), 0, 0)
        self.timings: dict[str, ActualTiming] = {}
        self.current_id: str | None = None

    def set_state(
        self, plan: DayPlan, timings: dict[str, ActualTiming], current_id: str | None
    ) -> None:
        if (plan, timings, current_id) == (self.plan, self.timings, self.current_id):
            return  # as shown (the session opened again): no rows measured and painted anew
        same_rows = [i.activity.id for i in plan.items] == [i.activity.id for i in self.plan.items]
        self.plan, self.timings, self.current_id = plan, timings, current_id
        if same_rows and self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        else:
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Planned"),
            self.tr("Activity"),
            self.tr("Length"),
            self.tr("Actual"),
        )[section]

    def _status(self, activity_id: str) -> str:
        if activity_id == self.current_id:
            return self.tr("on now")
        timing = self.timings.get(activity_id)
        if timing is None:
            return ""
        if timing.outcome == ActivityOutcome.SKIPPED:
            return self.tr("skipped")
        if timing.started is not None:
            start = timing.started.astimezone().time()
            end = timing.ended.astimezone().time() if timing.ended else None
            text = clock_time(start)
            return f"{text}–{clock_time(end)}" if end else text
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.plan.items[index.row()]
        activity = item.activity
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PLANNED:
                return f"{clock_time(item.start)}–{clock_time(item.end)}"
            if column == self.TITLE:
                return activity.title
            if column == self.MINUTES:
                return minutes_label(activity.planned_minutes)
            return self._status(activity.id)
        if role == Qt.ItemDataRole.FontRole and activity.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            timing = self.timings.get(activity.id)
            finished = timing and timing.outcome in (ActivityOutcome.DONE, ActivityOutcome.SKIPPED)
            if finished and activity.id != self.current_id:
                return QBrush(QColor(current_tokens().muted))
        if role == Qt.ItemDataRole.BackgroundRole and activity.id == self.current_id:
            return QBrush(QColor(tinted("warning", 0.2)))
        return None


class GroupTimersModel(QAbstractTableModel):
    """Breakout groups with their own timers; readings recomputed at every repaint."""

    GROUP, LEFT = range(2)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.groups: list = []  # facilitation.rounds.GroupTimer

    def set_groups(self, groups: list) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def refresh_readings(self) -> None:
        if self.groups:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.groups) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Group"), self.tr("Time left"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        group = self.groups[index.row()]
        timer = group.timer
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.GROUP:
                return group.group
            reading = format_reading(timer.remaining())
            if timer.status == TimerStatus.FINISHED:
                return self.tr("%1 (done)").replace("%1", reading)
            return reading
        if index.column() == self.LEFT and timer.status != TimerStatus.FINISHED:
            background, foreground = PHASE_COLOURS[timer.phase()]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(foreground))
        return None

"""Evaluation from paper: the reaction questionnaire (how many sheets gave each Likert score
to each activity and facilitator) and the pre/post test (ui.notes.prepost_tab)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from facilitation.activity import ActivityKind
from facilitation.evaluation import MAX_RESPONSES, ReactionTally, ReactionTarget
from facilitation.session import Session, ValidationError
from storage.evaluation import EvaluationRepository
from ui.capture.labels import marked_source, reaction_target_label, refuse_phone_rows
from ui.common.undo import CallbackCommand
from ui.notes.prepost_tab import PrePostTab, number
from ui.notes.record_table import Column, RecordTableModel, SpreadsheetView

AVERAGE_COLOUR = QColor("#6a1b9a")


def _count_setter(score: int):
    def apply(tally: ReactionTally, value: object) -> None:
        try:
            count = int(str(value or "0").strip() or 0)
        except ValueError:
            raise ValidationError("count_out_of_range", limit=MAX_RESPONSES) from None
        if not 0 <= count <= MAX_RESPONSES:
            raise ValidationError("count_out_of_range", limit=MAX_RESPONSES)
        tally.counts[score - 1] = count

    return apply


class ReactionPanel(QWidget):
    status = Signal(str)

    def __init__(
        self, repo: EvaluationRepository, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.undo_stack = undo_stack
        self.session: Session | None = None
        columns = [
            Column(
                self.tr("Activity or facilitator"),
                lambda t: marked_source(t.target_label, t.source),
                width=220,
            ),
            Column(self.tr("For"), lambda t: reaction_target_label(t.target_kind), width=80),
        ]
        for score in range(1, 6):
            columns.append(
                Column(
                    str(score),
                    lambda t, s=score: t.counts[s - 1],
                    apply=refuse_phone_rows(_count_setter(score)),
                    width=46,
                    numeric=True,
                )
            )
        columns.append(Column(self.tr("Sheets"), lambda t: t.responses, width=60, numeric=True))
        columns.append(
            Column(self.tr("Average"), lambda t: number(t.average, 2), width=70, numeric=True)
        )
        self.model = RecordTableModel(columns, self)
        self.model.edit_requested.connect(self._save)
        self.model.refused.connect(self.status.emit)
        self.view = SpreadsheetView()
        self.view.setModel(self.model)
        for index, column in enumerate(columns):
            self.view.setColumnWidth(index, column.width)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        hint = QLabel(
            self.tr(
                "For each row, type how many sheets gave the score 1 (very poor) to 5 "
                "(very good); Tab moves to the next score, Enter to the next row."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555; font-size: 9pt;")
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart_view)
        splitter.setSizes([740, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

    def open_session(self, session: Session | None) -> None:
        self.session = session
        self.reload()

    def rows(self) -> list[ReactionTally]:
        """Every activity (not breaks) and facilitator, with the counts stored so far."""
        if self.session is None:
            return []
        tallies = self.repo.tallies(self.session.id)
        stored = {(t.target_kind, t.target_key): t for t in tallies if not t.source}
        phones = {(t.target_kind, t.target_key): t for t in tallies if t.source}
        rows = []
        targets = [
            (ReactionTarget.ACTIVITY, a.id, a.title)
            for day in self.session.days
            for a in day.activities
            if a.kind != ActivityKind.BREAK
        ] + [(ReactionTarget.FACILITATOR, name, name) for name in self.session.facilitators]
        for kind, key, label in targets:
            tally = stored.pop((kind, key), None)
            if tally is None:
                tally = ReactionTally(self.session.id, kind, key, label)
            tally.target_label = label
            rows.append(tally)
            from_phones = phones.pop((kind, key), None)
            if from_phones is not None:  # the phones' sheets, right under the paper ones
                from_phones.target_label = label
                rows.append(from_phones)
        # Scores of an activity removed since still count: show them at the end.
        rows.extend(stored.values())
        rows.extend(phones.values())
        return rows

    def reload(self, select_id: str | None = None) -> None:
        current = self.view.currentIndex()
        self.model.set_records(self.rows())
        if current.isValid():
            self.view.go_to(min(current.row(), self.model.rowCount() - 1), current.column())
        self._draw_chart()

    def _save(self, before: ReactionTally, after: ReactionTally) -> None:
        self.undo_stack.push(
            CallbackCommand(
                self.tr("Enter reaction scores"),
                lambda: self.repo.save_tally(after, before),
                lambda: self.repo.save_tally(before, after),
                self.reload,
            )
        )

    def chart_values(self) -> list[tuple[str, float]]:
        series = self.chart.series()
        if not series:
            return []
        bars = series[0].barSets()[0]
        labels = self.chart.axes(Qt.Orientation.Vertical)[0].categories()
        return list(reversed([(labels[i], bars.at(i)) for i in range(bars.count())]))

    def _draw_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rated = [t for t in self.model.records if t.average is not None]
        if not rated:
            self.chart.setTitle(self.tr("Averages appear here once scores are entered"))
            return
        rated.reverse()  # horizontal bars draw bottom-up; keep the agenda order top-down
        bars = QBarSet(self.tr("Average score"))
        bars.setColor(AVERAGE_COLOUR)
        bars.append([round(t.average, 2) for t in rated])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        bars.setLabelColor(QColor("#ffffff"))
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([t.target_label[:40] for t in rated])
        values = QValueAxis()
        values.setRange(0, 5)
        values.setTickCount(6)
        values.setLabelFormat("%.0f")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Average reaction score (1–5)"))


class EvaluationTab(QWidget):
    status = Signal(str)

    def __init__(
        self, repo: EvaluationRepository, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reaction = ReactionPanel(repo, undo_stack)
        self.prepost = PrePostTab(repo, undo_stack)
        self.reaction.status.connect(self.status.emit)
        self.prepost.status.connect(self.status.emit)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reaction, self.tr("Reaction questionnaire"))
        self.tabs.addTab(self.prepost, self.tr("Pre/post test"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_session(self, session: Session | None, roster: list[tuple[str, str | None]]) -> None:
        self.reaction.open_session(session)
        self.prepost.set_roster(roster)
        self.prepost.open_session(session.id if session else None)

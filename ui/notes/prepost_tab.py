"""Pre/post test scores per participant, entered from the marked papers, with each one's gain
and normalised gain, the class averages and a chart."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QWidget

from facilitation.evaluation import TestScore, parse_score, summarise
from facilitation.notes import check_text
from facilitation.session import ValidationError
from storage.evaluation import EvaluationRepository
from ui.capture.labels import marked_source, refuse_phone_rows
from ui.common.undo import CallbackCommand
from ui.notes.record_tab import RecordTab
from ui.notes.record_table import Column

PRE_COLOUR, POST_COLOUR = QColor("#90a4ae"), QColor("#2e7d32")


def number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _set_name(score: TestScore, value: object) -> None:
    name = " ".join(str(value or "").split())
    check_text(name)
    if not name:
        raise ValidationError("participant_name_empty")
    score.participant_name = name
    score.participant_id = None


def _score_setter(name: str):
    def apply(score: TestScore, value: object) -> None:
        parsed = parse_score(str(value or ""))
        if parsed is not None and not 0 <= parsed <= score.max_score:
            raise ValidationError("score_out_of_range", limit=score.max_score)
        setattr(score, name, parsed)

    return apply


class PrePostTab(RecordTab):
    NAME, PRE, POST, GAIN, NORMALISED = range(5)

    def __init__(
        self, repo: EvaluationRepository, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.repo = repo
        self.roster: list[tuple[str, str | None]] = []
        super().__init__(undo_stack, parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.roster_button = QPushButton(self.tr("Add everyone from the participant list"))
        self.roster_button.clicked.connect(self.add_roster)
        self.top.insertWidget(3, self.roster_button)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        # Table and chart share the space; the summary sits between them.
        layout = self.layout()
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart_view)
        splitter.setSizes([320, 340])
        layout.insertWidget(1, splitter, 1)
        layout.insertWidget(2, self.summary)
        self.changed.connect(self._show_results)

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Participant"),
                lambda s: marked_source(s.participant_name, s.source),
                edit_value=lambda s: s.participant_name,
                apply=refuse_phone_rows(_set_name),
                width=240,
            ),
            Column(
                self.tr("Pre-test"),
                lambda s: number(s.pre),
                apply=refuse_phone_rows(_score_setter("pre")),
                width=90,
                numeric=True,
            ),
            Column(
                self.tr("Post-test"),
                lambda s: number(s.post),
                apply=refuse_phone_rows(_score_setter("post")),
                width=90,
                numeric=True,
            ),
            Column(self.tr("Gain"), lambda s: number(s.gain), width=80, numeric=True),
            Column(
                self.tr("Normalised gain"),
                lambda s: number(s.normalised_gain, 2),
                width=120,
                numeric=True,
            ),
        ]

    def set_roster(self, roster: list[tuple[str, str | None]]) -> None:
        self.roster = roster
        self.roster_button.setVisible(bool(roster))

    def fetch(self, session_id: str) -> list[TestScore]:
        return self.repo.scores(session_id)

    def new_record(self, session_id: str) -> TestScore:
        number_of = len(self.all_records) + 1
        return TestScore(session_id, self.tr("Participant %1").replace("%1", str(number_of)))

    def store_add(self, record: TestScore) -> None:
        self.repo.save_score(record)

    def store_update(self, record: TestScore, before: TestScore) -> None:
        self.repo.save_score(record, before)

    def store_trash(self, record_id: str) -> None:
        self.repo.move_score_to_trash(record_id)

    def store_restore(self, record_id: str) -> None:
        self.repo.restore_score(record_id)

    def add_roster(self) -> None:
        """One row per listed participant not yet in the table, in one undo step."""
        if self.session_id is None:
            return
        present = {s.participant_name.casefold() for s in self.all_records}
        new = [
            TestScore(self.session_id, name, participant_id=pid)
            for name, pid in self.roster
            if name.casefold() not in present
        ]
        if not new:
            self.status.emit(self.tr("Everyone on the list already has a row."))
            return

        def add() -> None:
            for score in new:
                self.repo.save_score(score)

        def remove() -> None:
            for score in new:
                self.repo.move_score_to_trash(score.id)

        self.undo_stack.push(
            CallbackCommand(self.tr("Add participants"), add, remove, lambda: self.reload())
        )

    def _show_results(self) -> None:
        summary = summarise(self.all_records)
        if not summary.participants:
            self.summary.setText(self.tr("No scores yet: add a row per participant (Ctrl+N)."))
        else:
            self.summary.setText(
                self.tr(
                    "%1 participants, %2 with both tests · average pre-test %3 · "
                    "average post-test %4 · average gain %5 · normalised gain of the class %6"
                )
                .replace("%1", str(summary.participants))
                .replace("%2", str(summary.paired))
                .replace("%3", number(summary.mean_pre) or "–")
                .replace("%4", number(summary.mean_post) or "–")
                .replace("%5", number(summary.mean_gain) or "–")
                .replace("%6", number(summary.class_normalised_gain, 2) or "–")
            )
        self._draw_chart()

    def _draw_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        scores = self.all_records
        if not scores:
            return
        pre, post = QBarSet(self.tr("Pre-test")), QBarSet(self.tr("Post-test"))
        pre.setColor(PRE_COLOUR)
        post.setColor(POST_COLOUR)
        summary = summarise(scores)
        pre.append([s.pre or 0.0 for s in scores] + [summary.mean_pre or 0.0])
        post.append([s.post or 0.0 for s in scores] + [summary.mean_post or 0.0])
        series = QBarSeries()
        series.append(pre)
        series.append(post)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([s.participant_name[:18] for s in scores] + [self.tr("Average")])
        values = QValueAxis()
        values.setRange(0, max(s.max_score for s in scores))
        values.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Pre-test and post-test scores"))

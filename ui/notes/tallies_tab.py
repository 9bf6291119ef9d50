"""Votes from the room: create a vote with its options, enter the counts from paper, and see
the result as a bar chart (most votes first)."""

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
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitation.session import ValidationError
from facilitation.tallies import (
    Vote,
    VoteMethod,
    options_from_lines,
    results,
    validate_count,
    validate_vote,
)
from storage.tallies import TallyRepository
from ui.capture.labels import capture_message, vote_method_label
from ui.common.theme import current_tokens, set_tone
from ui.common.theme.charts import follow_theme, paint_chart
from ui.common.undo import CallbackCommand
from ui.notes.record_table import Column, RecordTableModel, SpreadsheetView

BAR_COLOUR = QColor("#1565c0")


def _count(value: object) -> int:
    try:
        count = int(str(value).strip() or 0)
    except ValueError:
        raise ValidationError("count_out_of_range", limit=100_000) from None
    validate_count(count)
    return count


class TalliesTab(QWidget):
    status = Signal(str)

    def __init__(
        self, repo: TallyRepository, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.undo_stack = undo_stack
        self.session_id: str | None = None
        self.votes: list[Vote] = []

        self.vote_list = QListWidget()
        self.vote_list.currentRowChanged.connect(lambda _row: self.show_vote())
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(self.tr("e.g. Which value should we work on first?"))
        self.method_combo = QComboBox()
        for method in VoteMethod:
            self.method_combo.addItem(vote_method_label(method), method)
        self.options_edit = QPlainTextEdit()
        self.options_edit.setPlaceholderText(self.tr("One option per line"))
        self.options_edit.setTabChangesFocus(True)
        self.create_button = QPushButton(self.tr("Create vote"))
        self.create_button.clicked.connect(self.create_vote)
        self.delete_button = QPushButton(self.tr("Delete vote"))
        self.delete_button.clicked.connect(self.delete_vote)
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        set_tone(self.form_message, "danger")
        self.form_message.setStyleSheet("font-weight: 600;")
        form_box = QGroupBox(self.tr("New vote"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Question"), self.question_edit)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("Options"), self.options_edit)
        form.addRow(self.form_message)
        form.addRow(self.create_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Votes of this session")))
        left_layout.addWidget(self.vote_list, 1)
        left_layout.addWidget(self.delete_button)
        left_layout.addWidget(form_box)

        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.counts_model = RecordTableModel(
            [
                Column(self.tr("Option"), lambda o: o.label, width=260),
                Column(
                    self.tr("Count"),
                    lambda o: o.count,
                    apply=lambda o, v: setattr(o, "count", _count(v)),
                    width=80,
                    numeric=True,
                ),
            ],
            self,
        )
        self.counts_model.edit_requested.connect(self._set_count)
        self.counts_model.refused.connect(self.status.emit)
        self.counts_view = SpreadsheetView()
        self.counts_view.setModel(self.counts_model)
        self.counts_view.setColumnWidth(0, 260)
        self.counts_view.horizontalHeader().setStretchLastSection(True)
        self.counts_view.setMaximumHeight(220)
        self.total_label = QLabel()
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        follow_theme(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.counts_view)
        right_layout.addWidget(self.total_label)
        right_layout.addWidget(self.chart_view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def open_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        current = self.current_vote()
        select_id = select_id or (current.id if current else None)
        self.votes = self.repo.votes(self.session_id) if self.session_id else []
        self.vote_list.blockSignals(True)
        self.vote_list.clear()
        for vote in self.votes:
            item = QListWidgetItem(f"{vote.question} · {vote_method_label(vote.method)}")
            item.setData(Qt.ItemDataRole.UserRole, vote.id)
            self.vote_list.addItem(item)
        ids = [vote.id for vote in self.votes]
        row = ids.index(select_id) if select_id in ids else (len(ids) - 1)
        self.vote_list.setCurrentRow(row)
        self.vote_list.blockSignals(False)
        self.show_vote()

    def current_vote(self) -> Vote | None:
        row = self.vote_list.currentRow()
        return self.votes[row] if 0 <= row < len(self.votes) else None

    def show_vote(self) -> None:
        vote = self.current_vote()
        self.delete_button.setEnabled(vote is not None)
        self.counts_model.set_records(vote.options if vote else [])
        self.title_label.setText(vote.question if vote else self.tr("No vote yet"))
        unit = self.tr("dots") if vote and vote.method == VoteMethod.DOT_VOTE else self.tr("hands")
        self.total_label.setText(
            self.tr("Total: %1 %2").replace("%1", str(vote.total)).replace("%2", unit)
            if vote
            else ""
        )
        self._draw_chart(vote)

    def _draw_chart(self, vote: Vote | None) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if vote is None:
            return
        ranked = list(reversed(results(vote)))  # horizontal bars draw bottom-up
        bars = QBarSet(self.tr("Votes"))
        bars.setColor(BAR_COLOUR)
        bars.append([float(r.count) for r in ranked])
        bars.setLabelColor(QColor(current_tokens().text))  # outside the bars, on the chart
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([r.label[:60] for r in ranked])
        values = QValueAxis()
        values.setRange(0, max([r.count for r in ranked] + [1]) * 1.15)
        values.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(vote.question[:120])
        paint_chart(self.chart)

    def chart_values(self) -> list[tuple[str, float]]:
        """What the chart shows, top bar first (for tests and screen readers)."""
        series = self.chart.series()
        if not series:
            return []
        bars = series[0].barSets()[0]
        labels = self.chart.axes(Qt.Orientation.Vertical)[0].categories()
        pairs = [(labels[i], bars.at(i)) for i in range(bars.count())]
        return list(reversed(pairs))

    def create_vote(self) -> None:
        if self.session_id is None:
            return
        vote = Vote(
            session_id=self.session_id,
            question=self.question_edit.text().strip(),
            method=self.method_combo.currentData(),
            options=options_from_lines(self.options_edit.toPlainText()),
        )
        try:
            validate_vote(vote)
        except ValidationError as error:
            self.form_message.setText(capture_message(error.key, error.details))
            return
        self.form_message.clear()
        self.undo_stack.push(
            CallbackCommand(
                self.tr("Create vote"),
                lambda: self.repo.add(vote),
                lambda: self.repo.move_to_trash(vote.id),
                lambda: self.reload(vote.id),
            )
        )
        self.question_edit.clear()
        self.options_edit.clear()
        self.counts_view.go_to(0, 1)
        self.counts_view.setFocus()

    def delete_vote(self) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        self.undo_stack.push(
            CallbackCommand(
                self.tr("Delete vote"),
                lambda: self.repo.move_to_trash(vote.id),
                lambda: self.repo.restore(vote.id),
                lambda: self.reload(),
            )
        )

    def _set_count(self, before, after) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        vote_id = vote.id
        self.undo_stack.push(
            CallbackCommand(
                self.tr("Enter count"),
                lambda: self.repo.set_count(after.id, after.count),
                lambda: self.repo.set_count(before.id, before.count),
                lambda: self._after_count(vote_id, after.id),
            )
        )

    def _after_count(self, vote_id: str, option_id: str) -> None:
        column = self.counts_view.currentIndex().column()
        self.reload(vote_id)
        row = self.counts_model.row_of(option_id)
        if row is not None:
            self.counts_view.go_to(row, max(column, 1))

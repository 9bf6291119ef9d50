"""The case class's answers side by side for the plenary: a column per group, a row per
guiding question, big enough to read aloud from. The Case class tab fills it after every
change."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ui.methods.case_models import ComparisonModel


class ComparisonPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView { font-size: 11pt; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Side by side for the plenary"))
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)

    def show_answers(
        self,
        groups: list[str],
        questions: list[list[str]],
        answers: list[dict[int, str]],
    ) -> None:
        """One entry per group: its name, its case's questions and its answers by question."""
        self.model.set_comparison(groups, questions, answers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, 200)
        self.table.resizeRowsToContents()

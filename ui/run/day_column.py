"""The run console's right-hand column: how far ahead or behind the day is, the day's
activities with their planned and actual times, and the projector controls. Texts keep the
RunConsole translation context, as in ui/run/texts.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ui.projector.controls import ProjectorControls
from ui.run.models import DayRunModel

if TYPE_CHECKING:
    from ui.run.page import RunConsole

translate = QCoreApplication.translate


def build_day_column(console: RunConsole) -> QVBoxLayout:
    """Build the column; its widgets become the console's slip_label, projected_label,
    day_model, day_table and projector."""
    console.slip_label = QLabel()
    console.slip_label.setWordWrap(True)
    console.slip_label.setStyleSheet("font-size: 15pt; font-weight: 700;")
    console.projected_label = QLabel()
    console.projected_label.setWordWrap(True)
    slip_box = QGroupBox(translate("RunConsole", "Schedule"))
    slip_layout = QVBoxLayout(slip_box)
    slip_layout.addWidget(console.slip_label)
    slip_layout.addWidget(console.projected_label)
    console.day_model = DayRunModel(console)
    console.day_table = QTableView()
    console.day_table.setModel(console.day_model)
    console.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    console.day_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    console.day_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    console.day_table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    console.day_table.verticalHeader().hide()
    console.day_table.setWordWrap(False)
    console.day_table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = console.day_table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(DayRunModel.TITLE, QHeaderView.ResizeMode.Stretch)
    console.day_table.doubleClicked.connect(lambda index: console.controller.jump_to(index.row()))
    console.day_table.setToolTip(
        translate("RunConsole", "Double-click an activity to put it on now")
    )
    console.projector = ProjectorControls(console)
    console.projector.status.connect(console.status)

    right = QVBoxLayout()
    right.addWidget(slip_box)
    right.addWidget(
        QLabel(translate("RunConsole", "Today's activities (double-click to put one on):"))
    )
    right.addWidget(console.day_table, 1)
    right.addWidget(console.projector)
    return right

"""The run console's right-hand column: how far ahead or behind the day is, the day's
activities with their planned and actual times, and the projector controls. Texts keep the
RunConsole translation context, as in ui/run/texts.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.agenda import DayPlan
from facilitation.run_log import ActualTiming, DaySlip
from ui.common.theme import current_tokens
from ui.projector.controls import ProjectorControls
from ui.projector.window import ProjectorWindow
from ui.run.models import DayRunModel
from ui.run.room_panel import RoomPanel
from ui.run.texts import slip_texts
from ui.run_control.controller import RunController

translate = QCoreApplication.translate
ROW_PADDING = 6  # pixels above and below a row's line of text, together


class DayColumn(QWidget):
    """Owns the schedule labels, the day's table and the projector box; the console hands it
    the run's state to show."""

    def __init__(
        self,
        controller: RunController,
        projector: ProjectorWindow,
        room: RoomPanel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown_slip: tuple[object, object] = (self, None)  # (slip, theme) last shown
        self.slip_label = QLabel()
        self.slip_label.setWordWrap(True)
        self.slip_label.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.projected_label = QLabel()
        self.projected_label.setWordWrap(True)
        self.model = DayRunModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        rows = self.table.verticalHeader()
        rows.hide()
        # One line of text a row, not the style's roomy default: a 1366x768 laptop then sees
        # five rows or more of the day even with the shift offer up.
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + ROW_PADDING)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(52)  # the header and the activity on: room for a notice
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DayRunModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: controller.jump_to(index.row()))
        self.table.setToolTip(translate("RunConsole", "Double-click an activity to put it on now"))
        self.projector_controls = ProjectorControls(projector)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the console's left column
        layout.setSpacing(4)
        # The slip is its own heading (no frame): the list under it needs every line it can get.
        layout.addWidget(self.slip_label)
        layout.addWidget(self.projected_label)
        heading = QHBoxLayout()
        heading.addWidget(
            QLabel(translate("RunConsole", "Today's activities (double-click to put one on):")), 1
        )
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.projector_controls)
        self.room_panel = room
        if room is not None:  # its button in the heading, the panel (folded) under it all
            heading.addWidget(room.fold_button)
            layout.addWidget(room)

    def show_day(
        self, plan: DayPlan, timings: dict[str, ActualTiming], current_id: str | None
    ) -> None:
        self.model.set_state(plan, timings, current_id)

    def show_slip(self, slip: DaySlip | None) -> None:
        """How far ahead or behind the day is; labels change only when their words do. The
        controller hands the same slip again while a timer runs steadily: nothing to do then."""
        shown = (slip, current_tokens())
        if shown[0] is self._shown_slip[0] and shown[1] is self._shown_slip[1]:
            return
        self._shown_slip = shown
        text, colour, projected = slip_texts(slip)
        style = f"font-size: 15pt; font-weight: 700; color: {colour};"  # the theme's colours
        if self.slip_label.text() != text or self.slip_label.styleSheet() != style:
            self.slip_label.setText(text)
            self.slip_label.setStyleSheet(style)
        if self.projected_label.text() != projected:
            self.projected_label.setText(projected)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._shown_slip = (self, None)  # the words again in the new language
        super().changeEvent(event)

"""Group work on the run console: report-back rounds (pleno) and breakout group timers."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import Activity
from facilitation.timer import format_reading
from ui.run.models import GroupTimersModel
from ui.run_control.controller import RunController

log = logging.getLogger(__name__)


def session_group_names(db, session_id: str, activity: Activity | None) -> list[str]:  # noqa: ANN001
    """Names of the groups formed for this activity (or the session), when the groups feature
    is there; an empty list lets the facilitator number the groups by hand."""
    try:
        module = importlib.import_module("storage.groups")
        groups = module.current_groups(db, session_id, activity.id if activity else None)
    except (ImportError, AttributeError, LookupError, ValueError, TypeError) as error:
        log.info("no stored groups to offer: %s", error)
        return []
    names = []
    for group in groups or []:
        name = getattr(group, "name", None) or getattr(group, "title", None) or str(group)
        names.append(str(name))
    return names


class GroupWorkPanel(QWidget):
    status = Signal(str)

    def __init__(
        self,
        controller: RunController,
        group_names: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.group_names = group_names
        self.rounds_button = self._button(self.tr("Report-back rounds…"), self.start_rounds)
        self.parallel_button = self._button(self.tr("Group timers…"), self.start_parallel)
        starters = QHBoxLayout()
        starters.setContentsMargins(0, 0, 0, 0)
        starters.addWidget(self.rounds_button)
        starters.addWidget(self.parallel_button)
        starters.addStretch()

        self.rounds_box = QWidget()
        self.rounds_label = QLabel()
        self.rounds_label.setWordWrap(True)
        self.rounds_label.setStyleSheet("font-size: 13pt;")
        self.previous_group = self._button(
            self.tr("◀ Previous group (Shift+G)"), lambda: controller.move_round(-1)
        )
        self.next_group = self._button(
            self.tr("Next group (G) ▶"), lambda: controller.move_round(1)
        )
        self.stop_rounds = self._button(self.tr("End rounds"), controller.stop_rounds)
        rounds_buttons = QHBoxLayout()
        for button in (self.previous_group, self.next_group, self.stop_rounds):
            rounds_buttons.addWidget(button)
        rounds_buttons.addStretch()
        rounds_layout = QVBoxLayout(self.rounds_box)
        rounds_layout.setContentsMargins(0, 0, 0, 0)
        rounds_layout.addWidget(self.rounds_label)
        rounds_layout.addLayout(rounds_buttons)

        self.parallel_box = QWidget()
        self.group_model = GroupTimersModel(self)
        self.group_table = QTableView()
        self.group_table.setModel(self.group_model)
        self.group_table.verticalHeader().hide()
        self.group_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.group_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.group_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.group_plus = self._button(self.tr("+1 min for the selected group"), self._plus)
        self.group_done = self._button(self.tr("Selected group done"), self._done)
        self.stop_parallel = self._button(self.tr("End group timers"), controller.stop_parallel)
        parallel_buttons = QHBoxLayout()
        for button in (self.group_plus, self.group_done, self.stop_parallel):
            parallel_buttons.addWidget(button)
        parallel_buttons.addStretch()
        parallel_layout = QVBoxLayout(self.parallel_box)
        parallel_layout.setContentsMargins(0, 0, 0, 0)
        parallel_layout.addWidget(self.group_table, 1)
        parallel_layout.addLayout(parallel_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(starters)
        layout.addWidget(self.rounds_box)
        layout.addWidget(self.parallel_box, 1)
        layout.addStretch()
        self._shown_parallel: object = None
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _planned_minutes(self) -> int:
        run = self.controller.run
        return run.current.planned_minutes if run and run.current else 0

    def start_rounds(self) -> None:
        from ui.run.dialogs import RoundsDialog

        run = self.controller.run
        if run is None or run.current is None:
            self.status.emit(self.tr("Put an activity on first (Space or N)."))
            return
        dialog = RoundsDialog(self.group_names(), self._planned_minutes(), self)
        if dialog.exec():
            groups, seconds = dialog.result_groups()
            self.controller.start_rounds(groups, seconds)

    def start_parallel(self) -> None:
        from ui.run.dialogs import ParallelDialog

        run = self.controller.run
        if run is None or run.current is None:
            self.status.emit(self.tr("Put an activity on first (Space or N)."))
            return
        dialog = ParallelDialog(self.group_names(), self._planned_minutes(), self)
        if dialog.exec():
            self.controller.start_parallel(dialog.lengths())

    def _selected_group(self) -> int | None:
        rows = self.group_table.selectionModel().selectedRows()
        return rows[0].row() if rows else (0 if self.group_model.rowCount() == 1 else None)

    def _plus(self) -> None:
        row = self._selected_group()
        if row is None:
            self.status.emit(self.tr("Select a group in the list first."))
        else:
            self.controller.adjust_group(row, 60)

    def _done(self) -> None:
        row = self._selected_group()
        if row is None:
            self.status.emit(self.tr("Select a group in the list first."))
        else:
            self.controller.finish_group(row)

    def refresh(self) -> None:
        run = self.controller.run
        rounds = run.rounds if run else None
        parallel = run.parallel if run else None
        self.rounds_box.setVisible(rounds is not None)
        self.parallel_box.setVisible(parallel is not None)
        if rounds is not None:
            following = rounds.next_group
            text = (
                self.tr("Presenting: <b>%1</b> (%2 of %3)")
                .replace("%1", _escape(rounds.current_group))
                .replace("%2", str(rounds.index + 1))
                .replace("%3", str(len(rounds.groups)))
            )
            if following:
                text += " · " + self.tr("next: %1").replace("%1", _escape(following))
            self.rounds_label.setText(text)
            self.previous_group.setEnabled(rounds.index > 0)
            self.next_group.setEnabled(following is not None)
        if parallel is not self._shown_parallel:
            self._shown_parallel = parallel
            self.group_model.set_groups(parallel.groups if parallel else [])
        else:
            self.group_model.refresh_readings()

    def refresh_readings(self) -> None:
        self.group_model.refresh_readings()

    def side_panel(self) -> tuple[str, list[tuple[str, list[str]]]] | None:
        """What the projector's side panel should show for the group work going on."""
        run = self.controller.run
        if run is None:
            return None
        if run.rounds is not None:
            sections = [
                (("▶ " if i == run.rounds.index else "") + name, [])
                for i, name in enumerate(run.rounds.groups)
            ]
            return self.tr("Report-back order"), sections
        if run.parallel is not None:
            sections = [
                (group.group, [format_reading(group.timer.remaining())])
                for group in run.parallel.groups
            ]
            return self.tr("Group timers"), sections
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

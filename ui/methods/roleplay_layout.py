"""The role-play tab's controls and their layout, built once for RolePlayTab (as a Designer
form's Ui class would): the tab keeps them as its `ui` and wires them to its own slots. Texts
keep the RolePlayTab translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.method_runs import CastFrom
from facilitation.roleplay import MAX_ROUNDS
from storage.roleplays import RolePlayRepository
from ui.common.context import AppContext
from ui.common.theme import set_tone
from ui.methods.library_buttons import LibraryButtons
from ui.methods.models import ByRoleModel, CastingModel, ChoiceDelegate
from ui.methods.roleplay_panels import DebriefPanel, ObserverPanel
from ui.methods.sources import MethodLibraries

translate = QCoreApplication.translate


class RolePlayLayout:
    """The controls of one role-play tab, laid out on it; signals are connected by the tab."""

    def __init__(
        self,
        tab: QWidget,
        context: AppContext,
        undo_stack: QUndoStack,
        libraries: MethodLibraries,
        repo: RolePlayRepository,
        role_choices: Callable[[object], list[tuple[str, object]]],
    ) -> None:
        self._create_controls(tab, context, undo_stack, libraries, repo, role_choices)
        self._lay_out(tab)

    def run_controls(self) -> tuple[QWidget, ...]:
        """The controls that act on a role play's run: off while the activity has none."""
        return (
            self.auto_button,
            self.rotate_button,
            self.rounds,
            self.cast_from,
            self.in_groups,
            self.projector_button,
            self.timer_button,
            self.cards_button,
            self.sheets_button,
            self.cast_table,
            self.round_shown,
        )

    def _create_controls(
        self,
        tab: QWidget,
        context: AppContext,
        undo_stack: QUndoStack,
        libraries: MethodLibraries,
        repo: RolePlayRepository,
        role_choices: Callable[[object], list[tuple[str, object]]],
    ) -> None:
        self.activity_choice = QComboBox()
        self.scenario_choice = QComboBox()
        self.library_buttons = LibraryButtons("scenario", context, undo_stack, libraries, tab)
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        set_tone(self.context_label, "muted")

        self.cast_from = QComboBox()
        self.cast_from.addItem(translate("RolePlayTab", "Participants"), CastFrom.PARTICIPANTS)
        self.cast_from.addItem(translate("RolePlayTab", "Groups"), CastFrom.GROUPS)
        self.in_groups = QCheckBox(translate("RolePlayTab", "Play in &groups at once"))
        self.in_groups.setToolTip(
            translate(
                "RolePlayTab",
                "Every group plays the same roles at the same time; the rest of each group"
                " observes",
            )
        )
        self.pool_label = QLabel()  # who the cast is drawn from
        self.pool_label.setWordWrap(True)
        set_tone(self.pool_label, "muted")
        self.rounds = QSpinBox()
        self.rounds.setRange(1, MAX_ROUNDS)
        self.round_shown = QSpinBox()
        self.round_shown.setRange(1, MAX_ROUNDS)
        self.round_shown.setPrefix(translate("RolePlayTab", "Round "))
        self.auto_button = QPushButton(translate("RolePlayTab", "&Auto-cast all rounds"))
        self.auto_button.setToolTip(
            translate("RolePlayTab", "Cast round 1 at random, then rotate every round")
        )
        self.rotate_button = QPushButton(translate("RolePlayTab", "&Rotate into next round"))
        self.rotate_button.setToolTip(
            translate(
                "RolePlayTab", "Cast the next round so everyone gets a role they have not had yet"
            )
        )

        self.cast_model = CastingModel(tab)
        self.cast_table = QTableView()
        self.cast_table.setModel(self.cast_model)
        self.cast_table.setItemDelegate(ChoiceDelegate(role_choices, self.cast_table))
        self.cast_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.cast_table.setAlternatingRowColors(True)
        self.cast_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.cast_table.horizontalHeader().setStretchLastSection(True)
        self.by_role_model = ByRoleModel(tab)
        self.by_role_table = QTableView()
        self.by_role_table.setModel(self.by_role_model)
        self.by_role_table.setWordWrap(True)
        self.by_role_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.by_role_table.horizontalHeader().setStretchLastSection(True)
        self.by_role_table.verticalHeader().hide()

        self.projector_button = QPushButton(translate("RolePlayTab", "Show casting on &projector"))
        self.timer_button = QPushButton(translate("RolePlayTab", "Run rounds on the &timer"))
        self.timer_button.setToolTip(
            translate(
                "RolePlayTab",
                "Each round on the run console's timer with its own minutes; G moves on",
            )
        )
        self.cards_button = QPushButton(translate("RolePlayTab", "Print role &cards…"))
        self.sheets_button = QPushButton(translate("RolePlayTab", "Print &observer sheets…"))

        self.debrief = DebriefPanel(repo, undo_stack, context)
        self.observers = ObserverPanel(repo, undo_stack, context)

    def _lay_out(self, tab: QWidget) -> None:
        top = QFormLayout()
        top.addRow(translate("RolePlayTab", "Activity:"), self.activity_choice)
        scenario_row = QHBoxLayout()
        scenario_row.addWidget(self.scenario_choice, 1)
        scenario_row.addWidget(self.library_buttons)
        top.addRow(translate("RolePlayTab", "Scenario:"), scenario_row)
        # Two short rows rather than one long one, so the page fits a 1366-pixel laptop screen.
        cast_controls = QVBoxLayout()
        cast_choice = QHBoxLayout()
        cast_choice.addWidget(QLabel(translate("RolePlayTab", "Cast from:")))
        cast_choice.addWidget(self.cast_from)
        cast_choice.addWidget(QLabel(translate("RolePlayTab", "Rounds:")))
        cast_choice.addWidget(self.rounds)
        cast_choice.addWidget(self.in_groups)
        cast_choice.addStretch()
        cast_actions = QHBoxLayout()
        cast_actions.addWidget(self.auto_button)
        cast_actions.addWidget(self.rotate_button)
        cast_actions.addStretch()
        cast_controls.addLayout(cast_choice)
        cast_controls.addLayout(cast_actions)
        cast_controls.addWidget(self.pool_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(cast_controls)
        left_layout.addWidget(self.cast_table, 1)
        hint = QLabel(translate("RolePlayTab", "Double-click a cell to cast someone by hand."))
        set_tone(hint, "muted")
        left_layout.addWidget(hint)
        round_box = QWidget()
        round_layout = QVBoxLayout(round_box)
        round_layout.setContentsMargins(0, 0, 0, 0)
        round_layout.addWidget(self.by_role_table, 1)
        round_layout.addWidget(self.projector_button)
        round_layout.addWidget(self.timer_button)
        round_buttons = QHBoxLayout()
        round_buttons.addWidget(self.cards_button)
        round_buttons.addWidget(self.sheets_button)
        round_layout.addLayout(round_buttons)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(round_box, translate("RolePlayTab", "Cast by role"))
        self.side_tabs.addTab(self.debrief, translate("RolePlayTab", "Debrief notes"))
        self.side_tabs.addTab(self.observers, translate("RolePlayTab", "Observer scores"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.round_shown, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.side_tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.context_label)
        layout.addWidget(splitter, 1)

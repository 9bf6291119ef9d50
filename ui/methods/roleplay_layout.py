"""The role-play tab's controls and their layout, built once by RolePlayTab.__init__ (as a
Designer form's setupUi would). Texts keep the RolePlayTab translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ui.methods.library_buttons import LibraryButtons
from ui.methods.models import ByRoleModel, CastingModel, ChoiceDelegate
from ui.methods.roleplay_panels import DebriefPanel, ObserverPanel

if TYPE_CHECKING:
    from ui.methods.roleplay_tab import RolePlayTab

translate = QCoreApplication.translate


def build_roleplay_tab(tab: RolePlayTab) -> None:
    """Create the tab's controls (as attributes of tab, wired to its slots), then lay them out."""
    _create_controls(tab)
    _lay_out(tab)


def _create_controls(tab: RolePlayTab) -> None:
    tab.activity_choice = QComboBox()
    tab.activity_choice.currentIndexChanged.connect(lambda _i: tab.refresh())
    tab.scenario_choice = QComboBox()
    tab.scenario_choice.activated.connect(tab._scenario_chosen)
    tab.library_buttons = LibraryButtons(
        "scenario", tab.context, tab.undo_stack, tab.libraries, tab
    )
    tab.library_buttons.changed.connect(tab._library_changed)
    tab.context_label = QLabel()
    tab.context_label.setWordWrap(True)
    tab.context_label.setStyleSheet("color: #444;")

    tab.cast_from = QComboBox()
    tab.cast_from.addItem(translate("RolePlayTab", "Participants"), CastFrom.PARTICIPANTS)
    tab.cast_from.addItem(translate("RolePlayTab", "Groups"), CastFrom.GROUPS)
    tab.cast_from.activated.connect(lambda _i: tab._refresh_cast())
    tab.rounds = QSpinBox()
    tab.rounds.setRange(1, MAX_ROUNDS)
    tab.rounds.editingFinished.connect(tab._rounds_changed)
    tab.round_shown = QSpinBox()
    tab.round_shown.setRange(1, MAX_ROUNDS)
    tab.round_shown.setPrefix(translate("RolePlayTab", "Round "))
    tab.round_shown.valueChanged.connect(lambda _v: tab._show_round())
    tab.auto_button = QPushButton(translate("RolePlayTab", "&Auto-cast all rounds"))
    tab.auto_button.setToolTip(
        translate("RolePlayTab", "Cast round 1 at random, then rotate every round")
    )
    tab.auto_button.clicked.connect(tab.auto_cast)
    tab.rotate_button = QPushButton(translate("RolePlayTab", "&Rotate into next round"))
    tab.rotate_button.setToolTip(
        translate(
            "RolePlayTab", "Cast the next round so everyone gets a role they have not had yet"
        )
    )
    tab.rotate_button.clicked.connect(tab.rotate_next)

    tab.cast_model = CastingModel(tab)
    tab.cast_model.cast_requested.connect(tab.cast_by_hand)
    tab.cast_table = QTableView()
    tab.cast_table.setModel(tab.cast_model)
    tab.cast_table.setItemDelegate(ChoiceDelegate(tab._role_choices, tab.cast_table))
    tab.cast_table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    tab.cast_table.setAlternatingRowColors(True)
    tab.cast_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tab.cast_table.horizontalHeader().setStretchLastSection(True)
    tab.by_role_model = ByRoleModel(tab)
    tab.by_role_table = QTableView()
    tab.by_role_table.setModel(tab.by_role_model)
    tab.by_role_table.setWordWrap(True)
    tab.by_role_table.horizontalHeader().setSectionResizeMode(
        0, QHeaderView.ResizeMode.ResizeToContents
    )
    tab.by_role_table.horizontalHeader().setStretchLastSection(True)
    tab.by_role_table.verticalHeader().hide()

    tab.projector_button = QPushButton(translate("RolePlayTab", "Show casting on &projector"))
    tab.projector_button.clicked.connect(tab.show_casting_on_projector)
    tab.timer_button = QPushButton(translate("RolePlayTab", "Run rounds on the &timer"))
    tab.timer_button.setToolTip(
        translate(
            "RolePlayTab", "Each round on the run console's timer with its own minutes; G moves on"
        )
    )
    tab.timer_button.clicked.connect(tab.run_rounds_on_timer)
    tab.cards_button = QPushButton(translate("RolePlayTab", "Print role &cards…"))
    tab.cards_button.clicked.connect(lambda: tab._ask_and_print("cards"))
    tab.sheets_button = QPushButton(translate("RolePlayTab", "Print &observer sheets…"))
    tab.sheets_button.clicked.connect(lambda: tab._ask_and_print("sheets"))

    tab.debrief = DebriefPanel(tab)
    tab.observers = ObserverPanel(tab)


def _lay_out(tab: RolePlayTab) -> None:
    top = QFormLayout()
    top.addRow(translate("RolePlayTab", "Activity:"), tab.activity_choice)
    scenario_row = QHBoxLayout()
    scenario_row.addWidget(tab.scenario_choice, 1)
    scenario_row.addWidget(tab.library_buttons)
    top.addRow(translate("RolePlayTab", "Scenario:"), scenario_row)
    # Two short rows rather than one long one, so the page fits a 1366-pixel laptop screen.
    cast_controls = QVBoxLayout()
    cast_choice = QHBoxLayout()
    cast_choice.addWidget(QLabel(translate("RolePlayTab", "Cast from:")))
    cast_choice.addWidget(tab.cast_from)
    cast_choice.addWidget(QLabel(translate("RolePlayTab", "Rounds:")))
    cast_choice.addWidget(tab.rounds)
    cast_choice.addStretch()
    cast_actions = QHBoxLayout()
    cast_actions.addWidget(tab.auto_button)
    cast_actions.addWidget(tab.rotate_button)
    cast_actions.addStretch()
    cast_controls.addLayout(cast_choice)
    cast_controls.addLayout(cast_actions)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addLayout(cast_controls)
    left_layout.addWidget(tab.cast_table, 1)
    hint = QLabel(translate("RolePlayTab", "Double-click a cell to cast someone by hand."))
    hint.setStyleSheet("color: #666;")
    left_layout.addWidget(hint)
    round_box = QWidget()
    round_layout = QVBoxLayout(round_box)
    round_layout.setContentsMargins(0, 0, 0, 0)
    round_layout.addWidget(tab.by_role_table, 1)
    round_layout.addWidget(tab.projector_button)
    round_layout.addWidget(tab.timer_button)
    round_buttons = QHBoxLayout()
    round_buttons.addWidget(tab.cards_button)
    round_buttons.addWidget(tab.sheets_button)
    round_layout.addLayout(round_buttons)
    tab.side_tabs = QTabWidget()
    tab.side_tabs.addTab(round_box, translate("RolePlayTab", "Cast by role"))
    tab.side_tabs.addTab(tab.debrief, translate("RolePlayTab", "Debrief notes"))
    tab.side_tabs.addTab(tab.observers, translate("RolePlayTab", "Observer scores"))
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(tab.round_shown, 0, Qt.AlignmentFlag.AlignLeft)
    right_layout.addWidget(tab.side_tabs, 1)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setSizes([560, 520])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.addLayout(top)
    layout.addWidget(tab.context_label)
    layout.addWidget(splitter, 1)

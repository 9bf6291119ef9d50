"""Groups: form, re-shuffle, adjust by drag and drop, rename, print cards. All undoable."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.group_formation import GroupFormation
from facilitation.participants import Participant
from ui.common.theme import set_icons, set_tone
from ui.people.group_board import GroupBoard
from ui.people.summary_line import SummaryLine


class GroupsTab(QWidget):
    """The widgets; the People page owns the data and the undo commands."""

    target_changed = Signal()
    form_requested = Signal()
    reshuffle_requested = Signal()
    print_requested = Signal()
    move_requested = Signal(str, str)  # participant id, group id
    rename_requested = Signal(str, str)  # group id, name ("" = ask)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target_combo = QComboBox()
        self.target_combo.setMinimumWidth(280)
        self.target_combo.currentIndexChanged.connect(lambda _i: self.target_changed.emit())
        self.form_button = QPushButton(self.tr("&Form groups…"))
        self.form_button.clicked.connect(self.form_requested)
        self.reshuffle_button = QPushButton(self.tr("Re-&shuffle"))
        self.reshuffle_button.setToolTip(
            self.tr("New groups with the same rules and a new seed; the old ones stay in history")
        )
        self.reshuffle_button.clicked.connect(self.reshuffle_requested)
        self.print_button = QPushButton(self.tr("Print group &cards…"))
        self.print_button.clicked.connect(self.print_requested)
        icons = {"form_button": "users-group", "reshuffle_button": "arrows-shuffle"}
        set_icons(self, icons | {"print_button": "printer"})
        self.info_label = SummaryLine()
        set_tone(self.info_label, "muted")
        self.hint_label = QLabel(
            self.tr("Drag a name onto another group to move it. Ctrl+Z undoes.")
        )
        set_tone(self.hint_label, "muted")
        self.board = GroupBoard()
        # Queued: a drop must finish before the lists are refreshed under the mouse.
        self.board.move_requested.connect(
            lambda pid, gid: QTimer.singleShot(0, lambda: self.move_requested.emit(pid, gid))
        )
        self.board.rename_requested.connect(self.rename_requested)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Groups for")))
        top.addWidget(self.target_combo)
        top.addWidget(self.form_button)
        top.addWidget(self.reshuffle_button)
        top.addStretch()
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info_label)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.hint_label)

    def set_targets(self, targets: list[tuple[str | None, str]], current: str | None) -> None:
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for identifier, title in targets:
            self.target_combo.addItem(title, identifier)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(current)))
        self.target_combo.blockSignals(False)

    def target(self) -> str | None:
        return self.target_combo.currentData()

    def show_formation(
        self,
        formation: GroupFormation | None,
        people: dict[str, Participant],
        history_count: int,
        formed_at: str,
    ) -> None:
        has_groups = formation is not None
        self.reshuffle_button.setEnabled(has_groups)
        self.print_button.setEnabled(has_groups)
        if formation is None:
            self.info_label.setText(
                self.tr("No groups yet. Form groups… puts the people present into groups.")
            )
            self.board.show_groups([], people)
            return
        grouped = sum(len(g.member_ids) for g in formation.groups)
        text = (
            self.tr("%1 groups · %2 people · formed %3 · seed %4")
            .replace("%1", str(len(formation.groups)))
            .replace("%2", str(grouped))
            .replace("%3", formed_at)
            .replace("%4", str(formation.seed))
        )
        if history_count > 1:
            text += " · " + self.tr("%1 formations in this session so far").replace(
                "%1", str(history_count)
            )
        self.info_label.setText(text)
        self.board.show_groups(formation.groups, people)

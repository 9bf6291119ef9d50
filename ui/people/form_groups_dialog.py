"""Form groups…: how many (or how big), what to balance, the seed, and the locks.

The groups are formed when the facilitator presses Form groups, so a plan that cannot be met
(e.g. a lock too big for a group) is explained here and nothing is saved. While the dialog
shows a plan, its groups are formed ahead (facilitation.forming_ahead): the press then finds
them ready.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.forming_ahead import FormingAhead
from facilitation.groups import GroupingError, GroupPlan, GroupTarget, Member, form_groups
from facilitation.participants import Participant
from ui.common.theme import set_tone
from ui.people.labels import grouping_message

MAX_SEED = 999_999
FORM_AHEAD_AFTER_MS = 150  # a plan (or groups on screen) left as it is this long is formed ahead


class FormGroupsDialog(QDialog):
    def __init__(
        self,
        present: list[Participant],
        activities: list[tuple[str, str]],
        earlier: list[list[list[str]]],
        plan: GroupPlan | None = None,
        activity_id: str | None = None,
        note: str = "",
        parent: QWidget | None = None,
        *,
        members: list[Member] | None = None,
        ahead: FormingAhead | None = None,
    ) -> None:
        """members: the present people as forming groups reads them (made from present when
        not given); ahead: where the shown plan's groups are formed before the press."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Form groups"))
        self.present = present
        self.earlier = earlier
        self.names = {p.id: p.name for p in present}
        self.members = (
            members
            if members is not None
            else [Member(p.id, p.institution, str(p.gender), p.position) for p in present]
        )
        self.ahead = ahead
        plan = plan or GroupPlan(seed=random.randint(1, MAX_SEED))
        self.result_groups: list[list[str]] = []
        self.result_plan: GroupPlan | None = None

        self.for_combo = QComboBox()
        self.for_combo.addItem(self.tr("The whole session"), None)
        for identifier, title in activities:
            self.for_combo.addItem(title, identifier)
        self.for_combo.setCurrentIndex(max(0, self.for_combo.findData(activity_id)))

        self.count_radio = QRadioButton(self.tr("Number of groups"))
        self.size_radio = QRadioButton(self.tr("People per group"))
        self.value_spin = QSpinBox()
        self.value_spin.setRange(1, 500)
        self.value_spin.setValue(plan.value)
        (self.size_radio if plan.target == GroupTarget.SIZE else self.count_radio).setChecked(True)
        self.sizes_label = QLabel()
        set_tone(self.sizes_label, "muted")
        for widget in (self.count_radio, self.size_radio):
            widget.toggled.connect(self._show_sizes)
        self.value_spin.valueChanged.connect(self._show_sizes)

        self.institution_check = QCheckBox(self.tr("Spread institutions evenly"))
        self.institution_check.setChecked(plan.balance_institutions)
        self.gender_check = QCheckBox(self.tr("Spread men and women evenly"))
        self.gender_check.setChecked(plan.balance_gender)
        self.position_check = QCheckBox(self.tr("Spread positions evenly"))
        self.position_check.setChecked(plan.balance_position)
        self.repeat_check = QCheckBox(self.tr("Avoid pairs who were already together"))
        self.repeat_check.setChecked(plan.avoid_repeats)
        self.repeat_check.setEnabled(bool(earlier))

        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setValue(min(plan.seed, MAX_SEED))
        self.seed_spin.setToolTip(
            self.tr("The same seed with the same people gives the same groups")
        )
        new_seed = QPushButton(self.tr("New seed"))
        new_seed.clicked.connect(lambda: self.seed_spin.setValue(random.randint(1, MAX_SEED)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin)
        seed_row.addWidget(new_seed)
        seed_row.addStretch()

        target_row = QHBoxLayout()
        target_row.addWidget(self.count_radio)
        target_row.addWidget(self.size_radio)
        target_row.addWidget(self.value_spin)
        target_row.addStretch()

        form = QFormLayout()
        form.addRow(self.tr("Groups &for"), self.for_combo)
        form.addRow(self.tr("Make"), target_row)
        form.addRow("", self.sizes_label)
        form.addRow(self.tr("Balance"), self.institution_check)
        form.addRow("", self.gender_check)
        form.addRow("", self.position_check)
        form.addRow("", self.repeat_check)
        seed_label = QLabel(self.tr("&Seed"))
        seed_label.setBuddy(self.seed_spin)  # a label over a layout shows "&" and no shortcut
        form.addRow(seed_label, seed_row)

        self.locks: list[tuple[str, frozenset[str]]] = []  # ("together" | "apart", ids)
        for kind, locks in (("together", plan.keep_together), ("apart", plan.keep_apart)):
            for lock in locks:
                kept = frozenset(pid for pid in lock if pid in self.names)
                if len(kept) > 1:
                    self.locks.append((kind, kept))
        self.people_filter = QLineEdit()
        self.people_filter.setPlaceholderText(self.tr("Find people…"))
        self.people_filter.textChanged.connect(self._filter_people)
        self.people_list = QListWidget()
        self.people_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for person in present:
            label = f"{person.name} — {person.institution}" if person.institution else person.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people_list.addItem(item)
        together = QPushButton(self.tr("Keep &together"))
        together.clicked.connect(lambda: self._add_lock("together"))
        apart = QPushButton(self.tr("Keep &apart"))
        apart.clicked.connect(lambda: self._add_lock("apart"))
        self.lock_list = QListWidget()
        remove_lock = QPushButton(self.tr("Remove lock"))
        remove_lock.clicked.connect(self._remove_lock)
        locks_box = QGroupBox(self.tr("Locks (select two or more people)"))
        locks_layout = QHBoxLayout(locks_box)
        left = QVBoxLayout()
        left.addWidget(self.people_filter)
        left.addWidget(self.people_list)
        lock_buttons = QHBoxLayout()
        lock_buttons.addWidget(together)
        lock_buttons.addWidget(apart)
        left.addLayout(lock_buttons)
        right = QVBoxLayout()
        right.addWidget(self.lock_list)
        right.addWidget(remove_lock)
        locks_layout.addLayout(left, 3)
        locks_layout.addLayout(right, 2)

        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        set_tone(self.note_label, "muted")
        self.note_label.setVisible(bool(note))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "danger")
        self.error_label.setStyleSheet("font-weight: 600;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.form_button = buttons.addButton(
            self.tr("&Form groups"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.try_form)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(locks_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(720, 680)
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(FORM_AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._form_ahead)
        self._show_locks()
        self._show_sizes()
        if ahead is not None:
            for toggled in (
                self.count_radio,
                self.size_radio,
                self.institution_check,
                self.gender_check,
                self.position_check,
                self.repeat_check,
            ):
                toggled.toggled.connect(self._plan_changed)
            self.value_spin.valueChanged.connect(self._plan_changed)
            self.seed_spin.valueChanged.connect(self._plan_changed)

    def _plan_changed(self) -> None:
        self._ahead_timer.start()  # not start(value): a signal's value is no interval

    def _target(self) -> GroupTarget:
        return GroupTarget.SIZE if self.size_radio.isChecked() else GroupTarget.COUNT

    def _show_sizes(self) -> None:
        people = len(self.present)
        value = self.value_spin.value()
        count = value if self._target() == GroupTarget.COUNT else math.ceil(people / max(1, value))
        if people == 0 or count > people:
            self.sizes_label.setText(
                self.tr("%1 people present: too few for %2 groups.")
                .replace("%1", str(people))
                .replace("%2", str(count))
            )
            return
        small, extra = divmod(people, count)
        sizes = str(small) if extra == 0 else f"{small}–{small + 1}"
        self.sizes_label.setText(
            self.tr("%1 people present → %2 groups of %3")
            .replace("%1", str(people))
            .replace("%2", str(count))
            .replace("%3", sizes)
        )

    def _filter_people(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _add_lock(self, kind: str) -> None:
        ids = frozenset(
            item.data(Qt.ItemDataRole.UserRole) for item in self.people_list.selectedItems()
        )
        if len(ids) < 2:
            self.error_label.setText(self.tr("Select two or more people for a lock."))
            return
        self.error_label.clear()
        self.locks.append((kind, ids))
        self.people_list.clearSelection()
        self._show_locks()

    def _remove_lock(self) -> None:
        row = self.lock_list.currentRow()
        if 0 <= row < len(self.locks):
            del self.locks[row]
            self._show_locks()

    def _show_locks(self) -> None:
        self._plan_changed()  # the locks are part of the plan
        self.lock_list.clear()
        for kind, ids in self.locks:
            names = ", ".join(sorted(self.names[pid] for pid in ids))
            label = self.tr("Together: %1") if kind == "together" else self.tr("Apart: %1")
            self.lock_list.addItem(label.replace("%1", names))

    def plan(self) -> GroupPlan:
        return GroupPlan(
            target=self._target(),
            value=self.value_spin.value(),
            seed=self.seed_spin.value(),
            balance_institutions=self.institution_check.isChecked(),
            balance_gender=self.gender_check.isChecked(),
            balance_position=self.position_check.isChecked(),
            avoid_repeats=self.repeat_check.isChecked(),
            keep_together=tuple(ids for kind, ids in self.locks if kind == "together"),
            keep_apart=tuple(ids for kind, ids in self.locks if kind == "apart"),
        )

    def activity_id(self) -> str | None:
        return self.for_combo.currentData()

    def _earlier_for(self, plan: GroupPlan) -> list[list[list[str]]]:
        return self.earlier if plan.avoid_repeats else []

    def _form_ahead(self) -> None:
        if self.ahead is not None and self.isVisible():
            plan = self.plan()
            self.ahead.start(self.members, plan, self._earlier_for(plan))

    def try_form(self) -> None:
        self._ahead_timer.stop()
        plan = self.plan()
        earlier = self._earlier_for(plan)
        groups = self.ahead.take(self.members, plan, earlier) if self.ahead else None
        try:
            if groups is None:  # nothing formed ahead for this plan: formed now
                groups = form_groups(self.members, plan, earlier=earlier)
        except GroupingError as error:
            self.error_label.setText(grouping_message(error.key))
            return
        self.result_plan, self.result_groups = plan, groups
        self.accept()


def reshuffled(plan: GroupPlan) -> GroupPlan:
    """The same plan with a new seed: new groups, same rules."""
    return replace(plan, seed=random.randint(1, MAX_SEED))

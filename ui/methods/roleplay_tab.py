"""Role play: pick the activity and scenario, cast participants or groups for every round
(automatically from who is present, by rotation, or by hand; the room at once or in groups),
show the cast on the projector, print role cards and observer sheets. Beside it: the controls
(roleplay_layout), who is cast from and groups at once (roleplay_groups), debrief and scores
(roleplay_panels), rounds on the timer (roleplay_timing), printouts (roleplay_printing)."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitation.activity import ActivityKind
from facilitation.casting import cast_all_rounds, cast_next_round, recast_in_group
from facilitation.method_runs import CastEntry, CastFrom, RolePlayRun
from facilitation.roleplay import Scenario
from ui.common.context import AppContext
from ui.common.undo import ValueCommand
from ui.methods.roleplay_groups import (
    CastPool,
    GroupedByRole,
    by_role_rows,
    cast_pool,
    grouped_by_role,
    projector_sections,
)
from ui.methods.roleplay_labels import role_choices, role_labels
from ui.methods.roleplay_layout import RolePlayLayout
from ui.methods.roleplay_printing import RolePlayPrinting, RoundCast
from ui.methods.roleplay_timing import RolePlayTiming
from ui.methods.sources import MethodLibraries, fill_activity_choice
from ui.projector.methods_boards import Sections, show_on_projector
from ui.projector.window import ProjectorWindow
from ui.run_control.controller import RunController
from ui.workspace.navigator import Navigator


class RolePlayTab(QWidget):
    status = Signal(str)

    def __init__(
        self,
        context: AppContext,
        undo_stack: QUndoStack,
        libraries: MethodLibraries,
        run_controller: RunController,
        projector: ProjectorWindow,
        navigator: Navigator,
    ) -> None:
        super().__init__()
        self.context, self.undo_stack, self.libraries = context, undo_stack, libraries
        # The rounds go on the session's run timer and the casting on its one projector.
        self.run_controller, self.projector, self.navigator = run_controller, projector, navigator
        self.repo = context.role_plays
        self.session_id: str | None = None
        self.run: RolePlayRun | None = None
        self.scenario: Scenario | None = None
        self.casting: dict[int, dict[str, str]] = {}
        self.group_of: dict[int, dict[str, str]] = {}  # round -> person -> group, in groups
        self.names: dict[str, str] = {}
        self.pool = CastPool()

        self.ui = RolePlayLayout(
            self, context, undo_stack, libraries, self.repo, self._role_choices
        )
        self.timing = RolePlayTiming(
            self.repo, context.sessions, run_controller, projector, navigator, self
        )
        self.printing = RolePlayPrinting(context.sessions, self)
        self._connect()
        self._enable()

    def _connect(self) -> None:
        ui = self.ui
        ui.activity_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.scenario_choice.activated.connect(self._scenario_chosen)
        ui.library_buttons.changed.connect(self._library_changed)
        ui.cast_from.activated.connect(lambda _i: (self._refresh_cast(), self._enable()))
        ui.in_groups.clicked.connect(self._in_groups_clicked)
        ui.rounds.editingFinished.connect(self._rounds_changed)
        ui.round_shown.valueChanged.connect(lambda _v: self._show_round())
        ui.auto_button.clicked.connect(self.auto_cast)
        ui.rotate_button.clicked.connect(self.rotate_next)
        ui.cast_model.cast_requested.connect(self.cast_by_hand)
        ui.projector_button.clicked.connect(self.show_casting_on_projector)
        ui.timer_button.clicked.connect(
            lambda: self.timing.run_rounds_on_timer(
                self.session_id, self.activity_id(), self.run, self.scenario
            )
        )
        ui.cards_button.clicked.connect(
            lambda: self.printing.ask_and_print("cards", self.round_cast())
        )
        ui.sheets_button.clicked.connect(
            lambda: self.printing.ask_and_print("sheets", self.round_cast())
        )
        self.timing.round_started.connect(self._show_round_on_timer)
        self.timing.status.connect(self.status)
        self.printing.status.connect(self.status)

    # -- loading -----------------------------------------------------------------------------

    def open_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        fill_activity_choice(
            self.ui.activity_choice, self.context, session_id, ActivityKind.ROLE_PLAY
        )
        self._fill_scenarios()
        self.refresh()

    def _fill_scenarios(self) -> None:
        choice = self.ui.scenario_choice
        current = choice.currentData()
        choice.clear()
        for scenario in self.libraries.scenarios():
            mark = "" if scenario.builtin else " ✎"
            choice.addItem(scenario.title_in(self.context.lang) + mark, scenario.key)
        choice.setCurrentIndex(choice.findData(current))

    def activity_id(self) -> str | None:
        return self.ui.activity_choice.currentData()

    def refresh(self) -> None:
        """Re-read the run of the chosen activity and show it."""
        activity_id = self.activity_id()
        self.run = self.repo.for_activity(activity_id) if activity_id else None
        self.scenario = self.libraries.scenario(self.run.scenario_key) if self.run else None
        index = self.ui.scenario_choice.findData(self.run.scenario_key) if self.run else -1
        if index < 0 and self.scenario is not None:  # a scenario since moved to the trash
            self.ui.scenario_choice.addItem(
                self.scenario.title_in(self.context.lang), self.run.scenario_key
            )
            index = self.ui.scenario_choice.count() - 1
        self.ui.scenario_choice.setCurrentIndex(index)
        self.ui.context_label.setText(
            self.scenario.context.get(self.context.lang) or self.scenario.context.get("id", "")
            if self.scenario
            else self.tr("Choose the scenario this activity plays.")
        )
        if self.run:
            self.ui.cast_from.setCurrentIndex(self.ui.cast_from.findData(self.run.cast_from))
            self.ui.rounds.setValue(self.run.round_count)
            self.ui.in_groups.setChecked(self.run.in_groups)
            self.ui.round_shown.setMaximum(self.run.round_count)
        self.ui.library_buttons.set_current(self.scenario)
        self._refresh_cast()
        self._enable()

    def in_groups(self) -> bool:
        """Groups play the same roles at once (participants only: groups cannot split)."""
        participants = self.ui.cast_from.currentData() == CastFrom.PARTICIPANTS
        return bool(self.run and self.run.in_groups and participants)

    def _refresh_cast(self) -> None:
        cast_from = self.ui.cast_from.currentData()
        self.pool = cast_pool(
            self.context, self.session_id, self.activity_id(), cast_from, self.in_groups()
        )
        people = list(self.pool.people)
        self.names = dict(people)
        self.casting, self.group_of = {}, {}
        if self.run:
            for number, entries in self.repo.casting(self.run.id).items():
                self.casting[number] = {e.person_key: e.role_key for e in entries}
                self.group_of[number] = {e.person_key: e.group for e in entries if e.group}
                for entry in entries:
                    if entry.person_key not in self.names:  # cast earlier, since removed
                        self.names[entry.person_key] = entry.person_name
                        people.append((entry.person_key, entry.person_name))
        rounds = self.run.round_count if self.run else 0
        self.ui.cast_model.set_cast(
            people,
            rounds,
            self.casting,
            self._role_labels(),
            set(self.scenario.observer_keys) if self.scenario else set(),
            self.group_of.get(1, {}) if self.in_groups() else None,
        )
        self.ui.pool_label.setText(self.pool.message if self.run else "")
        self._show_round()

    def _role_labels(self) -> dict[str, str]:
        return role_labels(self.scenario, self.context.lang)

    def _role_choices(self, _index) -> list[tuple[str, object]]:  # noqa: ANN001
        return role_choices(self.scenario, self.context.lang)

    def round_number(self) -> int:
        return self.ui.round_shown.value()

    def grouped(self, round_number: int) -> GroupedByRole:
        """The round's cast by role: a section per group when groups play at once."""
        if not self.scenario:
            return []
        casting = self.casting.get(round_number, {})
        group_of = self.group_of.get(round_number, {})
        return grouped_by_role(self.scenario, casting, group_of, self.names, self.in_groups())

    def _show_round(self) -> None:
        rows = []
        if self.scenario:
            grouped = self.grouped(self.round_number())
            rows = by_role_rows(self.scenario, self.context.lang, grouped, self.in_groups())
        self.ui.by_role_model.set_rows(rows)
        self.ui.by_role_table.resizeRowsToContents()
        number = self.round_number()
        self.ui.debrief.show_run(self.run, self.scenario, number)
        self.ui.observers.show_run(
            self.run, self.scenario, number, self.casting.get(number, {}), self.names
        )

    def _enable(self) -> None:
        has_run = self.run is not None and self.scenario is not None
        for widget in self.ui.run_controls():
            widget.setEnabled(has_run)
        self.ui.scenario_choice.setEnabled(self.activity_id() is not None)
        if has_run:
            self.ui.rotate_button.setEnabled(self.round_number() < self.run.round_count)
            participants = self.ui.cast_from.currentData() == CastFrom.PARTICIPANTS
            self.ui.in_groups.setEnabled(participants)

    def _library_changed(self, select_key: str | None) -> None:
        self._fill_scenarios()
        if select_key and self.activity_id():
            self.choose_scenario(select_key)
        else:
            self.refresh()

    # -- actions -----------------------------------------------------------------------------

    def _scenario_chosen(self, index: int) -> None:
        key = self.ui.scenario_choice.itemData(index)
        if key and (self.run is None or key != self.run.scenario_key):
            self.choose_scenario(key)

    def choose_scenario(self, key: str) -> None:
        activity_id = self.activity_id()
        scenario = self.libraries.scenario(key)
        if activity_id is None or scenario is None:
            return
        run, title = self.run, scenario.title_in(self.context.lang)
        kept = (run.round_count, run.cast_from) if run else (scenario.rounds, CastFrom.PARTICIPANTS)
        before = run and (run.scenario_key, run.scenario_title, run.round_count, run.cast_from)
        after = (key, title, *kept)

        def apply(state) -> None:  # noqa: ANN001
            if state is None:
                self.repo.detach(activity_id)
            else:
                minutes = (self.libraries.scenario(state[0]) or scenario).round_minutes
                self.repo.choose_scenario(
                    activity_id, state[0], state[1], state[2], minutes, state[3]
                )

        text = self.tr("Play “%1”").replace("%1", title)
        self.undo_stack.push(ValueCommand(text, apply, before, after, self.refresh))
        self.status.emit(self.tr("Scenario chosen: %1").replace("%1", title))

    def _rounds_changed(self) -> None:
        if self.run is None or self.ui.rounds.value() == self.run.round_count:
            return
        run_id, minutes = self.run.id, self.scenario.round_minutes if self.scenario else 10
        self.undo_stack.push(
            ValueCommand(
                self.tr("Change the number of rounds"),
                lambda count: self.repo.set_round_count(run_id, count, minutes),
                self.run.round_count,
                self.ui.rounds.value(),
                self.refresh,
            )
        )

    def _in_groups_clicked(self, checked: bool) -> None:
        if self.run is None or checked == self.run.in_groups:
            return
        run_id = self.run.id
        text = self.tr("Play in groups at once") if checked else self.tr("Play as one room")
        apply = lambda value: self.repo.set_in_groups(run_id, value)  # noqa: E731
        self.undo_stack.push(ValueCommand(text, apply, self.run.in_groups, checked, self.refresh))

    def _entries(self, casting: dict[str, str], groups: dict[str, str]) -> dict[str, CastEntry]:
        return {
            key: CastEntry(key, self.names.get(key, key), role, groups.get(key, ""))
            for key, role in casting.items()
        }

    def _push_casts(
        self,
        text: str,
        after: dict[int, dict[str, str]],
        groups: dict[int, dict[str, str]] | None = None,
    ) -> None:
        """One undo step for these rounds' casts; groups None keeps each person's group."""
        run_id = self.run.id
        before = (
            {number: dict(self.casting.get(number, {})) for number in after},
            {number: dict(self.group_of.get(number, {})) for number in after},
        )
        if groups is None:
            groups = before[1]

        def apply(state: tuple[dict[int, dict[str, str]], dict[int, dict[str, str]]]) -> None:
            casts, group_of = state
            self.repo.set_castings(
                run_id,
                {n: self._entries(cast, group_of.get(n, {})) for n, cast in casts.items()},
            )

        self.undo_stack.push(ValueCommand(text, apply, before, (after, groups), self._refresh_cast))

    def auto_cast(self, seed: int | None = None) -> None:
        if self.run is None or self.scenario is None:
            return
        seed = random.randrange(1_000_000) if seed is None else seed
        people = self.pool.draw
        if not people:
            self.status.emit(self.pool.nobody)
            return
        casts, groups = cast_all_rounds(
            people,
            self.pool.groups if self.in_groups() else None,
            self.scenario.role_keys,
            self.scenario.observer_keys,
            seed,
            self.run.round_count,
        )
        self._push_casts(self.tr("Auto-cast"), casts, groups)
        self.status.emit(
            self.tr("Cast %1 for %2 rounds.")
            .replace("%1", str(len(people)))
            .replace("%2", str(self.run.round_count))
        )

    def rotate_next(self) -> None:
        if self.run is None or self.scenario is None:
            return
        current = self.round_number()
        if current >= self.run.round_count:
            return
        people = self.pool.draw
        if not people:
            self.status.emit(self.pool.nobody)
            return
        earlier = [self.casting.get(n, {}) for n in range(1, current + 1)]
        cast, group_of = cast_next_round(
            earlier,
            people,
            self.pool.groups if self.in_groups() else None,
            self.scenario.role_keys,
            self.scenario.observer_keys,
            random.randrange(1_000_000),
        )
        self._push_casts(
            self.tr("Rotate into round %1").replace("%1", str(current + 1)),
            {current + 1: cast},
            {current + 1: group_of},
        )
        self.ui.round_shown.setValue(current + 1)

    def cast_by_hand(self, person_key: str, round_number: int, role_key: str) -> None:
        if self.scenario is None:
            return
        # Out of groups everyone is in one group (""), so a main role swaps room-wide.
        group_of = self.group_of.get(round_number, {}) if self.in_groups() else {}
        casting = self.casting.get(round_number, {})
        changed = recast_in_group(casting, group_of, person_key, role_key, self.scenario.role_keys)
        self._push_casts(self.tr("Cast by hand"), {round_number: changed})

    def round_cast(self) -> RoundCast | None:
        """The shown round's casting, for its role cards and observer sheets."""
        if self.scenario is None or self.session_id is None:
            return None
        number = self.round_number()
        grouped = self.grouped(number)
        groups = grouped if self.in_groups() else []
        return RoundCast(self.session_id, self.scenario, number, grouped[0][1], groups)

    def projector_sections(self) -> tuple[str, Sections]:
        grouped = self.grouped(self.round_number())
        sections = projector_sections(self.scenario, self.context.lang, grouped, self.in_groups())
        title = self.tr("Casting · round %1").replace("%1", str(self.round_number()))
        return title, sections

    def show_casting_on_projector(self) -> None:
        if self.scenario is None:
            return
        title, sections = self.projector_sections()
        headline = self.scenario.title_in(self.context.lang)
        show_on_projector(self.projector, title, sections, headline, activity_id=self.activity_id())
        self.status.emit(self.tr("The casting is on the projector."))

    def _show_round_on_timer(self, number: int) -> None:
        """The run console moved to this round: show it here, and its casting beside the timer."""
        if self.scenario is None:
            return
        self.ui.round_shown.setValue(number)
        title, sections = self.projector_sections()
        self.timing.show_beside_timer(title, sections, self.activity_id())

"""Role play: pick the activity and scenario, cast participants or groups for every round
(automatically, by rotation, or by hand), show the cast on the projector, print role cards and
observer sheets. Beside it in ui/methods/: the controls (roleplay_layout), debrief notes and
observer scores (roleplay_panels), the rounds on the timer (roleplay_timing), printouts
(roleplay_printing)."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitation.activity import ActivityKind
from facilitation.casting import cast_by_role, cast_rounds, recast, rotate
from facilitation.method_runs import CastEntry, CastFrom, RolePlayRun
from facilitation.roleplay import Scenario
from ui.common.context import AppContext
from ui.common.undo import ValueCommand
from ui.methods.roleplay_labels import role_choices, role_labels
from ui.methods.roleplay_layout import RolePlayLayout
from ui.methods.roleplay_printing import RolePlayPrinting, RoundCast
from ui.methods.roleplay_timing import RolePlayTiming
from ui.methods.sources import (
    GROUP_PREFIX,
    MethodLibraries,
    fill_activity_choice,
    groups_of,
    participants_of,
)
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
        self.names: dict[str, str] = {}

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
        ui.cast_from.activated.connect(lambda _i: self._refresh_cast())
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
            self.ui.round_shown.setMaximum(self.run.round_count)
        self.ui.library_buttons.set_current(self.scenario)
        self._refresh_cast()
        self._enable()

    def people(self) -> list[tuple[str, str]]:
        if not self.session_id:
            return []
        if self.ui.cast_from.currentData() == CastFrom.GROUPS:
            names = groups_of(self.context, self.session_id, self.activity_id())
            return [(GROUP_PREFIX + name, name) for name in names]
        return participants_of(self.context, self.session_id)

    def _refresh_cast(self) -> None:
        people = self.people()
        self.names = dict(people)
        self.casting = {}
        if self.run:
            for number, entries in self.repo.casting(self.run.id).items():
                self.casting[number] = {e.person_key: e.role_key for e in entries}
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
        )
        self._show_round()

    def _role_labels(self) -> dict[str, str]:
        return role_labels(self.scenario, self.context.lang)

    def _role_choices(self, _index) -> list[tuple[str, object]]:  # noqa: ANN001
        return role_choices(self.scenario, self.context.lang)

    def round_number(self) -> int:
        return self.ui.round_shown.value()

    def cast_by_role(self, round_number: int) -> dict[str, list[str]]:
        if not self.scenario:
            return {}
        by_key = cast_by_role(
            self.casting.get(round_number, {}),
            self.scenario.role_keys,
            self.scenario.observer_keys,
        )
        return {role: [self.names.get(k, k) for k in keys] for role, keys in by_key.items()}

    def _show_round(self) -> None:
        rows = []
        if self.scenario:
            lang = self.context.lang
            by_role = self.cast_by_role(self.round_number())
            for role in self.scenario.roles:
                rows.append((role.name_in(lang), "", by_role.get(role.key, [])))
            for observer in self.scenario.observer_roles:
                labels = self._role_labels()
                rows.append((labels[observer.key], "", by_role.get(observer.key, [])))
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
        before = (
            (
                self.run.scenario_key,
                self.run.scenario_title,
                self.run.round_count,
                self.run.cast_from,
            )
            if self.run
            else None
        )
        rounds = self.run.round_count if self.run else scenario.rounds
        after = (
            key,
            scenario.title_in(self.context.lang),
            rounds,
            self.run.cast_from if self.run else CastFrom.PARTICIPANTS,
        )

        def apply(state) -> None:  # noqa: ANN001
            if state is None:
                self.repo.detach(activity_id)
            else:
                minutes = (self.libraries.scenario(state[0]) or scenario).round_minutes
                self.repo.choose_scenario(
                    activity_id, state[0], state[1], state[2], minutes, state[3]
                )

        self.undo_stack.push(
            ValueCommand(
                self.tr("Play “%1”").replace("%1", after[1]),
                apply,
                before,
                after,
                self._after_command,
            )
        )
        self.status.emit(self.tr("Scenario chosen: %1").replace("%1", after[1]))

    def _after_command(self) -> None:
        self.refresh()

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

    def _entries(self, casting: dict[str, str]) -> dict[str, CastEntry]:
        return {
            key: CastEntry(key, self.names.get(key, key), role) for key, role in casting.items()
        }

    def _push_casts(self, text: str, after: dict[int, dict[str, str]]) -> None:
        run_id = self.run.id
        before = {number: dict(self.casting.get(number, {})) for number in after}

        def apply(casts: dict[int, dict[str, str]]) -> None:
            self.repo.set_castings(
                run_id, {number: self._entries(cast) for number, cast in casts.items()}
            )

        self.undo_stack.push(ValueCommand(text, apply, before, after, self._refresh_cast))

    def auto_cast(self, seed: int | None = None) -> None:
        if self.run is None or self.scenario is None:
            return
        seed = random.randrange(1_000_000) if seed is None else seed
        people = [key for key, _name in self.people()]
        if not people:
            self.status.emit(self._nobody_message())
            return
        scenario = self.scenario
        casts = cast_rounds(
            people, scenario.role_keys, scenario.observer_keys, seed, self.run.round_count
        )
        self._push_casts(self.tr("Auto-cast"), casts)
        self.status.emit(
            self.tr("Cast %1 for %2 rounds.")
            .replace("%1", str(len(people)))
            .replace("%2", str(self.run.round_count))
        )

    def _nobody_message(self) -> str:
        if self.ui.cast_from.currentData() == CastFrom.GROUPS:
            return self.tr("No groups yet: form groups on the People page first.")
        return self.tr("No participants yet: add them on the People page first.")

    def rotate_next(self) -> None:
        if self.run is None or self.scenario is None:
            return
        current = self.round_number()
        if current >= self.run.round_count:
            return
        people = [key for key, _name in self.people()]
        if not people:
            self.status.emit(self._nobody_message())
            return
        earlier = [self.casting.get(n, {}) for n in range(1, current + 1)]
        cast = rotate(
            earlier,
            people,
            self.scenario.role_keys,
            self.scenario.observer_keys,
            random.randrange(1_000_000),
        )
        self._push_casts(
            self.tr("Rotate into round %1").replace("%1", str(current + 1)), {current + 1: cast}
        )
        self.ui.round_shown.setValue(current + 1)

    def cast_by_hand(self, person_key: str, round_number: int, role_key: str) -> None:
        if self.scenario is None:
            return
        changed = recast(
            self.casting.get(round_number, {}), person_key, role_key, self.scenario.role_keys
        )
        self._push_casts(self.tr("Cast by hand"), {round_number: changed})

    def round_cast(self) -> RoundCast | None:
        """The shown round's casting, for its role cards and observer sheets."""
        if self.scenario is None or self.session_id is None:
            return None
        number = self.round_number()
        return RoundCast(self.session_id, self.scenario, number, self.cast_by_role(number))

    def projector_sections(self) -> tuple[str, Sections]:
        lang = self.context.lang
        by_role = self.cast_by_role(self.round_number())
        sections = [
            (role.name_in(lang), by_role.get(role.key) or ["—"]) for role in self.scenario.roles
        ]
        sections += [
            (observer.name_in(lang), by_role.get(observer.key) or ["—"])
            for observer in self.scenario.observer_roles
        ]
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

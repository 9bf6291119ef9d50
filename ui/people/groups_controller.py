"""The Groups tab's behaviour: which people are grouped, forming and re-shuffling, moves,
renames and group cards — each an undo command over storage.groups. The People page hands it
the tab, the participants model, the stores and the undo stack, and listens to its status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from facilitation.documents.group_cards import CardGroup, CardLayout, CardMember, write_group_cards
from facilitation.forming_ahead import FormingAhead
from facilitation.group_formation import GroupFormation, default_group_name, group_name_problem
from facilitation.groups import GroupingError, GroupPlan, Member, form_groups
from facilitation.participants import Participant
from facilitation.session import Session
from storage.agenda import AgendaRepository
from storage.groups import GroupRepository
from ui.common.file_dialogs import PRINTOUTS, ask_save_path
from ui.people.commands import FormGroupsCommand, MoveMemberCommand, RenameGroupCommand
from ui.people.dialogs import PrintOptionsDialog
from ui.people.form_groups_dialog import FORM_AHEAD_AFTER_MS, FormGroupsDialog, reshuffled
from ui.people.groups_tab import GroupsTab
from ui.people.labels import grouping_message, participant_problem_message
from ui.people.participants_model import ParticipantsTableModel

translate = QCoreApplication.translate


class GroupsController(QObject):
    status = Signal(str)

    def __init__(
        self,
        tab: GroupsTab,
        people: ParticipantsTableModel,
        repo: GroupRepository,
        agenda: AgendaRepository,
        undo_stack: QUndoStack,
        write_pdf: Callable[[Path, Callable[[], object]], None],
        parent: QWidget,
    ) -> None:
        """people: who is listed and checked in today; write_pdf renders off the UI thread;
        parent: the page, over which the dialogs open."""
        super().__init__(parent)
        self.tab, self.people, self.repo, self.agenda = tab, people, repo, agenda
        self.undo_stack, self.write_pdf, self.parent_widget = undo_stack, write_pdf, parent
        self.session: Session | None = None
        self.formation: GroupFormation | None = None
        self._roster = _Roster([], set())
        # The next re-shuffle's plan (its seed drawn when the groups are shown), formed ahead
        # once they stay untouched a moment: forming takes turns with the window for Python's
        # lock, so it waits for a quiet one.
        self.ahead = FormingAhead()
        self._next_reshuffle: tuple[str, GroupPlan] | None = None
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(FORM_AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._form_reshuffle_ahead)
        tab.target_changed.connect(self.refresh)
        tab.form_requested.connect(self.open_form_dialog)
        tab.reshuffle_requested.connect(self.reshuffle)
        tab.print_requested.connect(self.ask_print_cards)
        tab.move_requested.connect(self.move_member)
        tab.rename_requested.connect(self.rename_group)

    # -- showing -------------------------------------------------------------------------------

    def open_session(self, session: Session) -> None:
        self.session = session
        targets: list[tuple[str | None, str]] = [
            (None, translate("GroupsTab", "The whole session"))
        ]
        titles = self.agenda.titles(session.id)  # one light query, not one per day
        for number, day in enumerate(session.days, start=1):
            for activity_id, title in titles.get(day.id, ()):
                label = (
                    translate("GroupsTab", "Day %1 · %2")
                    .replace("%1", str(number))
                    .replace("%2", title)
                )
                targets.append((activity_id, label))
        self.tab.set_targets(targets, self.tab.target())
        self.refresh()

    def clear(self) -> None:
        self.session = None
        self.formation = None
        self._ahead_timer.stop()
        self.ahead.forget()
        self.tab.set_targets([], None)
        self.tab.show_formation(None, {}, 0, "")

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.formation = self.repo.current(session.id, self.tab.target())
        if self.tab.isHidden():
            # Another tab is in front: the group cards (50 of them for 500 people) are drawn
            # when the Groups tab is chosen, which refreshes again.
            return
        people = self._current_roster().by_id
        history = self.repo.formation_count(session.id)
        formed = _local_time(self.formation.created_at) if self.formation else ""
        self.tab.show_formation(self.formation, people, history, formed)
        if self.formation is not None:
            self._ahead_timer.start()

    def activity_targets(self) -> list[tuple[str, str]]:
        return [
            (self.tab.target_combo.itemData(i), self.tab.target_combo.itemText(i))
            for i in range(1, self.tab.target_combo.count())
        ]

    def present_people(self) -> tuple[list[Participant], bool]:
        """Who is grouped: those checked in today; everyone while nobody is checked in yet."""
        roster = self._current_roster()
        return list(roster.grouped), roster.checked

    def _current_roster(self) -> _Roster:
        """The list as the people model has it; made again only when it changed."""
        people, present = self.people.participants(), self.people.present_ids()
        if not self._roster.holds(people, present):
            self._roster = _Roster(people, present)
        return self._roster

    # -- forming -------------------------------------------------------------------------------

    def open_form_dialog(self) -> None:
        session = self.session
        if session is None:
            return
        people, checked = self.present_people()
        note = (
            translate("GroupsTab", "Only the %1 people checked in today are grouped.").replace(
                "%1", str(len(people))
            )
            if checked
            else translate(
                "GroupsTab",
                "Nobody is checked in for this day yet: everyone on the list is grouped.",
            )
        )
        last = self.formation or self._latest_formation()
        self._ahead_timer.stop()  # the dialog forms its own plan ahead
        dialog = FormGroupsDialog(
            people,
            self.activity_targets(),
            self.repo.earlier_groupings(session.id),
            reshuffled(last.plan) if last else None,
            self.tab.target(),
            note,
            self.parent_widget,
            members=self._current_roster().members(),
            ahead=self.ahead,
        )
        accepted = dialog.exec()
        dialog.deleteLater()  # its 500 people's rows: not kept under the page once closed
        if accepted and dialog.result_plan is not None:
            self.apply_formation(dialog.result_plan, dialog.result_groups, dialog.activity_id())
        elif self.formation is not None:
            self._ahead_timer.start()  # the re-shuffle again

    def _latest_formation(self) -> GroupFormation | None:
        history = self.repo.history(self.session.id)
        return history[-1] if history else None

    def form(self, plan: GroupPlan, activity_id: str | None = None) -> bool:
        """Form groups of the people present with this plan; False (and a message) if it
        cannot be done."""
        members = self._current_roster().members()
        earlier = self.repo.earlier_groupings(self.session.id) if plan.avoid_repeats else []
        groups = self.ahead.take(members, plan, earlier)
        try:
            if groups is None:  # nothing formed ahead for this: formed now
                groups = form_groups(members, plan, earlier=earlier)
        except GroupingError as error:
            self.status.emit(grouping_message(error.key))
            return False
        self.apply_formation(plan, groups, activity_id)
        return True

    def apply_formation(
        self, plan: GroupPlan, groups: list[list[str]], activity_id: str | None
    ) -> None:
        session = self.session
        language = str(session.report_language)
        names = [default_group_name(n, language) for n in range(1, len(groups) + 1)]
        if activity_id != self.tab.target():
            self.tab.target_combo.blockSignals(True)
            self.tab.target_combo.setCurrentIndex(
                max(0, self.tab.target_combo.findData(activity_id))
            )
            self.tab.target_combo.blockSignals(False)
        self.undo_stack.push(
            FormGroupsCommand(self.repo, self.refresh, session.id, activity_id, plan, groups, names)
        )
        self.status.emit(
            translate("GroupsTab", "Formed %1 groups (seed %2).")
            .replace("%1", str(len(groups)))
            .replace("%2", str(plan.seed))
        )

    def reshuffle(self) -> None:
        if self.formation is not None:
            self.form(self._reshuffle_plan(self.formation), self.formation.activity_id)

    def _reshuffle_plan(self, formation: GroupFormation) -> GroupPlan:
        """The plan of formation with a new seed, drawn once per formation shown: the one
        formed ahead is the one the Re-shuffle button forms."""
        if self._next_reshuffle is None or self._next_reshuffle[0] != formation.id:
            self._next_reshuffle = (formation.id, reshuffled(formation.plan))
        return self._next_reshuffle[1]

    def _form_reshuffle_ahead(self) -> None:
        """Form the next re-shuffle while the groups are looked at (nothing when the tab is
        not on screen or nobody could be grouped)."""
        formation, session = self.formation, self.session
        if formation is None or session is None or not self.tab.isVisible():
            return
        plan = self._reshuffle_plan(formation)
        earlier = self.repo.earlier_groupings(session.id) if plan.avoid_repeats else []
        self.ahead.start(self._current_roster().members(), plan, earlier)

    # -- adjusting -----------------------------------------------------------------------------

    def move_member(self, participant_id: str, group_id: str) -> None:
        if self.formation is None:
            return
        current = self.formation.group_of(participant_id)
        if current is not None and current.id == group_id:
            return
        person = next((p for p in self.people.participants() if p.id == participant_id), None)
        if person is None:
            return
        self.undo_stack.push(
            MoveMemberCommand(
                self.repo, self.refresh, self.formation.id, participant_id, person.name, group_id
            )
        )

    def rename_group(self, group_id: str, name: str) -> None:
        if self.formation is None:
            return
        group = next((g for g in self.formation.groups if g.id == group_id), None)
        if group is None:
            return
        if not name:
            name, accepted = QInputDialog.getText(
                self.parent_widget,
                translate("GroupsTab", "Rename group"),
                translate("GroupsTab", "Group name"),
                QLineEdit.EchoMode.Normal,
                group.name,
            )
            if not accepted:
                return
        name = name.strip()
        problem = group_name_problem(name)
        if problem:
            self.status.emit(participant_problem_message(problem))
            return
        if name != group.name:
            self.undo_stack.push(RenameGroupCommand(self.repo, self.refresh, group_id, name))

    # -- printing ------------------------------------------------------------------------------

    def ask_print_cards(self) -> None:
        if self.formation is None:
            return
        options = PrintOptionsDialog(
            translate("GroupsTab", "Print group cards"),
            str(self.session.report_language),
            with_layout=True,
            parent=self.parent_widget,
        )
        if not options.exec():
            return
        path = ask_save_path(
            self.parent_widget,
            PRINTOUTS,
            translate("GroupsTab", "Save group cards"),
            "kelompok.pdf",
            translate("GroupsTab", "PDF (*.pdf)"),
        )
        if path:
            self.print_cards(Path(path), options.language(), options.card_layout())

    def print_cards(self, path: Path, language: str, layout: CardLayout) -> None:
        people = {p.id: p for p in self.people.participants()}
        groups = [
            CardGroup(
                group.name,
                [
                    CardMember(people[pid].name, people[pid].institution)
                    for pid in group.member_ids
                    if pid in people
                ],
            )
            for group in self.formation.groups
        ]
        title = self.session.title
        subtitle = self.tab.target_combo.currentText() if self.tab.target() else ""
        self.write_pdf(
            path, lambda: write_group_cards(path, title, groups, language, layout, subtitle)
        )


class _Roster:
    """What forming groups needs of the participant list: who is grouped, as Members (built
    once per list: 500 of them at every re-shuffle were a tenth of forming), and everyone by
    id for the board. Compared with the list itself (the same Participant objects while the
    list is not reloaded), so a changed list or check-in makes a new one."""

    def __init__(self, people: list[Participant], present: set[str]) -> None:
        self.people, self.present = people, present
        self.checked = bool(present)
        self.grouped = [p for p in people if p.id in present] if present else people
        self.by_id = {p.id: p for p in people}
        self._members: list[Member] | None = None

    def holds(self, people: list[Participant], present: set[str]) -> bool:
        return present == self.present and people == self.people

    def members(self) -> list[Member]:
        if self._members is None:
            self._members = [
                Member(p.id, p.institution, str(p.gender), p.position) for p in self.grouped
            ]
        return list(self._members)


def _local_time(stamp: str) -> str:
    moment = datetime.fromisoformat(stamp).astimezone()
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")

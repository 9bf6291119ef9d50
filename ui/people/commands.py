"""Undoable edits of participants and groups. Each command calls the same storage function as
the plain action; every redo and undo is one transaction, saved at once."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from storage.attendance import AttendanceRepository
from storage.groups import GroupRepository
from storage.participants import ParticipantRepository

translate = QCoreApplication.translate

Refresh = Callable[[], None]


class AddParticipantCommand(QUndoCommand):
    def __init__(
        self, repo: ParticipantRepository, refresh: Refresh, session_id: str, person: Participant
    ) -> None:
        super().__init__(translate("PeopleCommands", "Add “%1”").replace("%1", person.name))
        self.repo, self.refresh = repo, refresh
        self.session_id, self.person = session_id, person

    def redo(self) -> None:
        self.repo.add(self.session_id, self.person)
        self.refresh()

    def undo(self) -> None:
        self.repo.move_to_trash([self.person.id])
        self.refresh()


class RemoveParticipantsCommand(QUndoCommand):
    def __init__(self, repo: ParticipantRepository, refresh: Refresh, people: list[Participant]):
        text = (
            translate("PeopleCommands", "Remove “%1”").replace("%1", people[0].name)
            if len(people) == 1
            else translate("PeopleCommands", "Remove %1 participants").replace(
                "%1", str(len(people))
            )
        )
        super().__init__(text)
        self.repo, self.refresh = repo, refresh
        self.ids = [person.id for person in people]

    def redo(self) -> None:
        self.repo.move_to_trash(self.ids)
        self.refresh()

    def undo(self) -> None:
        self.repo.restore(self.ids)
        self.refresh()


class EditParticipantCommand(QUndoCommand):
    def __init__(
        self, repo: ParticipantRepository, refresh: Refresh, before: Participant, after: Participant
    ) -> None:
        super().__init__(translate("PeopleCommands", "Edit “%1”").replace("%1", before.name))
        self.repo, self.refresh = repo, refresh
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def redo(self) -> None:
        # Only the fields this edit changed: newer values of the others (a merge) stay.
        self.repo.update(copy.deepcopy(self.after), before=self.before)
        self.refresh()

    def undo(self) -> None:
        self.repo.update(copy.deepcopy(self.before), before=self.after)
        self.refresh()


class ImportRosterCommand(QUndoCommand):
    """Undo of an import sends the imported people to the trash; redo brings them back.

    stored: the sheet was already written (by an operation off the UI thread), so the first
    redo, when the command is pushed, only shows it."""

    def __init__(
        self,
        repo: ParticipantRepository,
        refresh: Refresh,
        session_id: str,
        people: list[Participant],
        stored: bool = False,
    ) -> None:
        super().__init__(
            translate("PeopleCommands", "Import %1 participants").replace("%1", str(len(people)))
        )
        self.repo, self.refresh = repo, refresh
        self.session_id, self.people = session_id, people
        self.imported = stored
        self._shown_once = not stored

    def redo(self) -> None:
        if not self._shown_once:
            self._shown_once = True
        elif self.imported:
            self.repo.restore([person.id for person in self.people])
        else:
            self.repo.import_roster(self.session_id, self.people)
            self.imported = True
        self.refresh()

    def undo(self) -> None:
        self.repo.move_to_trash([person.id for person in self.people])
        self.refresh()


class FormGroupsCommand(QUndoCommand):
    """A new formation; the one before stays in the history. Undo trashes the new one, so the
    previous groups are current again."""

    def __init__(
        self,
        repo: GroupRepository,
        refresh: Refresh,
        session_id: str,
        activity_id: str | None,
        plan: GroupPlan,
        groups: list[list[str]],
        names: list[str],
    ) -> None:
        super().__init__(
            translate("PeopleCommands", "Form %1 groups").replace("%1", str(len(groups)))
        )
        self.repo, self.refresh = repo, refresh
        self.session_id, self.activity_id = session_id, activity_id
        self.plan, self.groups, self.names = plan, groups, names
        self.formation_id: str | None = None

    def redo(self) -> None:
        if self.formation_id is None:
            formation = self.repo.save_formation(
                self.session_id, self.plan, self.groups, self.names, self.activity_id
            )
            self.formation_id = formation.id
        else:
            self.repo.restore(self.formation_id)
        self.refresh()

    def undo(self) -> None:
        self.repo.move_to_trash(self.formation_id)
        self.refresh()


class MoveMemberCommand(QUndoCommand):
    def __init__(
        self,
        repo: GroupRepository,
        refresh: Refresh,
        formation_id: str,
        participant_id: str,
        name: str,
        target_group_id: str,
    ) -> None:
        super().__init__(
            translate("PeopleCommands", "Move “%1” to another group").replace("%1", name)
        )
        self.repo, self.refresh = repo, refresh
        self.formation_id, self.participant_id = formation_id, participant_id
        self.target = target_group_id
        self.source: str | None = None

    def redo(self) -> None:
        self.source = self.repo.move_member(self.formation_id, self.participant_id, self.target)
        self.refresh()

    def undo(self) -> None:
        if self.source is None:
            self.repo.remove_member(self.formation_id, self.participant_id)
        else:
            self.repo.move_member(self.formation_id, self.participant_id, self.source)
        self.refresh()


class RenameGroupCommand(QUndoCommand):
    def __init__(self, repo: GroupRepository, refresh: Refresh, group_id: str, name: str) -> None:
        super().__init__(translate("PeopleCommands", "Rename group to “%1”").replace("%1", name))
        self.repo, self.refresh = repo, refresh
        self.group_id, self.name = group_id, name
        self.old_name = ""

    def redo(self) -> None:
        self.old_name = self.repo.rename_group(self.group_id, self.name)
        self.refresh()

    def undo(self) -> None:
        self.repo.rename_group(self.group_id, self.old_name)
        self.refresh()


class AttendanceCommand(QUndoCommand):
    """Check one person in (or mark them absent) for one day; undo puts the other state back."""

    def __init__(
        self,
        repo: AttendanceRepository,
        show: Callable[[str, str, bool], None],
        participant_id: str,
        day_id: str,
        present: bool,
        name: str,
    ) -> None:
        text = (
            translate("PeopleCommands", "Check in “%1”")
            if present
            else translate("PeopleCommands", "Mark “%1” absent")
        )
        super().__init__(text.replace("%1", name))
        self.repo, self.show = repo, show
        self.participant_id, self.day_id, self.present = participant_id, day_id, present

    def redo(self) -> None:
        self.repo.set_present(self.participant_id, self.day_id, self.present)
        self.show(self.participant_id, self.day_id, self.present)

    def undo(self) -> None:
        self.repo.set_present(self.participant_id, self.day_id, not self.present)
        self.show(self.participant_id, self.day_id, not self.present)

"""Undoable agenda edits. Each command calls the same storage function as the plain action,
and every redo/undo is saved at once (one transaction each)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitation.activity import Activity
from storage.agenda import AgendaRepository

translate = QCoreApplication.translate


Refresh = Callable[[str, str | None], None]  # (day id, activity id to select)


class AddActivityCommand(QUndoCommand):
    def __init__(
        self,
        repo: AgendaRepository,
        refresh: Refresh,
        day_id: str,
        activity: Activity,
        index: int,
    ) -> None:
        super().__init__(translate("AgendaCommands", "Add “%1”").replace("%1", activity.title))
        self.repo, self.refresh = repo, refresh
        self.day_id, self.activity, self.index = day_id, activity, index

    def redo(self) -> None:
        self.repo.insert(self.day_id, self.activity, self.index)
        self.refresh(self.day_id, self.activity.id)

    def undo(self) -> None:
        self.repo.move_to_trash(self.activity.id)
        self.refresh(self.day_id, None)


class RemoveActivityCommand(QUndoCommand):
    def __init__(
        self, repo: AgendaRepository, refresh: Refresh, day_id: str, activity: Activity
    ) -> None:
        super().__init__(translate("AgendaCommands", "Remove “%1”").replace("%1", activity.title))
        self.repo, self.refresh = repo, refresh
        self.day_id, self.activity = day_id, activity
        self.index = 0

    def redo(self) -> None:
        self.index = self.repo.move_to_trash(self.activity.id)
        self.refresh(self.day_id, None)

    def undo(self) -> None:
        self.repo.restore(self.activity.id, self.day_id, self.index)
        self.refresh(self.day_id, self.activity.id)


class MoveActivityCommand(QUndoCommand):
    def __init__(
        self,
        repo: AgendaRepository,
        refresh: Refresh,
        day_id: str,
        activity_id: str,
        source: int,
        target: int,
    ) -> None:
        super().__init__(translate("AgendaCommands", "Move activity"))
        self.repo, self.refresh = repo, refresh
        self.day_id, self.activity_id = day_id, activity_id
        self.source, self.target = source, target

    def redo(self) -> None:
        self.repo.move(self.day_id, self.activity_id, self.target)
        self.refresh(self.day_id, self.activity_id)

    def undo(self) -> None:
        self.repo.move(self.day_id, self.activity_id, self.source)
        self.refresh(self.day_id, self.activity_id)


class EditActivityCommand(QUndoCommand):
    """Replace an activity's fields; consecutive edits of one field merge into one undo step."""

    ID = 1001

    def __init__(
        self,
        repo: AgendaRepository,
        refresh: Refresh,
        day_id: str,
        before: Activity,
        after: Activity,
        field_name: str,
    ) -> None:
        super().__init__(translate("AgendaCommands", "Edit “%1”").replace("%1", before.title))
        self.repo, self.refresh = repo, refresh
        self.day_id = day_id
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)
        self.field_name = field_name

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditActivityCommand):
            return False
        if other.after.id != self.after.id or other.field_name != self.field_name:
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        # Only the fields this edit changed: newer values of the others (a merge) stay.
        self.repo.update(copy.deepcopy(self.after), before=self.before)
        self.refresh(self.day_id, self.after.id)

    def undo(self) -> None:
        self.repo.update(copy.deepcopy(self.before), before=self.after)
        self.refresh(self.day_id, self.before.id)

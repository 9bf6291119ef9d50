"""Committing an imported roster: the whole sheet is written off the UI thread (a StoreOp on a
connection of its own, one transaction: everyone or nobody), then an undo step is pushed that
already knows the people are stored, so Ctrl+Z sends them to the trash and Ctrl+Shift+Z brings
them back. A thousand-line sheet from a large office never freezes the window while it is written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitation.participants import Participant, ParticipantError
from storage.participants import ParticipantRepository
from ui.common.changes import Changes
from ui.common.context import AppContext
from ui.common.operations import OpResult, StoreOp, generic_failure_text
from ui.people.commands import ImportRosterCommand
from ui.people.labels import participant_problem_message


def _describe(error: Exception) -> str:
    if isinstance(error, ParticipantError):
        return participant_problem_message(str(error.args[0]))
    return generic_failure_text(error)


class RosterCommit(QObject):
    """Writes a checked roster into the open session and makes it one undo step."""

    status = Signal(str)
    finished = Signal(int)  # how many people were stored; 0 when the import failed

    def __init__(
        self,
        app: AppContext,
        undo_stack: QUndoStack,
        refresh: Callable[[], None],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self.app, self.undo_stack, self.refresh, self.page = app, undo_stack, refresh, page

    def start(self, session_id: str, people: list[Participant]) -> None:
        def work(db, _progress) -> OpResult:  # noqa: ANN001
            ParticipantRepository(db).import_roster(session_id, people)
            return OpResult(len(people), Changes(session_id=session_id, people=True))

        def stored(count: int) -> None:
            self.page.unsetCursor()
            self.undo_stack.push(
                ImportRosterCommand(
                    self.app.participants, self.refresh, session_id, people, stored=True
                )
            )
            self.status.emit(
                self.tr("Imported %1 participants. Undo with Ctrl+Z.").replace("%1", str(count))
            )
            self.finished.emit(count)

        def failed(message: str) -> None:
            self.page.unsetCursor()
            self.status.emit(self.tr("Nobody was imported: %1").replace("%1", message))
            self.finished.emit(0)

        self.page.setCursor(Qt.CursorShape.BusyCursor)
        StoreOp(
            parent=self.page,
            context=self.app,
            work=work,
            success=stored,
            label=f"importing {len(people)} participants",
        ).failure(failed, describe=_describe).run()

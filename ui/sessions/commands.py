"""Undo for the sessions list: moving a session to the trash is one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from storage.sessions import SessionRepository

translate = QCoreApplication.translate


class TrashSessionCommand(QUndoCommand):
    """redo moves the session to the trash, undo brings it back into the list; shown(id) then
    lists the sessions again (selecting the one brought back)."""

    def __init__(
        self,
        sessions: SessionRepository,
        session_id: str,
        title: str,
        shown: Callable[[str | None], None],
    ) -> None:
        super().__init__(
            translate("SessionsCommands", "Move “%1” to the trash").replace("%1", title)
        )
        self.sessions, self.session_id, self.shown = sessions, session_id, shown

    def redo(self) -> None:
        self.sessions.move_to_trash(self.session_id)
        self.shown(None)

    def undo(self) -> None:
        self.sessions.restore(self.session_id)
        self.shown(self.session_id)

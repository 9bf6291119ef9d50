"""What an operation changed, and the one signal that tells every page.

In the spirit of Anki's OpChanges: an operation (ui/common/operations.py) or an edit returns a
small Changes value; the context's ChangeHub emits it once and each page refreshes only what
concerns it, instead of every page reading the whole session again.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """Which parts of the store an action changed; session_id None means any session."""

    session_id: str | None = None
    sessions: bool = False  # the list of sessions or a session's details (title, days)
    agenda: bool = False  # days and activities
    people: bool = False  # participants, attendance, groups
    methods: bool = False  # role plays, cases, games, the method library's own items
    notes: bool = False  # notes and the records captured from the room
    run: bool = False  # the run's timers and log

    @classmethod
    def all(cls, session_id: str | None = None) -> Changes:
        """Everything about one session (or every session): e.g. after a bundle was merged."""
        flags = {f.name: True for f in fields(cls) if f.name != "session_id"}
        return cls(session_id=session_id, **flags)

    def concerns(self, session_id: str | None) -> bool:
        """Whether a page showing session_id should look at this change at all."""
        return self.session_id is None or self.session_id == session_id

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "session_id")


class ChangeHub(QObject):
    """Carries every Changes value to every page that listens."""

    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)

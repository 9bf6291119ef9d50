"""What the note boxes of one window share: the kind and the group being captured, and the
activity the run last moved to.

The Run page and the Notes page each hold a capture panel; both are handed this one object (by
the session context), so choosing "Decision" and "Kelompok 2" on one is what the other shows.
When the run moves to another activity the group goes back to the whole room (groups belong to
an activity) and every panel says which activity it now captures for; the kind stays.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitation.notes import NoteKind


class CaptureState(QObject):
    kind_changed = Signal(object)  # NoteKind
    group_changed = Signal(str)  # "" is the whole room
    followed = Signal(str, str)  # activity id, title: the run moved on to it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = NoteKind.IDEA
        self.group = ""
        self.activity_id: str | None = None  # as the run last moved to it

    def set_kind(self, kind: NoteKind) -> None:
        kind = NoteKind(kind)
        if kind != self.kind:
            self.kind = kind
            self.kind_changed.emit(kind)

    def set_group(self, group: str) -> None:
        group = group.strip()
        if group != self.group:
            self.group = group
            self.group_changed.emit(group)

    def follow(self, activity_id: str | None, title: str) -> bool:
        """The run is on activity_id now: the whole room again, and every panel says so.
        Nothing happens for the activity already followed, or for none (between activities
        the boxes keep what they had)."""
        if activity_id is None or activity_id == self.activity_id:
            return False
        self.activity_id = activity_id
        self.set_group("")
        self.followed.emit(activity_id, title)
        return True

    def reset(self) -> None:
        """Another session (or none): start from an idea for the whole room, following nothing."""
        self.activity_id = None
        self.set_kind(NoteKind.IDEA)
        self.set_group("")

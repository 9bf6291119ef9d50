"""Undoable method edits: one command type that applies a before/after value through the same
storage function as the plain action, then refreshes the tab that made the change."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand


class StoreCommand(QUndoCommand):
    """redo() stores `after`, undo() stores `before`, each through `apply` (one transaction).

    Consecutive commands with the same merge_key (typing in one notes box, scoring one cell)
    merge into a single undo step.
    """

    ID = 5005

    def __init__(
        self,
        text: str,
        apply: Callable[[Any], None],
        before: Any,
        after: Any,
        refresh: Callable[[], None],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.apply, self.refresh = apply, refresh
        self.before, self.after = before, after
        self.merge_key = merge_key

    def id(self) -> int:
        return self.ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StoreCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.apply(self.after)
        self.refresh()

    def undo(self) -> None:
        self.apply(self.before)
        self.refresh()

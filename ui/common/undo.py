"""The two shapes of undoable store edit the pages push onto the undo stack.

Each calls the same storage function as the plain action (one transaction), then refreshes
the view that made the change; redo after undo writes again.
- CallbackCommand: do() and undo() are two calls (add a note / remove it again).
- ValueCommand: one apply(value) stores `after` on redo and `before` on undo (a score, a cast).
Consecutive commands with the same merge_key (typing in one box, one cell) merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand


class CallbackCommand(QUndoCommand):
    """A change made by do() and taken back by undo(); after() refreshes the views."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[], None] | None = None,
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._do()
        if self._after:
            self._after()

    def undo(self) -> None:
        self._undo()
        if self._after:
            self._after()

    def id(self) -> int:
        # Repeated edits of one cell (same merge_key) collapse into one undo step.
        return 2001 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CallbackCommand) or other.merge_key != self.merge_key:
            return False
        self._do = other._do  # keep our undo (the state before the first edit)
        return True


class ValueCommand(QUndoCommand):
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
        if not isinstance(other, ValueCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.apply(self.after)
        self.refresh()

    def undo(self) -> None:
        self.apply(self.before)
        self.refresh()

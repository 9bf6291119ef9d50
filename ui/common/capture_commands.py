"""Undo commands for the capture area.

Each command calls the same storage function as the plain action, then tells the page what
changed so the view refreshes only that; redo after undo writes again (one transaction each).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class StoreCommand(QUndoCommand):
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
        if not isinstance(other, StoreCommand) or other.merge_key != self.merge_key:
            return False
        self._do = other._do  # keep our undo (the state before the first edit)
        return True

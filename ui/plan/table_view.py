"""The agenda's table: keys that move and remove activities."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class AgendaTableView(QTableView):
    """Ctrl+Up/Down move the selected activity, Delete removes it."""

    move_requested = Signal(int)  # step
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else +1)
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)

"""The run console's keys on the projector window too.

A facilitator who clicked on the projector window (or whose laptop gave it the focus when it
went full screen) still presses Space, N, +, B, ... and expects the run to follow. The run
console's shortcuts belong to the main window, so an event filter on the projector window
hands each key press to the console shortcut bound to it. F11 and Esc stay the projector's
own (full screen on/off).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

_PROJECTOR_OWN = (Qt.Key.Key_F11, Qt.Key.Key_Escape)


class ProjectorKeys(QObject):
    """Installed on the projector window; forwards key presses to the run console's shortcuts.

    message is the projector box's message field: M puts the focus there, and typing needs
    its window in front. The presenter view (ui/run/presenter.py) uses it too, keeping F7, Esc
    and M (its own message field) for itself.
    """

    def __init__(
        self,
        projector: QWidget,
        shortcuts: list[QShortcut],
        message: QLineEdit,
        parent: QObject | None = None,
        own: tuple[Qt.Key, ...] = _PROJECTOR_OWN,
    ) -> None:
        super().__init__(parent)
        self.own = own  # keys the window keeps for itself
        self.projector = projector
        self.shortcuts = shortcuts
        self.message = message
        projector.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.forward(event):
            return True
        return super().eventFilter(watched, event)

    def forward(self, event: QKeyEvent) -> bool:
        """Run the console's shortcut for this key; False when the key is not one of them."""
        if event.key() in self.own:
            return False
        shortcut = self.shortcut_for(event)
        if shortcut is None or (event.isAutoRepeat() and not shortcut.autoRepeat()):
            return False
        shortcut.activated.emit()
        window = self.message.window()  # the console's window, where the message is typed
        if window.focusWidget() is self.message:
            # M: typing a message needs the console's window in front.
            window.activateWindow()
            window.raise_()
        return True

    def shortcut_for(self, event: QKeyEvent) -> QShortcut | None:
        shortcuts = [s for s in self.shortcuts if s.isEnabled()]
        modifiers = event.modifiers()
        wanted = [QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))]
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            # "+" is Shift+= on most keyboards: as with window shortcuts, an exact binding
            # ("Shift++") wins, else the key without Shift ("+").
            plain = modifiers & ~Qt.KeyboardModifier.ShiftModifier
            wanted.append(QKeySequence(QKeyCombination(plain, Qt.Key(event.key()))))
        for sequence in wanted:
            for shortcut in shortcuts:
                if shortcut.key().matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                    return shortcut
        return None

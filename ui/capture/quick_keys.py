"""The capture panel's quick keys, wherever the focus is inside it: Ctrl+digit picks a group,
Alt+digit a kind, Ctrl+T/K/L go to the tags, the speaker and the activity."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit

from facilitation.notes import NoteKind
from ui.capture.fields import TagField

KINDS = tuple(NoteKind)  # Alt+1 .. Alt+8, in this order
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_CONTROL, _ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
_JUMPS = (Qt.Key.Key_T, Qt.Key.Key_K, Qt.Key.Key_L)
_SHORTCUT_OVERRIDE, _KEY_PRESS = QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress


class Capturing(Protocol):
    """What the keys act on: the capture panel (ui.capture.panel imports this module)."""

    tag_field: TagField
    speaker_edit: QLineEdit
    activity_combo: QComboBox

    def pick_group(self, number: int) -> None: ...

    def set_kind(self, kind: NoteKind) -> None: ...


class QuickKeys(QObject):
    """An event filter on the panel and every widget in it."""

    def __init__(self, panel: Capturing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every widget in the panel (paints, layouts) passes here: the others
        # leave at the first test.
        kind = event.type()
        if kind is _SHORTCUT_OVERRIDE:
            if _is_quick_key(event):
                event.accept()  # ours, not a window shortcut's: it arrives as a key press
                return True
        elif kind is _KEY_PRESS:
            return self._quick_key(event)
        return False

    def _quick_key(self, event: QKeyEvent) -> bool:
        panel = self.panel
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == _CONTROL and key in DIGITS:
            panel.pick_group(DIGITS[key])
        elif modifiers == _ALT and key in DIGITS and 1 <= DIGITS[key] <= len(KINDS):
            panel.set_kind(KINDS[DIGITS[key] - 1])
        elif modifiers == _CONTROL and key == Qt.Key.Key_T:
            panel.tag_field.edit.setFocus()
        elif modifiers == _CONTROL and key == Qt.Key.Key_K:
            panel.speaker_edit.setFocus()
        elif modifiers == _CONTROL and key == Qt.Key.Key_L:
            panel.activity_combo.setFocus()
            panel.activity_combo.showPopup()
        else:
            return False
        return True


def _is_quick_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() in DIGITS:
        return modifiers in (_CONTROL, _ALT)
    return modifiers == _CONTROL and event.key() in _JUMPS

"""+/− on the timer by the character typed, as the keys arrive on US, Indonesian (the same
keyboard as US) and German layouts: "+" is Shift+= on US, its own key on German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.ui.run.test_ui_run import open_run
from ui.run.shortcuts import time_change

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
ALT = Qt.KeyboardModifier.AltModifier
K = Qt.Key

# (layout, what the facilitator presses, Qt key, modifiers, text, seconds)
TYPED = [
    ("US", "Shift+= (+)", K.Key_Plus, SHIFT, "+", 60),
    ("US", "=", K.Key_Equal, NONE, "=", 60),
    ("US", "-", K.Key_Minus, NONE, "-", -60),
    ("US", "Shift+- (_)", K.Key_Underscore, SHIFT, "_", None),
    ("US", "Ctrl+=", K.Key_Equal, CTRL, "", 300),
    ("US", "Ctrl+Shift+= (+)", K.Key_Plus, CTRL | SHIFT, "", 300),
    ("US", "Ctrl+-", K.Key_Minus, CTRL, "\x1f", -300),
    ("US", "keypad +", K.Key_Plus, KEYPAD, "+", 60),
    ("US", "keypad -", K.Key_Minus, KEYPAD, "-", -60),
    ("ID", "Shift+= (+)", K.Key_Plus, SHIFT, "+", 60),
    ("ID", "-", K.Key_Minus, NONE, "-", -60),
    ("ID", "Ctrl+Shift+= (+)", K.Key_Plus, CTRL | SHIFT, "", 300),
    ("DE", "+", K.Key_Plus, NONE, "+", 60),
    ("DE", "Shift++ (*)", K.Key_Asterisk, SHIFT, "*", None),
    ("DE", "-", K.Key_Minus, NONE, "-", -60),
    ("DE", "Shift+- (_)", K.Key_Underscore, SHIFT, "_", None),
    ("DE", "Shift+0 (=)", K.Key_Equal, SHIFT, "=", 60),
    ("DE", "Ctrl++", K.Key_Plus, CTRL, "", 300),
    ("DE", "Ctrl+-", K.Key_Minus, CTRL, "", -300),
    ("DE", "AltGr+... (not ours)", K.Key_Plus, CTRL | ALT, "+", None),
]


def key_event(key, modifiers, text: str) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)


@pytest.mark.parametrize(("layout", "pressed", "key", "modifiers", "text", "seconds"), TYPED)
def test_the_character_typed_decides_the_minutes(
    layout, pressed, key, modifiers, text, seconds
) -> None:
    assert time_change(key_event(key, modifiers, text)) == seconds, (layout, pressed)


@pytest.mark.parametrize("layout", ["US", "ID", "DE"])
def test_plus_adds_one_minute_on_every_layout(qtbot, data_dir, layout) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    timer = page.controller.run.timer
    planned = timer.total_s
    for row in (row for row in TYPED if row[0] == layout):
        _layout, pressed, key, modifiers, text, seconds = row
        before = timer.total_s
        QApplication.sendEvent(page, key_event(key, modifiers, text))
        assert timer.total_s == before + (seconds or 0), pressed
    added = sum(row[5] or 0 for row in TYPED if row[0] == layout)
    assert timer.total_s == planned + added


def test_plus_typed_in_the_note_box_is_a_plus(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    timer = page.controller.run.timer
    planned = timer.total_s
    text_edit = page.capture_area.capture.text_edit
    page.capture_area.toggle_button.setChecked(True)
    QApplication.sendEvent(text_edit, key_event(K.Key_Plus, SHIFT, "+"))
    assert timer.total_s == planned
    assert "+" in text_edit.toPlainText()


def test_the_shortcut_list_says_what_the_keys_do() -> None:
    from ui.run.shortcuts import shortcut_rows

    keys = dict(shortcut_rows())
    assert "Add 1 minute" in keys["+ / ="] and keys["Ctrl + (+ / =)"] == "Add 5 minutes"
    assert not any(key.startswith("Shift + (") for key in keys)

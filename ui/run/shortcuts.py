"""The run console's keyboard: what each key does, and the help list that documents it.

Keys are plain letters so a facilitator can drive the day one-handed; they are window
shortcuts of the Run page, so they act only while that page is showing, and text fields (the
projector message) keep their typing.

The timer's +/− keys go by the character typed, not by the key: "+" is Shift+= on a US or
Indonesian keyboard and a key of its own on a German one, so a key sequence ("Shift++") would
mean five minutes on one and one minute on the other. The rule, on every layout: "+" or "="
adds one minute, "-" takes one away; Ctrl with them makes it five. Shift never changes the
amount (it only picks the character).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

translate = QCoreApplication.translate


def shortcut_rows() -> list[tuple[str, str]]:
    """The run console's keys, as the help dialog lists them."""
    return [
        ("Space", translate("RunConsole", "Start / pause / resume the timer")),
        ("N", translate("RunConsole", "Next activity (ends the one that is on)")),
        ("P", translate("RunConsole", "Previous activity")),
        ("S", translate("RunConsole", "Skip this activity")),
        ("+ / =", translate("RunConsole", "Add 1 minute (the character typed, any layout)")),
        ("-", translate("RunConsole", "Take away 1 minute")),
        ("Ctrl + (+ / =)", translate("RunConsole", "Add 5 minutes")),
        ("Ctrl + (-)", translate("RunConsole", "Take away 5 minutes")),
        ("G / Shift+G", translate("RunConsole", "Next / previous group (report-back rounds)")),
        ("F5", translate("RunConsole", "Open or close the projector window (on every page)")),
        ("F7", translate("RunConsole", "Open or close the presenter view (your own window)")),
        ("B", translate("RunConsole", "Blank the projector")),
        ("W", translate("RunConsole", "Clock / welcome slide on the projector")),
        ("M", translate("RunConsole", "Write a message for the projector")),
        ("F1 / ?", translate("RunConsole", "This list of shortcuts")),
    ]


def install_shortcuts(page) -> list[QShortcut]:  # noqa: ANN001
    """Bind the run keys on the page; each acts only when a session is open."""
    projector = page.day_column.projector_controls
    bindings = [
        (("Space",), page.controller.toggle),
        (("N",), page.controller.next),
        (("P",), page.controller.previous),
        (("S",), page.controller.skip),
        (("G",), lambda: page.controller.move_round(+1)),
        (("Shift+G",), lambda: page.controller.move_round(-1)),
        (("B",), projector.blank_button.toggle),
        (("W",), projector.slide_button.toggle),
        (("M",), projector.message.setFocus),
        (("F1", "?", "Shift+?"), page.show_shortcuts),
    ]
    shortcuts: list[QShortcut] = []
    for keys, slot in bindings:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), page)
            # Active whenever the Run page is showing (hidden pages get no shortcuts).
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda slot=slot: page._run_action(slot))
            shortcuts.append(shortcut)
    return shortcuts


_MINUTES = {"+": 1, "=": 1, "-": -1}
_KEY_CHARACTERS = {Qt.Key.Key_Plus: "+", Qt.Key.Key_Equal: "=", Qt.Key.Key_Minus: "-"}
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
_NOT_OURS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def time_change(event: QKeyEvent) -> int | None:
    """Seconds a key press adds to the timer (negative: takes away); None for other keys.

    The character typed decides; with Ctrl held (when the text is a control character or
    empty) the key Qt read for the layout stands in for it. Alt and AltGr are not ours."""
    modifiers = event.modifiers()
    if modifiers & _NOT_OURS:
        return None
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    character = event.text()
    if control or not character.isprintable() or not character:
        character = _KEY_CHARACTERS.get(Qt.Key(event.key()), "")
    minutes = _MINUTES.get(character)
    if minutes is None:
        return None
    return minutes * 60 * (5 if control else 1)


class TimeKeys(QObject):
    """+/− on the timer wherever the Run page's window, the projector or the presenter view has
    the focus, except in a text field. An application event filter, installed only while the
    page shows."""

    def __init__(self, page, projector: QWidget) -> None:  # noqa: ANN001
        super().__init__(page)
        self.page = page
        self.projector = projector

    def listen(self, on: bool) -> None:
        app = QApplication.instance()
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if isinstance(watched, _TEXT_INPUTS) or not self._ours(watched.window()):
            return False
        seconds = time_change(event)
        if seconds is None:
            return False
        self.page._run_action(lambda: self.page.controller.adjust(seconds))
        return True

    def _ours(self, window: QWidget) -> bool:
        presenter = self.page.presenter.window  # the presenter view, once it was opened
        return window in (self.page.window(), self.projector, presenter)

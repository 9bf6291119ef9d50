"""The run console's keyboard: what each key does, and the help list that documents it.

Keys are plain letters so a facilitator can drive the day one-handed; they are window
shortcuts of the Run page, so they act only while that page is showing, and text fields (the
projector message) keep their typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut

translate = QCoreApplication.translate


def shortcut_rows() -> list[tuple[str, str]]:
    """The run console's keys, as the help dialog lists them."""
    return [
        ("Space", translate("RunConsole", "Start / pause / resume the timer")),
        ("N", translate("RunConsole", "Next activity (ends the one that is on)")),
        ("P", translate("RunConsole", "Previous activity")),
        ("S", translate("RunConsole", "Skip this activity")),
        ("+ / =", translate("RunConsole", "Add 1 minute")),
        ("−", translate("RunConsole", "Take away 1 minute")),
        ("Shift + (+)", translate("RunConsole", "Add 5 minutes")),
        ("Shift + (−)", translate("RunConsole", "Take away 5 minutes")),
        ("G / Shift+G", translate("RunConsole", "Next / previous group (report-back rounds)")),
        ("F5", translate("RunConsole", "Open the projector window")),
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
        (("+", "=", "Num++"), lambda: page.controller.adjust(60)),
        (("-", "Num+-"), lambda: page.controller.adjust(-60)),
        (("Shift++", "Shift+="), lambda: page.controller.adjust(300)),
        (("Shift+-", "_", "Shift+_"), lambda: page.controller.adjust(-300)),
        (("G",), lambda: page.controller.move_round(+1)),
        (("Shift+G",), lambda: page.controller.move_round(-1)),
        (("F5",), projector.open_projector),
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

"""The run console in the theme: icons on its controls (the start button's follows the timer:
play, or pause while it runs) and the timer's digits repainted in the new theme's phase
colours when the theme changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.common.theme import set_icon, theme_manager

RUN_ICONS = {
    "previous_button": "player-skip-back",
    "next_button": "player-skip-forward",
    "skip_button": "player-track-next",
    "minus_button": "minus",
    "plus_button": "plus",
    "plus5_button": "plus",
    "reset_button": "restore",
    "settings_button": "adjustments",
    "sound_button": "volume",
    "help_button": "keyboard",
}
TOGGLE_ICONS = {"start": "player-play", "pause": "player-pause"}


class RunLook(QObject):
    """Owned by the console (ui/run/page.py), which it decorates once built."""

    def __init__(self, console: QWidget) -> None:
        super().__init__(console)
        self.console = console
        for attribute, name in RUN_ICONS.items():
            set_icon(getattr(console, attribute), name)
        self.follow_timer()
        console.controller.changed.connect(self.follow_timer)
        theme_manager().changed.connect(self.restyle)

    def follow_timer(self) -> None:
        timer = self.console.controller.run.timer if self.console.controller.run else None
        name = TOGGLE_ICONS["pause" if timer and timer.running else "start"]
        button = self.console.toggle_button
        if button.property("themeIcon") != name:
            set_icon(button, name)

    def restyle(self, _tokens: object = None) -> None:
        self.console.refresh_time()

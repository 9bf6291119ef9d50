"""The main window while screens are plugged in and out: the laptop's own screen may go too
(its lid shut, its panel dead) while the projector's stays.

Qt gives a window whose screen goes another screen but leaves it where it was, outside every
screen there is now, and a window manager may not move it either. Here the main window is put
whole on the main screen left, else on one the projector does not fill; the projector itself
steps down when one screen is all there is (ui/projector/window.py). Only screens' names are
kept: Qt destroys a QScreen right after QGuiApplication.screenRemoved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ui.projector.screens import centred, free_screen, holds
from ui.shell.window_memory import SCREEN_SHARE


class WindowScreens(QObject):
    """A child of the window it keeps on a screen; wall says which screen the projector fills
    now (None when it fills none)."""

    def __init__(self, window: QWidget, wall: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window = window
        self.wall = wall
        QGuiApplication.instance().screenRemoved.connect(self._removed)

    def _removed(self, screen: QScreen) -> None:
        if self.window.isVisible() and self.window.screen() is screen:
            # Qt moves the window to another screen after this signal: look once it has.
            QTimer.singleShot(0, self, self.keep_whole)

    def keep_whole(self) -> None:
        """Whole on a screen there is; placed anew on a free screen when it is not."""
        window = self.window
        frame = window.frameGeometry()
        screens = QGuiApplication.screens()
        if not window.isVisible() or any(holds(s.availableGeometry(), frame) for s in screens):
            return
        primary = QGuiApplication.primaryScreen()
        name = free_screen(
            [s.name() for s in screens], primary.name() if primary else "", self.wall()
        )
        target = next((s for s in screens if s.name() == name), None)
        if target is None:
            return
        maximised = window.isMaximized()
        if maximised:
            window.showNormal()
        window.setScreen(target)
        area = target.availableGeometry()
        width = min(window.width(), int(area.width() * SCREEN_SHARE))
        height = min(window.height(), int(area.height() * SCREEN_SHARE))
        window.setGeometry(centred(area, width, height))  # room left for the frame
        if maximised:
            window.showMaximized()

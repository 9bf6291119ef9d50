"""The presenter view while screens are plugged in and out (a cable pulled mid-session).

Qt moves a window whose screen goes to the main screen but leaves it where it was, outside
every screen there is now. This keeps the presenter view whole on a screen that exists, and
takes it back to the screen it was pushed off once that screen is plugged in again (unless the
projector fills it). Only screens' names are kept: Qt destroys a QScreen right after
QGuiApplication.screenRemoved.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen

from ui.projector.screens import holds


class PlacedWindow(Protocol):
    """What is used of the presenter window (ui/run/presenter.py)."""

    def isVisible(self) -> bool: ...  # noqa: N802
    def screen(self) -> QScreen: ...
    def frameGeometry(self) -> QRect: ...  # noqa: N802
    def place_on(self, target: QScreen | None) -> None: ...
    def free_screen(self) -> QScreen | None: ...
    def projector_screen(self) -> str | None: ...
    def fill_screens(self) -> None: ...


class PresenterScreens(QObject):
    """Owned by the presenter window; acts through its placing methods."""

    def __init__(self, window: PlacedWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.pushed_off = ""  # the screen it stood on when that was unplugged; "" otherwise
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._removed)
        app.screenAdded.connect(self._added)

    def _removed(self, screen: QScreen) -> None:
        window = self.window
        if window.isVisible() and window.screen() is screen:
            self.pushed_off = screen.name()
        # Qt moves the window off the screen after this signal: look once it has.
        QTimer.singleShot(0, self, self.keep_whole)

    def _added(self, screen: QScreen) -> None:
        name = screen.name()
        QTimer.singleShot(0, self, lambda: self._back_to(name))

    def keep_whole(self) -> None:
        """On a screen there is, whole; placed anew on a free screen when it is not."""
        window = self.window
        if not window.isVisible():
            return
        frame = window.frameGeometry()
        if not any(holds(s.availableGeometry(), frame) for s in QGuiApplication.screens()):
            window.place_on(window.free_screen())
        window.fill_screens()

    def _back_to(self, name: str) -> None:
        """The screen it was pushed off is back: there again, unless the projector fills it."""
        window = self.window
        back = next((s for s in QGuiApplication.screens() if s.name() == name), None)
        if window.isVisible() and back is not None and name == self.pushed_off:
            self.pushed_off = ""
            if name != window.projector_screen():
                window.place_on(back)
        self.keep_whole()

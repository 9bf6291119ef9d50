"""The run console's projector box: open the window, choose the screen, send a message,
blank the wall, show the clock/welcome slide between activities, or take another page's
casting or leaderboard down again ("Back to the timer")."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.theme import set_icons
from ui.projector.window import SCREEN_SETTING, ProjectorWindow

MAX_MESSAGE = 120


PROJECTOR_ICONS = {
    "open_button": "presentation",
    "blank_button": "eye-off",
    "slide_button": "clock",
    "release_button": "arrow-back-up",
}


class ProjectorControls(QGroupBox):
    status = Signal(str)

    def __init__(self, projector: ProjectorWindow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Projector"), parent)
        self.projector = projector  # the one wall, shared with the methods page
        self.open_button = QPushButton(self.tr("&Open projector (F5)"))
        self.open_button.clicked.connect(self.open_projector)
        self.screen_choice = QComboBox()
        self.screen_choice.setToolTip(self.tr("The screen the projector view goes to"))
        self._fill_screens()
        # Remembered at once: F5 on any page opens the wall on the screen chosen here.
        self.screen_choice.activated.connect(
            lambda: QSettings().setValue(SCREEN_SETTING, self.screen_choice.currentData())
        )
        self.message = QLineEdit()
        self.message.setMaxLength(MAX_MESSAGE)
        self.message.setPlaceholderText(self.tr("Message for the room (M), Enter sends"))
        self.message.returnPressed.connect(self.send_message)
        self.quick_buttons = []
        for text in (self.tr("5 minutes left"), self.tr("Back to the room, please")):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, t=text: self.send_message(t))
            self.quick_buttons.append(button)
        self.clear_button = QPushButton(self.tr("Clear message"))
        self.clear_button.clicked.connect(self.clear_message)
        self.blank_button = QPushButton(self.tr("&Blank (B)"))
        self.blank_button.setCheckable(True)
        self.blank_button.toggled.connect(lambda on: self.projector.set_blank(on))
        self.slide_button = QPushButton(self.tr("&Clock slide (W)"))
        self.slide_button.setCheckable(True)
        self.slide_button.toggled.connect(self._toggle_slide)
        self.slide_texts = ("", "")
        self._slide_clock = QTimer(self)
        self._slide_clock.setInterval(1000)
        self._slide_clock.timeout.connect(lambda: self.projector.update())
        self.release_button = QPushButton(self.tr("Back to the &timer"))
        self.release_button.setToolTip(
            self.tr("Take the casting or leaderboard another page put up off the projector")
        )
        self.release_button.clicked.connect(lambda: self.projector.release_claims())
        set_icons(self, PROJECTOR_ICONS)
        self.lost_label = QLabel()  # the projector's screen was unplugged (hidden otherwise)
        self.lost_label.setWordWrap(True)
        self.lost_label.setStyleSheet("font-weight: 600;")
        self.lost_label.hide()
        projector.screen_lost.connect(self._screen_lost)
        projector.presented.connect(lambda _name: self.lost_label.hide())
        projector.closed.connect(self.lost_label.hide)  # no longer waiting for its screen
        app = QGuiApplication.instance()
        # The list follows the screens plugged in and out; the screens' list is current once
        # Qt has finished with the change (QScreen objects are not kept: names only).
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

        # Four rows, not five: on a 1366x768 laptop the day column above needs the height.
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.lost_label)
        rows = (
            (self.open_button, self.screen_choice),
            (self.blank_button, self.slide_button, self.release_button),
            (self.message,),
            (*self.quick_buttons, self.clear_button),
        )
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 1)
            layout.addLayout(row)

    def _fill_screens(self) -> None:
        """The screens there are now, the one the projector goes to selected: the chosen one
        (remembered), else the projector's own pick (a secondary screen)."""
        names = ProjectorWindow.screen_names()
        self.screen_choice.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            self.screen_choice.addItem(self.screen_label(number, screen), screen.name())
        target = self.projector.screen_for()
        if target is not None and target.name() in names:
            self.screen_choice.setCurrentIndex(names.index(target.name()))
        self.screen_choice.setEnabled(len(names) > 1)

    def _screens_changed(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self, self._fill_screens)

    def _screen_lost(self, _name: str) -> None:
        text = self.tr(
            "The projector's screen was disconnected: the timer keeps running. Plug it in again"
            " to show the projector there, or press F5 to show it as a window."
        )
        self.lost_label.setText(text)
        self.lost_label.show()
        self.status.emit(text)

    def screen_label(self, number: int, screen: QScreen) -> str:
        """'Screen 2 · 1920×1080 (EPSON Projector)': what a facilitator recognises, not the
        system's connector name (HDMI-1, DISPLAY2)."""
        size = screen.size()
        label = (
            self.tr("Screen %1 · %2×%3")
            .replace("%1", str(number))
            .replace("%2", str(size.width()))
            .replace("%3", str(size.height()))
        )
        maker = " ".join(part for part in (screen.manufacturer(), screen.model()) if part)
        if maker.strip():
            label += f" ({maker.strip()})"
        if screen == QGuiApplication.primaryScreen():
            label += self.tr(" — main screen")
        return label

    def open_projector(self) -> None:
        self._fill_screens()
        self.projector.present()  # a choice in the box was remembered when made
        if self.screen_choice.count() <= 1:
            self.status.emit(
                self.tr("One screen only: the projector view opens as a window (F11: full screen).")
            )

    def send_message(self, text: str | None = None) -> None:
        text = (self.message.text() if text is None else text).replace("\x00", "").strip()
        if text:
            self.projector.show_message(text[:MAX_MESSAGE])
            self.status.emit(self.tr("Shown on the projector: %1").replace("%1", text))

    def clear_message(self) -> None:
        self.message.clear()
        self.projector.clear_message()

    def set_slide_texts(self, title: str, subtitle: str) -> None:
        self.slide_texts = (title, subtitle)
        if self.projector.slide is not None:
            self.projector.show_slide(title, subtitle)

    def _toggle_slide(self, on: bool) -> None:
        if on:
            self.projector.show_slide(*self.slide_texts)
            self._slide_clock.start()
        else:
            self.projector.clear_slide()
            self._slide_clock.stop()

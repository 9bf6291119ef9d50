"""The presenter view: the facilitator's own window on a second, laptop-side screen.

As the presenter views of PowerPoint, OnlyT or Ontime, it shows what the room does not see:
the countdown with its phase colour, the time of day, how late the day runs and when it will
end, what comes next, the message on the wall, the activity's notes and the report-back round.
Its buttons act through the run controller and the Run page's projector box, so the Run page,
the projector and this window always show the same run. It is not the projector: both can be
open at once, on different screens. Opened from the Run page (button, View menu, F7); it
remembers its screen and geometry, and closes with the session and with the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QMoveEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitation.library import Library
from facilitation.timer import TimerStatus
from ui.common.elided_label import ElidedLabel
from ui.projector.controls import MAX_MESSAGE, ProjectorControls
from ui.projector.digit_glyphs import digit_font
from ui.projector.screens import free_screen
from ui.projector.view import PHASE_COLOURS
from ui.run.presenter_screens import PresenterScreens
from ui.run.presenter_view import PresenterView, presenter_view
from ui.run_control.controller import RunController

SCREEN_SETTING = "presenter/screen"
GEOMETRY_SETTING = "presenter/geometry"
PRESENTER_KEY = "F7"
FIRST_SIZE = (1100, 680)


class PresenterWindow(QWidget):
    """A top-level window over the run controller; the projector box shows the messages."""

    def __init__(
        self,
        controller: RunController,
        projector_controls: ProjectorControls,
        library: Library | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presenter view"))
        self.controller = controller
        self.projector_controls = projector_controls
        self.projector = projector_controls.projector
        self.library = library
        self.lang = lang
        self.view = PresenterView()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the window takes the run's keys
        self._build()
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        self.projector.message_changed.connect(self.refresh)
        self.projector.presented.connect(self._step_aside)
        self.screens = PresenterScreens(self, self)  # screens plugged in and out meanwhile
        if parent is not None:
            parent.window().installEventFilter(self)  # closes when the main window does

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = ElidedLabel()
        self.title_label.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.clock_label = QLabel()
        self.clock_label.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.clock_label.setToolTip(self.tr("Time of day"))
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.clock_label)

        self.timer_label = QLabel("—")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setMinimumHeight(120)
        self.caption_label = QLabel()
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.rounds_label = QLabel()
        self.rounds_label.setWordWrap(True)
        self.rounds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rounds_label.setStyleSheet("font-size: 13pt; font-weight: 600;")

        self.toggle_button = self._button(self.tr("Start (Space)"), self.controller.toggle)
        self.minus_button = self._button(self.tr("−1 min"), lambda: self.controller.adjust(-60))
        self.plus_button = self._button(self.tr("+1 min"), lambda: self.controller.adjust(60))
        self.next_button = self._button(self.tr("Next (N) ▶"), self.controller.next)
        controls = QHBoxLayout()
        for button in (self.toggle_button, self.minus_button, self.plus_button, self.next_button):
            controls.addWidget(button)

        left = QVBoxLayout()
        left.addWidget(self.timer_label, 3)
        left.addWidget(self.caption_label)
        left.addWidget(self.rounds_label)
        left.addLayout(controls)

        self.slip_label = QLabel()
        self.slip_label.setWordWrap(True)
        self.projected_label = QLabel()
        self.projected_label.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("font-size: 13pt;")
        schedule = QGroupBox(self.tr("Schedule"))
        schedule_layout = QVBoxLayout(schedule)
        for label in (self.slip_label, self.projected_label, self.next_label):
            schedule_layout.addWidget(label)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_edit = QLineEdit()
        self.message_edit.setMaxLength(MAX_MESSAGE)
        self.message_edit.setPlaceholderText(self.tr("Message for the room, Enter shows it"))
        self.message_edit.returnPressed.connect(self.show_message)
        # Only a click (or M) puts the cursor there: Space and N must reach the run.
        self.message_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.show_message_button = self._button(self.tr("Show"), self.show_message)
        self.hide_message_button = self._button(self.tr("Hide"), self.hide_message)
        message_box = QGroupBox(self.tr("Message on the projector"))
        message_layout = QGridLayout(message_box)
        message_layout.addWidget(self.message_label, 0, 0, 1, 3)
        message_layout.addWidget(self.message_edit, 1, 0, 1, 3)
        message_layout.setColumnStretch(0, 1)
        message_layout.addWidget(self.show_message_button, 2, 1)
        message_layout.addWidget(self.hide_message_button, 2, 2)

        right = QVBoxLayout()
        right.addWidget(schedule)
        right.addWidget(message_box)
        right.addStretch()
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        notes_scroll = QScrollArea()
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        notes_scroll.setWidget(self.notes_label)
        notes_box = QGroupBox(self.tr("Notes for the facilitator (not on the projector)"))
        QVBoxLayout(notes_box).addWidget(notes_scroll)

        self.screen_choice = QComboBox()
        self.screen_choice.setToolTip(self.tr("The screen the presenter view goes to"))
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_choice.activated.connect(lambda: self.present(self.screen_choice.currentData()))
        screen_row = QHBoxLayout()
        screen_row.addWidget(QLabel(self.tr("Screen:")))
        screen_row.addWidget(self.screen_choice)
        screen_row.addStretch()
        screen_row.addWidget(QLabel(self.tr("F7 or Esc closes this window")))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 3)
        layout.addWidget(notes_box, 2)
        layout.addLayout(screen_row)

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and N reach the run, not a button
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- actions ----------------------------------------------------------------------------

    def show_message(self) -> None:
        """The typed message goes on the wall, through the Run page's projector box."""
        self.projector_controls.send_message(self.message_edit.text())

    def hide_message(self) -> None:
        self.projector_controls.clear_message()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Everything recomputed from the run controller (no counting here)."""
        if not self.isVisible():
            return
        view = presenter_view(self.controller, self.projector.message, self.library, self.lang)
        self.view = view
        background, foreground = PHASE_COLOURS[view.phase]
        self.timer_label.setText(view.reading or "—")
        self._style_timer(background, foreground)
        self.title_label.setText(view.title)
        self.clock_label.setText(view.clock)
        self.caption_label.setText(view.caption)
        self.rounds_label.setText(view.rounds)
        self.rounds_label.setVisible(bool(view.rounds))
        self.slip_label.setText(view.slip or self.tr("Not started yet"))
        colour = f" color: {view.slip_colour};" if view.slip_colour else ""
        self.slip_label.setStyleSheet(f"font-size: 16pt; font-weight: 700;{colour}")
        self.projected_label.setText(view.projected_end)
        self.next_label.setText(view.next_line)
        self.message_label.setText(
            self.tr("Shown now: “%1”").replace("%1", view.message)
            if view.message
            else self.tr("No message on the projector.")
        )
        self.hide_message_button.setEnabled(bool(view.message))
        self.notes_label.setText(view.notes)
        run = self.controller.run
        timer = run.timer if run else None
        self.toggle_button.setText(
            self.tr("Pause (Space)")
            if timer and timer.running
            else self.tr("Resume (Space)")
            if timer and timer.status == TimerStatus.PAUSED
            else self.tr("Start (Space)")
        )
        for button in (self.toggle_button, self.minus_button, self.plus_button, self.next_button):
            button.setEnabled(run is not None)

    def _style_timer(self, background: str, foreground: str) -> None:
        pixels = max(40, int(min(self.timer_label.height() * 0.62, self.timer_label.width() * 0.2)))
        style = (
            f"background: {background}; color: {foreground}; border-radius: 10px;"
            f" font-family: '{digit_font(10).family()}'; font-weight: 700; font-size: {pixels}px;"
        )
        if self.timer_label.styleSheet() != style:
            self.timer_label.setStyleSheet(style)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.refresh()  # the digits follow the window's size

    # -- screens and geometry ---------------------------------------------------------------

    def fill_screens(self) -> None:
        self.screen_choice.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            self.screen_choice.addItem(
                self.projector_controls.screen_label(number, screen), screen.name()
            )
        current = self.screen()
        index = self.screen_choice.findData(current.name() if current else "")
        self.screen_choice.setCurrentIndex(max(index, 0))
        self.screen_choice.setEnabled(self.screen_choice.count() > 1)

    def present(self, screen_name: str | None = None) -> None:
        """Shown on the chosen screen (remembered); else where it was left, else the main one.

        A screen chosen here places the window anew on it; otherwise the geometry it was left
        with comes back when its screen is still there and holds the window whole. The screen
        the projector fills is left to it unless chosen here (see free_screen)."""
        settings = QSettings()
        if screen_name:
            settings.setValue(SCREEN_SETTING, screen_name)
        wanted = screen_name or str(settings.value(SCREEN_SETTING, ""))
        target = next((s for s in QGuiApplication.screens() if s.name() == wanted), None)
        if not screen_name and target is not None and target.name() == self.projector_screen():
            target = None  # left there last time, but the projector has that screen now
        saved = settings.value(GEOMETRY_SETTING)
        restored = (
            not screen_name
            and target is not None  # the screen it was left on is still there
            and isinstance(saved, QByteArray)
            and not saved.isEmpty()
            and self.restoreGeometry(saved)
        )
        if not restored:
            self.place_on(target or self.free_screen())
        self.showNormal()
        if restored and not _holds(self.screen(), self.frameGeometry()):
            self.place_on(target)  # its screen moved or shrank since: anew, whole
        self.raise_()
        self.activateWindow()
        self.setFocus()  # keys go to the run, not into the message field
        self.fill_screens()
        self.refresh()

    def free_screen(self) -> QScreen | None:
        """The main screen, else another one, that the projector does not fill."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        name = free_screen(
            [s.name() for s in screens], primary.name() if primary else "", self.projector_screen()
        )
        return next((s for s in screens if s.name() == name), None)

    def projector_screen(self) -> str | None:
        """The screen the projector fills now; None when it is closed or a window."""
        return self.projector.filled_screen()

    def place_on(self, target: QScreen | None) -> None:
        if target is None:
            return
        self.setScreen(target)
        area = target.availableGeometry()
        width = min(FIRST_SIZE[0], int(area.width() * 0.95))
        height = min(FIRST_SIZE[1], int(area.height() * 0.92))
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def _step_aside(self, screen_name: str) -> None:
        """The projector went full screen where this window stands: to a screen of its own."""
        here = self.screen()
        if self.isVisible() and here is not None and here.name() == screen_name:
            free = self.free_screen()
            if free is not None and free.name() != screen_name:
                self.place_on(free)
                self.fill_screens()

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802
        super().moveEvent(event)
        if self.isVisible() and self.screen() is not None:
            self.projector.keep_clear(self.screen().name())  # its fallback goes elsewhere

    def remember(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_SETTING, self.saveGeometry())
        if self.screen() is not None:
            settings.setValue(SCREEN_SETTING, self.screen().name())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.screen() is not None:
            self.projector.keep_clear(self.screen().name())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if not event.spontaneous():
            self.remember()
            self.projector.keep_clear(None)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.remember()
        super().closeEvent(event)

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # F7 (as on the Run page) and Escape close it; the run's keys reach the run console's
        # shortcuts through ProjectorKeys (installed by the console).
        if event.key() in (Qt.Key.Key_F7, Qt.Key.Key_Escape) and not event.modifiers():
            self.close()
        elif event.key() == Qt.Key.Key_M and not event.modifiers():
            self.message_edit.setFocus()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The main window closed (a hide that the window system did not cause: not a minimise).
        if event.type() == QEvent.Type.Hide and not event.spontaneous() and self.isVisible():
            self.close()
        return False


def _holds(screen: QScreen | None, frame: QRect) -> bool:
    return screen is not None and screen.availableGeometry().contains(frame)

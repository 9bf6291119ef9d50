"""The projector window: huge digits in phase colours, readable from the back of the hall.

A second top-level window, full screen on the screen the facilitator chose (remembered), or
an ordinary window when there is only one screen. Besides the timer it shows the activity's
title, task and guiding questions, an optional side panel (groups, role-play casting, scores:
:meth:`ProjectorWindow.show_side_panel`), a short message from the facilitator, a blank
screen, or a clock/welcome slide between activities. With the countdown go the time of day
(top right) and what comes next ("Next: Pleno (10:30)", along the bottom), as the timers made
for stages show them. This module keeps what is shown; painting.py draws it.

A page other than the run console (the methods page's casting and leaderboard) puts up a
full-height *board* (:meth:`ProjectorWindow.show_board`) or claims the side panel under its own
owner name; the run console refreshes only what it owns, so its one-second tick never wipes a
board off the wall. There is one such window per main window: the pages are handed it by their
session context (ui/workspace/session_context.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSettings, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QWidget

from ui.projector.board import Board, paint_board
from ui.projector.painting import (
    BLANK_COLOUR,
    TimerFace,
    TimerLayout,
    WallType,
    paint_message,
    paint_slide,
    paint_timer,
    timer_layout,
)
from ui.projector.room_results import (
    RESULTS_SHARE,
    JoinSlide,
    LiveResults,
    paint_join,
    paint_results,
    results_rect,
)
from ui.projector.screens import centred, wall_lost, wall_return, wall_screen
from ui.projector.view import ProjectorView

SCREEN_SETTING = "projector/screen"
RUN_CONSOLE = "run_console"  # owner name of what the run console puts on the wall


class ProjectorWindow(QWidget):
    """Painted by hand: a few large texts, fitted to the window at every size."""

    board_changed = Signal()
    message_changed = Signal()  # the presenter view shows what message the wall has
    presented = Signal(str)  # the name of the screen it went to (the presenter steps aside)
    screen_lost = Signal(str)  # its screen was unplugged: it hid itself (the Run page says so)
    closed = Signal()  # closed on purpose (F5, the window's close button)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # The window manager adds " — Lokakarya" (the application display name) itself.
        self.setWindowTitle(self.tr("Projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.view = ProjectorView()
        self.side_title = ""
        self.side_sections: list[tuple[str, list[str]]] = []
        self.side_owner = ""  # who put the side panel up; "" = nobody
        self.board: Board | None = None
        self.claimed_for = ""  # the activity another page's board or side panel is about
        self.message = ""
        self.blank = False
        self.slide: tuple[str, str] | None = None  # (title, subtitle): clock/welcome slide
        self.join_slide: JoinSlide | None = None  # the phones' QR code, over everything
        self.live_results: LiveResults | None = None  # beside the countdown
        self.wall_type = WallType(self)
        self.kept_clear: str | None = None  # a screen the presenter stands on: screen_for
        self.lost_screen = ""  # the screen it filled when that was unplugged; "" otherwise
        self._face: tuple[tuple, TimerLayout | None] = ((), None)  # face_layout's last
        self._time_areas: tuple[TimerLayout | None, list[QRect]] = (None, [])
        self.resize(1280, 720)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screen_removed)
        app.screenAdded.connect(self._screen_added)

    # -- what to show -----------------------------------------------------------------------

    def show_view(self, view: ProjectorView) -> None:
        if view == self.view:
            return
        old, self.view = self.view, view
        if old.only_time_differs(view) and self._showing_timer():
            # A second passed: only the digits, the caption and the clock change.
            for rect in self._time_rects():
                self.update(rect)
        else:
            self.update()

    def show_side_panel(
        self, title: str, sections: list[tuple[str, list[str]]], owner: str = RUN_CONSOLE
    ) -> None:
        """Groups, casting, scores: a titled list of (heading, lines) next to the task."""
        sections = [(heading, list(lines)) for heading, lines in sections]
        self.side_owner = owner if sections else ""
        if (title, sections) != (self.side_title, self.side_sections):
            self.side_title = title
            self.side_sections = sections
            self.update()

    def clear_side_panel(self) -> None:
        self.show_side_panel("", [])

    def side_panel_free_for(self, owner: str) -> bool:
        """Whether owner may write the side panel: it is empty or already owner's."""
        return self.side_owner in ("", owner)

    def show_board(self, board: Board) -> None:
        """The full-height board, over the timer until :meth:`clear_board`."""
        if board != self.board:
            self.board = board
            self.update()
            self.board_changed.emit()

    def clear_board(self) -> None:
        if self.board is not None:
            self.board = None
            self.update()
            self.board_changed.emit()

    def release_claims(self) -> None:
        """Back to the run console's own view: the board and other pages' side panel go."""
        self.clear_board()
        if not self.side_panel_free_for(RUN_CONSOLE):
            self.clear_side_panel()

    def show_message(self, text: str) -> None:
        message = text.strip()
        if message != self.message:
            self.message = message
            self.message_changed.emit()
        self.update()

    def clear_message(self) -> None:
        self.show_message("")

    def set_blank(self, blank: bool) -> None:
        self.blank = blank
        self.update()

    def show_slide(self, title: str, subtitle: str = "") -> None:
        """Between activities: a clock with a welcome line (the session title, the venue)."""
        self.slide = (title, subtitle)
        self.update()

    def clear_slide(self) -> None:
        self.slide = None
        self.update()

    def show_join_slide(self, slide: JoinSlide | None) -> None:
        """The QR code and address for the phones, full screen until None."""
        if slide != self.join_slide:
            self.join_slide = slide
            self.update()

    def show_live_results(self, results: LiveResults | None) -> None:
        """The phones' results beside the countdown (None: the timer face has the wall).
        New numbers repaint the results' part only, so the digits are not redrawn."""
        if results == self.live_results:
            return
        had, self.live_results = self.live_results, results
        if had is not None and results is not None and self._showing_timer():
            self.update(results_rect(self.width(), self.height()).toAlignedRect())
        else:
            self.update()

    # -- screens ----------------------------------------------------------------------------

    @staticmethod
    def screen_names() -> list[str]:
        return [screen.name() for screen in QGuiApplication.screens()]

    def filled_screen(self) -> str | None:
        """The screen it fills now; None when it is closed or a window."""
        here = self.screen()
        shown = self.isVisible() and self.isFullScreen() and here is not None
        return here.name() if shown else None

    def keep_clear(self, screen_name: str | None) -> None:
        """The presenter view stands on this screen (None once it closes): the projector goes
        there only when the facilitator chose that screen for it."""
        self.kept_clear = screen_name

    def screen_for(self, screen_name: str | None = None) -> QScreen | None:
        """The chosen screen, else the one chosen last time, else a secondary one that the
        presenter view does not stand on; None when there is only one screen."""
        wanted = screen_name or str(QSettings().value(SCREEN_SETTING, ""))
        return _screen_named(
            wall_screen(self.screen_names(), _primary_name(), wanted, self.kept_clear)
        )

    def present(self, screen_name: str | None = None) -> None:
        """Full screen on the chosen (else a secondary) screen; a window when there is one."""
        if screen_name:
            QSettings().setValue(SCREEN_SETTING, screen_name)
        self._show_on(self.screen_for(screen_name))

    def _show_on(self, target: QScreen | None) -> None:
        if target is not None:
            self.lost_screen = ""
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self._fit_window()
            self.showNormal()
        self.raise_()
        if target is not None:
            self.presented.emit(target.name())

    def _fit_window(self) -> None:
        """As a window it stays on a screen there is (it may have filled one that is gone)."""
        frame = self.frameGeometry()
        if not any(s.geometry().intersects(frame) for s in QGuiApplication.screens()):
            primary = QGuiApplication.primaryScreen()
            self.setGeometry(centred(primary.availableGeometry(), 1280, 720))

    # -- screens plugged in and out while the app runs ------------------------------------

    def _screen_removed(self, screen: QScreen) -> None:
        """Its screen unplugged (or only the laptop's left): hidden, not moved full screen over
        the facilitator's window as Qt would; the timer runs on and F5 shows it as a window.
        Qt destroys the screen after this signal, so only its name is kept."""
        here = self.screen()
        if not self.isVisible() or here is None:
            return
        full = self.isFullScreen() and wall_lost(here.name(), screen.name(), self.screen_names())
        if here is not screen and not full:
            return  # a window on a screen that stays (F11 took it out of full screen)
        self.lost_screen = here.name()
        self.hide()
        self.setWindowState(Qt.WindowState.WindowNoState)
        primary = QGuiApplication.primaryScreen()
        if primary is not None and primary is not screen:
            self.setScreen(primary)
            self.setGeometry(centred(primary.availableGeometry(), 1280, 720))
        self.screen_lost.emit(self.lost_screen)

    def _screen_added(self, screen: QScreen) -> None:
        """A screen plugged in while the wall waits for one: full screen on it again."""
        if not self.lost_screen:
            return
        wanted = str(QSettings().value(SCREEN_SETTING, ""))
        name = wall_return(
            self.screen_names(), _primary_name(), screen.name(), wanted, self.kept_clear
        )
        if name is not None:
            self._show_on(_screen_named(name))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.lost_screen = ""  # closed on purpose: a screen plugged in later does not open it
        super().closeEvent(event)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F11 toggles full screen; Escape only leaves it (it never closes the window mid-talk).
        # F5 closes it, as it does from the main window (ui/shell/projector_key.py).
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_F5 and not event.modifiers():
            self.close()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    # -- geometry ---------------------------------------------------------------------------

    def _showing_timer(self) -> bool:
        return (
            not self.blank and self.board is None and self.slide is None and self.join_slide is None
        )

    def face_layout(self) -> TimerLayout:
        """Where the timer face's parts are at the window's size (see painting.timer_layout);
        worked out again only when the size or what the face holds changed."""
        if self._face[0] != self._face_key():
            self._face = (self._face_key(), self._layout())
        return self._face[1]

    def _face_key(self) -> tuple:
        view = self.view
        text = bool(view.instructions or view.questions or self.side_sections)
        # The next line is there exactly when something comes next (see next_line).
        shape = (text, bool(self.message), bool(view.clock), bool(view.next_title))
        return (self.width(), self.height(), bool(self.live_results), *shape)

    def _layout(self) -> TimerLayout:
        view = self.view
        width = self.width() * (1 - RESULTS_SHARE) if self.live_results else self.width()
        return timer_layout(
            width,
            self.height(),
            text=bool(view.instructions or view.questions or self.side_sections),
            message=bool(self.message),
            clock_width=self.wall_type.clock_width() if view.clock else 0.0,
            next_line=bool(self.next_line()),
        )

    def _time_rects(self) -> list[QRect]:
        """The digits', caption's and clock's areas: what a passing second repaints."""
        layout = self.face_layout()
        if self._time_areas[0] is not layout:
            areas = [r.toAlignedRect() for r in (layout.digits, layout.caption, layout.clock)]
            self._time_areas = (layout, areas)
        return self._time_areas[1]

    def next_line(self) -> str:
        """'Next: Pleno (10:30)' under the countdown; '' when nothing comes next."""
        if not self.view.next_title:
            return ""
        if not self.view.next_time:
            return self.tr("Next: %1").replace("%1", self.view.next_title)
        return (
            self.tr("Next: %1 (%2)")
            .replace("%1", self.view.next_title)
            .replace("%2", self.view.next_time)
        )

    def message_rect(self) -> QRectF:
        """Under the countdown when the timer shows (it never covers the digits, and the next
        line stays), along the bottom over a board or a slide."""
        if self._showing_timer():
            layout = self.face_layout()
            bottom = layout.next.top() if self.next_line() else self.height()
            top = layout.caption.bottom()
            return QRectF(0, top, self.width(), bottom - top)
        top = self.height() * 0.72
        return QRectF(0, top, self.width(), self.height() - top)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        height = self.height()
        if self.blank:
            painter.fillRect(self.rect(), QColor(BLANK_COLOUR))
        elif self.join_slide is not None:
            paint_join(painter, self.wall_type, QRectF(self.rect()), self.join_slide)
        elif self.board is not None:
            paint_board(self, painter, self.board)
        elif self.slide is not None:
            # The run's clock when the run console gave one (tests move it), else the system's.
            clock = self.view.clock or QTime.currentTime().toString("HH:mm")
            paint_slide(painter, self.wall_type, QRectF(self.rect()), clock, *self.slide)
        else:
            face = TimerFace(
                self.view,
                self.side_title,
                self.side_sections,
                self.next_line(),
                with_body=not self.message,  # a message takes the task's place, not the digits'
            )
            paint_timer(painter, self.wall_type, self.face_layout(), face, height)
            if self.live_results is not None:
                rect = results_rect(self.width(), height)
                paint_results(painter, self.wall_type, rect, self.live_results)
        if self.message and not self.blank:
            margin = height * 0.035
            paint_message(
                painter, self.wall_type, self.message_rect(), margin, self.message, height
            )
        painter.end()


def _primary_name() -> str:
    primary = QGuiApplication.primaryScreen()
    return primary.name() if primary is not None else ""


def _screen_named(name: str | None) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)

"""The projector window: huge digits in phase colours, readable from the back of the hall.

A second top-level window, full screen on the screen the facilitator chose (remembered), or
an ordinary window when there is only one screen. Besides the timer it shows the activity's
title, task and guiding questions, an optional side panel (groups, role-play casting, scores:
:meth:`ProjectorWindow.show_side_panel`), a short message from the facilitator, a blank
screen, or a clock/welcome slide between activities.

A page other than the run console (the methods page's casting and leaderboard) puts up a
full-height *board* (:meth:`ProjectorWindow.show_board`) or claims the side panel under its own
owner name; the run console refreshes only what it owns, so its one-second tick never wipes a
board off the wall. There is one such window per main window: the pages are handed it by their
session context (ui/workspace/session_context.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSettings, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

from facilitation.timer import Phase
from ui.projector.board import Board, paint_board
from ui.projector.digit_glyphs import DigitGlyphs, digit_font

_GLYPHS = DigitGlyphs()  # the big digits, rendered once per font and colour

SCREEN_SETTING = "projector/screen"

# Background, text: each pair is at least 7:1 contrast (WCAG AAA) and the four differ in
# lightness too, so the phase reads even for colour-blind viewers and on washed-out projectors.
PHASE_COLOURS: dict[Phase, tuple[str, str]] = {
    Phase.NORMAL: ("#0A3D2C", "#FFFFFF"),  # deep green, white
    Phase.WARNING: ("#FFC20A", "#111111"),  # amber, near black
    Phase.DANGER: ("#A30015", "#FFFFFF"),  # deep red, white
    Phase.OVERTIME: ("#000000", "#FF8A8A"),  # black, light red
}
BLANK_COLOUR = "#000000"
SLIDE_COLOURS = ("#14213D", "#FFFFFF")
RUN_CONSOLE = "run_console"  # owner name of what the run console puts on the wall


@dataclass
class ProjectorView:
    """What the run console wants on the wall; words are already translated."""

    title: str = ""
    reading: str = ""
    phase: Phase = Phase.NORMAL
    caption: str = ""  # e.g. "Paused", "Kelompok 2 of 5", "Overtime"
    instructions: str = ""
    questions: list[str] = field(default_factory=list)


class ProjectorWindow(QWidget):
    """Painted by hand: a few large texts, fitted to the window at every size."""

    board_changed = Signal()

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
        self._digit_font_cache: dict[tuple[int, int, int], QFont] = {}
        self.resize(1280, 720)

    # -- what to show -----------------------------------------------------------------------

    def show_view(self, view: ProjectorView) -> None:
        if view != self.view:
            old = self.view
            self.view = view
            if old.reading != view.reading and old.title == view.title:
                self.update(self._digits_rect().toAlignedRect())
                self.update(self._caption_rect().toAlignedRect())
            else:
                self.update()
            if old.phase != view.phase:
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
        self.message = text.strip()
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

    # -- screens ----------------------------------------------------------------------------

    @staticmethod
    def screen_names() -> list[str]:
        return [screen.name() for screen in QGuiApplication.screens()]

    def present(self, screen_name: str | None = None) -> None:
        """Full screen on the chosen (else a secondary) screen; a window when there is one."""
        settings = QSettings()
        screens = QGuiApplication.screens()
        if screen_name:
            settings.setValue(SCREEN_SETTING, screen_name)
        wanted = screen_name or str(settings.value(SCREEN_SETTING, ""))
        target = next((s for s in screens if s.name() == wanted), None)
        if target is None and len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            target = next((s for s in screens if s is not primary), screens[0])
        if target is not None and len(screens) > 1:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F11 toggles full screen; Escape only leaves it (it never closes the window mid-talk).
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    # -- geometry ---------------------------------------------------------------------------

    def _margin(self) -> float:
        return self.height() * 0.035

    def _has_text(self) -> bool:
        return bool(self.view.instructions or self.view.questions or self.side_sections)

    def _title_rect(self) -> QRectF:
        m = self._margin()
        return QRectF(m, m * 0.6, self.width() - 2 * m, self.height() * 0.11)

    def _digits_rect(self) -> QRectF:
        m = self._margin()
        top = self._title_rect().bottom()
        share = 0.50 if self._has_text() or self.message else 0.72
        return QRectF(m, top, self.width() - 2 * m, self.height() * share)

    def _caption_rect(self) -> QRectF:
        m = self._margin()
        return QRectF(m, self._digits_rect().bottom(), self.width() - 2 * m, self.height() * 0.07)

    def _body_rect(self) -> QRectF:
        m = self._margin()
        top = self._caption_rect().bottom()
        return QRectF(m, top, self.width() - 2 * m, self.height() - top - m * 0.6)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.blank:
            painter.fillRect(self.rect(), QColor(BLANK_COLOUR))
        elif self.board is not None:
            paint_board(self, painter, self.board)
        elif self.slide is not None:
            self._paint_slide(painter)
        else:
            self._paint_timer(painter)
        if self.message and not self.blank:
            self._paint_message(painter)
        painter.end()

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(pixels)))
        font.setBold(bold)
        return font

    def _digit_font(self, rect: QRectF, text: str) -> QFont:
        """The largest font whose digits fit the rectangle; sized on a template of 8s so the
        size does not change from one second to the next."""
        template = "".join("8" if ch.isdigit() else ch for ch in text) or "88:88"
        key = (int(rect.width()), int(rect.height()), len(template))
        cached = self._digit_font_cache.get(key)
        if cached is not None:
            return cached
        font = digit_font(100)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(template)
        height = metrics.capHeight() or metrics.ascent()
        scale = min(rect.width() * 0.96 / width, rect.height() * 0.92 / height)
        font.setPixelSize(max(10, int(100 * scale)))
        self._digit_font_cache[key] = font
        return font

    def _paint_timer(self, painter: QPainter) -> None:
        background, foreground = PHASE_COLOURS[self.view.phase]
        painter.fillRect(self.rect(), QColor(background))
        ink = QColor(foreground)
        painter.setPen(ink)
        title_rect = self._title_rect()
        painter.setFont(self._fitting_font(self.view.title, title_rect, self.height() * 0.07))
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            self.view.title,
        )
        digits = self._digits_rect()
        if self.view.reading:
            font = self._digit_font(digits, self.view.reading)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            # Centre the cap height, not the line box, so the digits sit visually centred.
            baseline = digits.center().y() + metrics.capHeight() / 2
            width = metrics.horizontalAdvance(self.view.reading)
            x = int(digits.center().x() - width / 2)
            _GLYPHS.draw(painter, font, ink, x, int(baseline), self.view.reading)  # fast blit
        painter.setFont(self._font(self.height() * 0.05, bold=True))
        painter.drawText(self._caption_rect(), Qt.AlignmentFlag.AlignCenter, self.view.caption)
        if not self.message:  # a message for the room takes the text's place, not the digits'
            self._paint_body(painter, ink)

    def _fitting_font(self, text: str, rect: QRectF, pixels: float) -> QFont:
        font = self._font(pixels, bold=True)
        flags = Qt.TextFlag.TextWordWrap
        while pixels > 12:
            bound = QFontMetricsF(font).boundingRect(rect, flags, text)
            if bound.height() <= rect.height() and bound.width() <= rect.width():
                break
            pixels *= 0.9
            font = self._font(pixels, bold=True)
        return font

    def _paint_body(self, painter: QPainter, ink: QColor) -> None:
        if not self._has_text():
            return
        body = self._body_rect()
        text_rect = QRectF(body)
        if self.side_sections:
            side_width = body.width() * 0.34
            text_rect.setWidth(body.width() - side_width - self._margin())
            side_rect = QRectF(body.right() - side_width, body.top(), side_width, body.height())
            lines = [(self.side_title, True)]
            for heading, entries in self.side_sections:
                lines.append((heading, True))
                lines.append((" · ".join(entries), False))
            self._paint_lines(painter, side_rect, lines, ink)
        lines = []
        if self.view.instructions:
            lines.append((self.view.instructions, False))
        for number, question in enumerate(self.view.questions, start=1):
            lines.append((f"{number}. {question}", True))
        self._paint_lines(painter, text_rect, lines, ink)

    def _needed_height(self, rect: QRectF, lines: list[tuple[str, bool]], pixels: float) -> float:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return sum(
            QFontMetricsF(self._font(pixels, bold)).boundingRect(rect, flags, text).height()
            + pixels * 0.3
            for text, bold in lines
            if text
        )

    def _fit_pixels(self, rect: QRectF, lines: list[tuple[str, bool]]) -> float | None:
        """The largest legible type size at which all lines fit; None when none does."""
        pixels = self.height() * 0.034
        while pixels >= self.height() * 0.022:
            if self._needed_height(rect, lines, pixels) <= rect.height():
                return pixels
            pixels *= 0.92
        return None

    def _paint_lines(
        self, painter: QPainter, rect: QRectF, lines: list[tuple[str, bool]], ink: QColor
    ) -> None:
        """Lines from the top at the largest size that fits. When even the smallest legible
        size is too big, the first (longest, the instructions) line gives way to the rest:
        the room needs the questions more than the facilitator's steps."""
        pixels = self._fit_pixels(rect, lines)
        while pixels is None and len(lines) > 1:
            lines = lines[1:]
            pixels = self._fit_pixels(rect, lines)
        pixels = pixels or self.height() * 0.022
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(ink)
        top = rect.top()
        for text, bold in lines:
            if not text:
                continue
            font = self._font(pixels, bold)
            painter.setFont(font)
            box = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            used = QFontMetricsF(font).boundingRect(box, flags, text)
            painter.drawText(box, flags, text)
            top += used.height() + pixels * 0.3
        painter.restore()

    def _paint_slide(self, painter: QPainter) -> None:
        background, foreground = SLIDE_COLOURS
        painter.fillRect(self.rect(), QColor(background))
        painter.setPen(QColor(foreground))
        title, subtitle = self.slide or ("", "")
        h = self.height()
        clock_rect = QRectF(0, h * 0.12, self.width(), h * 0.45)
        clock = QTime.currentTime().toString("HH:mm")
        font = self._digit_font(
            clock_rect.adjusted(self.width() * 0.2, 0, -self.width() * 0.2, 0), clock
        )
        painter.setFont(font)
        painter.drawText(clock_rect, Qt.AlignmentFlag.AlignCenter, clock)
        title_rect = QRectF(self._margin(), h * 0.6, self.width() - 2 * self._margin(), h * 0.17)
        painter.setFont(self._fitting_font(title, title_rect, h * 0.08))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
        painter.setFont(self._font(h * 0.045))
        painter.drawText(
            QRectF(self._margin(), h * 0.78, self.width() - 2 * self._margin(), h * 0.15),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            subtitle,
        )

    def message_rect(self) -> QRectF:
        showing_timer = self.board is None and self.slide is None
        top = self._caption_rect().bottom() if showing_timer else self.height() * 0.72
        return QRectF(0, top, self.width(), self.height() - top)

    def _paint_message(self, painter: QPainter) -> None:
        """A band the room can read that shares the wall: under the countdown when the timer
        shows (it never covers the digits), along the bottom over a board or slide."""
        h = self.height()
        band = self.message_rect()
        painter.fillRect(band, QColor("#FFFFFF"))
        painter.setPen(QColor("#000000"))
        inner = band.adjusted(self._margin(), 0, -self._margin(), 0)
        painter.setFont(self._fitting_font(self.message, inner, h * 0.16))
        painter.drawText(
            inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message
        )

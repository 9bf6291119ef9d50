"""Drawing the projector's timer face, its clock/welcome slide and the message band.

The window (window.py) decides *what* is on the wall; this module lays it out and draws it,
reading what it is given and keeping nothing but the fitted digit fonts. Every size is a share
of the wall's height, so the same face reads at 1280×720 and on a 1920×1080 projector.

The timer face, top to bottom: the activity's title with the time of day at the right, the
digits, the caption ("Paused", "Overtime"), the task and questions (the side panel beside them)
and, along the bottom, what comes next ("Next: Pleno (10:30)").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from ui.common.theme.tokens import PROJECTOR
from ui.projector.digit_glyphs import DigitGlyphs, digit_font
from ui.projector.view import PHASE_COLOURS, ProjectorView

_GLYPHS = DigitGlyphs()  # the big digits, rendered once per font and colour

BLANK_COLOUR = PROJECTOR.background
SLIDE_COLOURS = PROJECTOR.slide
MESSAGE_COLOURS = PROJECTOR.message
TITLE_SHARE, CAPTION_SHARE, NEXT_SHARE, CLOCK_SHARE = 0.11, 0.07, 0.065, 0.06
Lines = list[tuple[str, bool]]  # (text, bold)


@dataclass(frozen=True)
class TimerLayout:
    """Where each part of the timer face goes on a wall of the given size. Shared by every
    caller of the cached timer_layout: its rectangles are read, never changed."""

    margin: float
    title: QRectF
    clock: QRectF  # zero wide when no clock is shown
    digits: QRectF
    caption: QRectF
    body: QRectF  # task and questions, side panel
    next: QRectF  # empty when nothing comes next


@lru_cache(maxsize=32)  # asked at every tick for the rectangles to repaint: same answer
def timer_layout(
    width: float,
    height: float,
    *,
    text: bool,
    message: bool,
    clock_width: float,
    next_line: bool,
) -> TimerLayout:
    """clock_width: what the time of day needs at the right of the title (0: no clock)."""
    m = height * 0.035
    top = m * 0.6
    title_width = width - 2 * m - (clock_width + m if clock_width else 0)
    title = QRectF(m, top, title_width, height * TITLE_SHARE)
    clock_rect = QRectF(width - m - clock_width, top, clock_width, height * TITLE_SHARE)
    share = 0.50 if text or message else 0.72
    if next_line and (text or message):
        share -= 0.04  # the task keeps room to breathe above the next line
    digits = QRectF(m, title.bottom(), width - 2 * m, height * share)
    caption = QRectF(m, digits.bottom(), width - 2 * m, height * CAPTION_SHARE)
    next_height = height * NEXT_SHARE if next_line else 0.0
    bottom = height - m * 0.6
    next_rect = QRectF(m, bottom - next_height, width - 2 * m, next_height)
    body_bottom = next_rect.top() - (m * 0.4 if next_line else 0)
    body = QRectF(m, caption.bottom(), width - 2 * m, max(0.0, body_bottom - caption.bottom()))
    return TimerLayout(m, title, clock_rect, digits, caption, body, next_rect)


class WallType:
    """Type for the wall, in pixels; the digits' size is found once per size of box."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget  # read for its font only
        self._digit_fonts: dict[tuple[int, int, int], QFont] = {}
        self._clock_widths: dict[int, float] = {}

    def font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.widget.font())
        font.setPixelSize(max(8, int(pixels)))
        font.setBold(bold)
        return font

    def clock(self) -> QFont:
        return self.font(self.widget.height() * CLOCK_SHARE, bold=True)

    def clock_width(self) -> float:
        """Room for the time of day: "88:88" at the clock's size, whatever the time is."""
        height = self.widget.height()
        if height not in self._clock_widths:
            advance = QFontMetricsF(self.clock()).horizontalAdvance("88:88")
            self._clock_widths[height] = advance * 1.05
        return self._clock_widths[height]

    def fitting(self, text: str, rect: QRectF, pixels: float) -> QFont:
        """Bold type at pixels, smaller until text fits rect (wrapped); not below 12 px."""
        font = self.font(pixels, bold=True)
        flags = Qt.TextFlag.TextWordWrap
        while pixels > 12:
            bound = QFontMetricsF(font).boundingRect(rect, flags, text)
            if bound.height() <= rect.height() and bound.width() <= rect.width():
                break
            pixels *= 0.9
            font = self.font(pixels, bold=True)
        return font

    def digits(self, rect: QRectF, text: str) -> QFont:
        """The largest font whose digits fit the rectangle; sized on a template of 8s so the
        size does not change from one second to the next."""
        template = "".join("8" if ch.isdigit() else ch for ch in text) or "88:88"
        key = (int(rect.width()), int(rect.height()), len(template))
        cached = self._digit_fonts.get(key)
        if cached is not None:
            return cached
        font = digit_font(100)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(template)
        height = metrics.capHeight() or metrics.ascent()
        scale = min(rect.width() * 0.96 / width, rect.height() * 0.92 / height)
        font.setPixelSize(max(10, int(100 * scale)))
        self._digit_fonts[key] = font
        return font


@dataclass(frozen=True)
class TimerFace:
    """Everything the timer face shows, its words translated."""

    view: ProjectorView
    side_title: str
    side_sections: list[tuple[str, list[str]]]
    next_line: str  # "Next: Pleno (10:30)", "" when nothing comes next
    with_body: bool  # False while a message for the room takes the task's place


def paint_timer(
    painter: QPainter, type_: WallType, layout: TimerLayout, face: TimerFace, height: float
) -> None:
    view = face.view
    background, foreground = PHASE_COLOURS[view.phase]
    painter.fillRect(painter.viewport(), QColor(background))
    ink = QColor(foreground)
    painter.setPen(ink)
    painter.setFont(type_.fitting(view.title, layout.title, height * 0.07))
    painter.drawText(
        layout.title,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
        view.title,
    )
    if view.clock:
        painter.setFont(type_.clock())
        painter.drawText(
            layout.clock, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, view.clock
        )
    digits = layout.digits
    if view.reading:
        font = type_.digits(digits, view.reading)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        # Centre the cap height, not the line box, so the digits sit visually centred.
        baseline = digits.center().y() + metrics.capHeight() / 2
        width = metrics.horizontalAdvance(view.reading)
        x = int(digits.center().x() - width / 2)
        _GLYPHS.draw(painter, font, ink, x, int(baseline), view.reading)  # fast blit
    painter.setFont(type_.font(height * 0.05, bold=True))
    painter.drawText(layout.caption, Qt.AlignmentFlag.AlignCenter, view.caption)
    if face.with_body:
        paint_body(painter, type_, layout, face, ink, height)
    if face.next_line:
        paint_next(painter, type_, layout.next, face.next_line, ink)


def paint_next(painter: QPainter, type_: WallType, rect: QRectF, text: str, ink: QColor) -> None:
    """The next line along the bottom, under a thin rule, elided rather than wrapped."""
    painter.save()
    rule = QColor(ink)
    rule.setAlphaF(0.45)
    painter.setPen(rule)
    painter.drawLine(rect.topLeft(), rect.topRight())
    painter.setPen(ink)
    font = type_.font(rect.height() * 0.62, bold=True)
    painter.setFont(font)
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.restore()


def paint_body(
    painter: QPainter,
    type_: WallType,
    layout: TimerLayout,
    face: TimerFace,
    ink: QColor,
    height: float,
) -> None:
    view = face.view
    if not (view.instructions or view.questions or face.side_sections):
        return
    body = layout.body
    text_rect = QRectF(body)
    if face.side_sections:
        side_width = body.width() * 0.34
        text_rect.setWidth(body.width() - side_width - layout.margin)
        side_rect = QRectF(body.right() - side_width, body.top(), side_width, body.height())
        lines: Lines = [(face.side_title, True)]
        for heading, entries in face.side_sections:
            lines.append((heading, True))
            lines.append((" · ".join(entries), False))
        paint_lines(painter, type_, side_rect, lines, ink, height)
    lines = []
    if view.instructions:
        lines.append((view.instructions, False))
    for number, question in enumerate(view.questions, start=1):
        lines.append((f"{number}. {question}", True))
    paint_lines(painter, type_, text_rect, lines, ink, height)


def _needed_height(type_: WallType, rect: QRectF, lines: Lines, pixels: float) -> float:
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    return sum(
        QFontMetricsF(type_.font(pixels, bold)).boundingRect(rect, flags, text).height()
        + pixels * 0.3
        for text, bold in lines
        if text
    )


def _fit_pixels(type_: WallType, rect: QRectF, lines: Lines, height: float) -> float | None:
    """The largest legible type size at which all lines fit; None when none does."""
    pixels = height * 0.034
    while pixels >= height * 0.022:
        if _needed_height(type_, rect, lines, pixels) <= rect.height():
            return pixels
        pixels *= 0.92
    return None


def paint_lines(
    painter: QPainter, type_: WallType, rect: QRectF, lines: Lines, ink: QColor, height: float
) -> None:
    """Lines from the top at the largest size that fits. When even the smallest legible
    size is too big, the first (longest, the instructions) line gives way to the rest:
    the room needs the questions more than the facilitator's steps."""
    pixels = _fit_pixels(type_, rect, lines, height)
    while pixels is None and len(lines) > 1:
        lines = lines[1:]
        pixels = _fit_pixels(type_, rect, lines, height)
    pixels = pixels or height * 0.022
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(ink)
    top = rect.top()
    for text, bold in lines:
        if not text:
            continue
        font = type_.font(pixels, bold)
        painter.setFont(font)
        box = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
        used = QFontMetricsF(font).boundingRect(box, flags, text)
        painter.drawText(box, flags, text)
        top += used.height() + pixels * 0.3
    painter.restore()


def paint_slide(
    painter: QPainter, type_: WallType, size: QRectF, clock: str, title: str, subtitle: str
) -> None:
    """Between activities: the time of day, big, over a welcome line."""
    background, foreground = SLIDE_COLOURS
    painter.fillRect(size, QColor(background))
    painter.setPen(QColor(foreground))
    w, h = size.width(), size.height()
    m = h * 0.035
    clock_rect = QRectF(0, h * 0.12, w, h * 0.45)
    painter.setFont(type_.digits(clock_rect.adjusted(w * 0.2, 0, -w * 0.2, 0), clock))
    painter.drawText(clock_rect, Qt.AlignmentFlag.AlignCenter, clock)
    title_rect = QRectF(m, h * 0.6, w - 2 * m, h * 0.17)
    painter.setFont(type_.fitting(title, title_rect, h * 0.08))
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
    painter.setFont(type_.font(h * 0.045))
    painter.drawText(
        QRectF(m, h * 0.78, w - 2 * m, h * 0.15),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        subtitle,
    )


def paint_message(
    painter: QPainter, type_: WallType, band: QRectF, margin: float, text: str, height: float
) -> None:
    """A band the room can read that shares the wall (the window decides where)."""
    background, foreground = MESSAGE_COLOURS
    painter.fillRect(band, QColor(background))
    painter.setPen(QColor(foreground))
    inner = band.adjusted(margin, 0, -margin, 0)
    painter.setFont(type_.fitting(text, inner, height * 0.16))
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

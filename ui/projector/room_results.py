"""What the room's phones produce, on the wall: the join slide and the live results.

The join slide (full screen, like a board) shows the QR code, the address in type big enough
to copy from the back of the hall, and what to do when the page does not open, in Indonesian
and English. The live results take the right part of the timer face, so the countdown keeps
running beside them: bars for polls, quizzes and scales (with the average), a word cloud, or
the ideas ranked by votes. Words arrive translated; the run console builds both from the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ui.projector.painting import WallType

RESULTS_SHARE = 0.5  # of the width, at the right of the countdown
PANEL_COLOURS = ("#FFFFFF", "#111111")  # over 18:1
BAR_COLOUR, MARK_COLOUR, TRACK_COLOUR = "#1E7B55", "#B07800", "#E3E8EC"
JOIN_COLOURS = ("#FFFFFF", "#111111")


@dataclass(frozen=True)
class JoinSlide:
    title: str  # "Join with your phone"
    address: str  # "192.168.1.20:41234/k3x9pq", what is typed
    qr: tuple[tuple[bool, ...], ...]
    hints: tuple[str, ...]  # turn off mobile data..., in Indonesian and English


@dataclass(frozen=True)
class LiveResults:
    title: str  # the question
    caption: str  # "23 answers", "Average 3.8 (23 answers)"
    bars: tuple[tuple[str, int, bool], ...] = ()  # (label, count, marked: a quiz's right one)
    words: tuple[tuple[str, int], ...] = ()
    ideas: tuple[tuple[str, int], ...] = ()  # ranked (text, votes)
    ranking: tuple[tuple[int, str, str], ...] = ()  # a quiz's top people: (rank, name, score)


def paint_join(painter: QPainter, type_: WallType, size: QRectF, slide: JoinSlide) -> None:
    background, ink = JOIN_COLOURS
    painter.fillRect(size, QColor(background))
    w, h = size.width(), size.height()
    m = h * 0.05
    side = min(h - 2 * m, w * 0.45)
    paint_qr(painter, QRectF(m, (h - side) / 2, side, side), slide.qr)
    text = QRectF(m * 2 + side, m, w - side - 3 * m, h - 2 * m)
    painter.setPen(QColor(ink))
    title = QRectF(text.left(), text.top(), text.width(), h * 0.16)
    painter.setFont(type_.fitting(slide.title, title, h * 0.075))
    painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, slide.title)
    address = QRectF(text.left(), title.bottom(), text.width(), h * 0.3)
    painter.setFont(type_.fitting(slide.address, address, h * 0.11))
    flags = (
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWrapAnywhere
    )
    painter.drawText(address, flags, slide.address)
    hints = QRectF(
        text.left(), address.bottom() + m * 0.5, text.width(), text.bottom() - address.bottom()
    )
    body = "\n\n".join(slide.hints)
    painter.setFont(type_.fitting(body, hints, h * 0.04))
    painter.drawText(hints, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, body)


def paint_qr(painter: QPainter, rect: QRectF, matrix: tuple[tuple[bool, ...], ...]) -> None:
    """Whole pixels per module (a blurred module does not scan), four modules of quiet zone."""
    painter.fillRect(rect, QColor("#FFFFFF"))
    count = len(matrix)
    if not count:
        return
    module = int(min(rect.width(), rect.height()) // (count + 8))
    if module < 1:
        return
    left = int(rect.center().x() - module * count / 2)
    top = int(rect.center().y() - module * count / 2)
    dark = QColor("#000000")
    for y, row in enumerate(matrix):
        for x, on in enumerate(row):
            if on:
                painter.fillRect(left + x * module, top + y * module, module, module, dark)


def results_rect(width: float, height: float) -> QRectF:
    m = height * 0.035
    left = width * (1 - RESULTS_SHARE)
    return QRectF(left, m, width - left - m, height - 2 * m)


def paint_results(painter: QPainter, type_: WallType, rect: QRectF, results: LiveResults) -> None:
    background, ink = PANEL_COLOURS
    painter.fillRect(rect, QColor(background))
    h = rect.height()
    pad = h * 0.04
    inner = rect.adjusted(pad, pad, -pad, -pad)
    painter.setPen(QColor(ink))
    title = QRectF(inner.left(), inner.top(), inner.width(), h * 0.18)
    painter.setFont(type_.fitting(results.title, title, h * 0.07))
    painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, results.title)
    caption = QRectF(inner.left(), title.bottom(), inner.width(), h * 0.08)
    painter.setFont(type_.font(h * 0.05, bold=True))
    shown = QFontMetricsF(painter.font()).elidedText(
        results.caption, Qt.TextElideMode.ElideRight, caption.width()
    )
    painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    body = QRectF(
        inner.left(),
        caption.bottom() + pad * 0.5,
        inner.width(),
        inner.bottom() - caption.bottom() - pad * 0.5,
    )
    if results.ranking:
        paint_ranking(painter, type_, body, results.ranking)
    elif results.bars:
        paint_bars(painter, type_, body, results.bars)
    elif results.words:
        paint_cloud(painter, type_, body, results.words)
    elif results.ideas:
        paint_ideas(painter, type_, body, results.ideas)


def paint_bars(
    painter: QPainter, type_: WallType, rect: QRectF, bars: tuple[tuple[str, int, bool], ...]
) -> None:
    row = min(rect.height() / len(bars), rect.height() * 0.22)
    most = max([1] + [count for _, count, _ in bars])
    for index, (label, count, marked) in enumerate(bars):
        top = rect.top() + index * row
        text = QRectF(rect.left(), top, rect.width(), row * 0.45)
        painter.setPen(QColor(PANEL_COLOURS[1]))
        painter.setFont(type_.font(row * 0.3, bold=marked))
        shown = QFontMetricsF(painter.font()).elidedText(
            f"{label}  {count}", Qt.TextElideMode.ElideRight, text.width()
        )
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, shown)
        track = QRectF(rect.left(), text.bottom() + row * 0.05, rect.width(), row * 0.35)
        painter.fillRect(track, QColor(TRACK_COLOUR))
        fill = QRectF(track.left(), track.top(), track.width() * count / most, track.height())
        painter.fillRect(fill, QColor(MARK_COLOUR if marked else BAR_COLOUR))


def paint_ranking(
    painter: QPainter, type_: WallType, rect: QRectF, ranking: tuple[tuple[int, str, str], ...]
) -> None:
    """The leaderboard: rank, name and score per line, the first places in the accent colour;
    lines keep one size (a long list is cut, never shrunk out of reading distance)."""
    row = min(rect.height() / max(len(ranking), 5), rect.height() * 0.2)
    font = type_.font(row * 0.5, bold=True)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    rank_width = metrics.horizontalAdvance("88.")
    score_width = metrics.horizontalAdvance("88/88")
    gap = row * 0.3
    for index, (rank, name, score) in enumerate(ranking):
        top = rect.top() + index * row
        if top + row > rect.bottom() + 1:
            break
        line = QRectF(rect.left(), top, rect.width(), row * 0.9)
        if index % 2 == 0:
            painter.fillRect(line, QColor(TRACK_COLOUR))
        painter.setPen(QColor(MARK_COLOUR if rank == 1 else BAR_COLOUR))
        centre = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRectF(line.left() + gap * 0.5, top, rank_width, line.height()),
            Qt.AlignmentFlag.AlignRight | centre,
            f"{rank}.",
        )
        painter.setPen(QColor(PANEL_COLOURS[1]))
        name_rect = QRectF(
            line.left() + gap + rank_width,
            top,
            line.width() - rank_width - score_width - 2.5 * gap,
            line.height(),
        )
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | centre, shown)
        painter.drawText(
            QRectF(line.right() - score_width - gap * 0.5, top, score_width, line.height()),
            Qt.AlignmentFlag.AlignRight | centre,
            score,
        )


def paint_cloud(
    painter: QPainter, type_: WallType, rect: QRectF, words: tuple[tuple[str, int], ...]
) -> None:
    """Words in lines, the most frequent biggest, as many as fit."""
    most = max(count for _, count in words)
    x, y, line = rect.left(), rect.top(), 0.0
    gap = rect.height() * 0.03
    colours = ("#0A3D2C", "#1E7B55", "#14213D", "#A30015")
    for index, (word, count) in enumerate(words[:40]):
        pixels = rect.height() * (0.05 + 0.09 * count / most)
        font = type_.font(pixels, bold=True)
        metrics = QFontMetricsF(font)
        width = min(metrics.horizontalAdvance(word), rect.width())
        if x + width > rect.right() and x > rect.left():
            x, y, line = rect.left(), y + line + gap * 0.3, 0.0
        if y + metrics.height() > rect.bottom():
            break
        painter.setFont(font)
        painter.setPen(QColor(colours[index % len(colours)]))
        shown = metrics.elidedText(word, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(x, y + metrics.ascent()), shown)
        x += width + gap
        line = max(line, metrics.height())


def paint_ideas(
    painter: QPainter, type_: WallType, rect: QRectF, ideas: tuple[tuple[str, int], ...]
) -> None:
    row = max(rect.height() / 6, rect.height() / max(1, len(ideas)))
    row = min(row, rect.height() / 4)
    painter.setPen(QColor(PANEL_COLOURS[1]))
    for index, (text, votes) in enumerate(ideas):
        top = rect.top() + index * row
        if top + row > rect.bottom() + 1:
            break
        line = QRectF(rect.left(), top, rect.width(), row * 0.92)
        painter.setFont(type_.font(row * 0.3, bold=True))
        votes_text = f"▲ {votes}"
        votes_width = QFontMetricsF(painter.font()).horizontalAdvance("▲ 888")
        painter.drawText(
            QRectF(line.right() - votes_width, line.top(), votes_width, line.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            votes_text,
        )
        body = QRectF(
            line.left(), line.top(), line.width() - votes_width - row * 0.2, line.height()
        )
        painter.setFont(type_.fitting(f"{index + 1}. {text}", body, row * 0.3))
        painter.drawText(
            body,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            f"{index + 1}. {text}",
        )

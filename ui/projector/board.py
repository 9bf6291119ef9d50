"""The projector's full-height board: a role-play casting or a game's leaderboard in type big
enough for the back of the hall (about 10 m from a 2 m wide image).

Rows share the height below the title; with eight or fewer rows each row is about a tenth of
the screen high. Long lists go to two columns before the type gets smaller than legible.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from ui.common.theme.tokens import PROJECTOR

BOARD_COLOURS = PROJECTOR.slide  # deep navy, white: over 15:1
BOARD_STRIPE = PROJECTOR.stripe  # every other row; white on it is still above 12:1
BOARD_ACCENT = PROJECTOR.accent  # the title line and the ranks
# A row is never taller than this share of the screen (eight teams fill the board) and never
# shorter than the minimum; below it a second column is used.
ROW_MAX, ROW_MIN = 0.105, 0.06
TITLE_SHARE, CAPTION_SHARE = 0.11, 0.06


@dataclass(frozen=True)
class Board:
    """What the board shows; words already translated."""

    title: str
    caption: str
    rows: tuple[tuple[str, str], ...]  # (role, who) or (rank and team, points)
    ranked: bool = False  # values right-aligned, as points
    owner: str = ""
    # The same entries as (heading, lines): how it goes beside the timer once one runs.
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()


def board_layout(width: float, height: float, rows: int) -> tuple[int, float]:
    """(columns, row height in pixels) for a board of rows rows on a width × height wall."""
    margin = height * 0.035
    area = height - 2 * margin - height * (TITLE_SHARE + CAPTION_SHARE)
    if rows <= 0:
        return 1, height * ROW_MAX
    columns = 1
    row_height = min(height * ROW_MAX, area / rows)
    if row_height < height * ROW_MIN and width > height:
        columns = 2
        row_height = min(height * ROW_MAX, area / -(-rows // 2))
    return columns, row_height


def _font(base: QFont, pixels: float, bold: bool) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, int(pixels)))
    font.setBold(bold)
    return font


def _fitted(painter: QPainter, base: QFont, text: str, rect: QRectF, bold: bool) -> str:
    """Text in rect on one line at the largest size up to the row's, elided past that."""
    pixels = rect.height() * 0.62
    font = _font(base, pixels, bold)
    while (
        pixels > rect.height() * 0.4 and QFontMetricsF(font).horizontalAdvance(text) > rect.width()
    ):
        pixels *= 0.92
        font = _font(base, pixels, bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    return shown


def paint_board(widget: QWidget, painter: QPainter, board: Board) -> None:
    width, height = widget.width(), widget.height()
    background, ink = BOARD_COLOURS
    painter.fillRect(widget.rect(), QColor(background))
    margin = height * 0.035
    base = widget.font()
    title_rect = QRectF(margin, margin * 0.6, width - 2 * margin, height * TITLE_SHARE)
    painter.setPen(QColor(ink))
    text = _fitted(painter, base, board.title, title_rect, True)
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    caption_rect = QRectF(margin, title_rect.bottom(), width - 2 * margin, height * CAPTION_SHARE)
    painter.setPen(QColor(BOARD_ACCENT))
    text = _fitted(painter, base, board.caption, caption_rect, True)
    painter.drawText(caption_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    columns, row_height = board_layout(width, height, len(board.rows))
    top = caption_rect.bottom() + margin * 0.5
    gap = margin if columns > 1 else 0
    column_width = (width - 2 * margin - gap * (columns - 1)) / columns
    per_column = -(-len(board.rows) // columns)
    for index, (label, value) in enumerate(board.rows):
        column, line = divmod(index, per_column)
        row = QRectF(
            margin + column * (column_width + gap),
            top + line * row_height,
            column_width,
            row_height,
        )
        if line % 2:
            painter.fillRect(row, QColor(BOARD_STRIPE))
        inner = row.adjusted(row_height * 0.25, 0, -row_height * 0.25, 0)
        label_share = 0.68 if board.ranked else 0.42
        label_rect = QRectF(inner.left(), inner.top(), inner.width() * label_share, inner.height())
        value_rect = QRectF(
            label_rect.right() + row_height * 0.3,
            inner.top(),
            inner.right() - label_rect.right() - row_height * 0.3,
            inner.height(),
        )
        painter.setPen(QColor(BOARD_ACCENT if board.ranked else ink))
        shown = _fitted(painter, base, label, label_rect, True)
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )
        painter.setPen(QColor(ink))
        shown = _fitted(painter, base, value, value_rect, board.ranked)
        align = Qt.AlignmentFlag.AlignRight if board.ranked else Qt.AlignmentFlag.AlignLeft
        painter.drawText(value_rect, align | Qt.AlignmentFlag.AlignVCenter, shown)

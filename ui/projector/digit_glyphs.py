"""Big timer digits drawn from cached glyph images.

Qt's raster engine caches glyphs only up to a modest size; the projector's digits (hundreds
of pixels high) would otherwise be filled as outlines every second, the largest share of a
tick's repaint. Each character is rendered once per font and colour into an image and then
blitted, which looks the same and costs a fraction of the time.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter

from facilitation.resources_path import resource_path

MAX_CACHED = 96  # a few fonts × (10 digits, colon, minus) × phase colours
# DejaVu Sans, not its Mono cut: the Mono zero carries a dot, odd on a wall clock. Its digits
# are all one width (tabular), so the countdown does not jiggle from one second to the next.
DIGIT_FAMILY = "DejaVu Sans"
_registered: list[bool] = []


def digit_font(pixels: int) -> QFont:
    """The bold timer font, from the copy Lokakarya ships (Windows and macOS lack DejaVu)."""
    if not _registered:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        _registered.append(True)
    font = QFont(DIGIT_FAMILY)
    font.setBold(True)
    font.setPixelSize(pixels)
    return font


class DigitGlyphs:
    def __init__(self) -> None:
        self._images: dict[tuple[str, int, str, float], tuple[QImage, float]] = {}

    def draw(
        self, painter: QPainter, font: QFont, colour: QColor, x: float, baseline: float, text: str
    ) -> None:
        """Draw text with its left edge at x on the baseline, as painter.drawText would."""
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        metrics = QFontMetricsF(font)
        for char in text:
            image, advance = self._glyph(font, metrics, colour, char, ratio)
            painter.drawImage(QPointF(x, baseline - metrics.ascent()), image)
            x += advance

    def _glyph(
        self, font: QFont, metrics: QFontMetricsF, colour: QColor, char: str, ratio: float
    ) -> tuple[QImage, float]:
        key = (font.key(), colour.rgba(), char, ratio)
        cached = self._images.get(key)
        if cached is not None:
            return cached
        if len(self._images) >= MAX_CACHED:
            self._images.clear()
        advance = metrics.horizontalAdvance(char)
        bound = metrics.boundingRect(char)
        # Room for glyph parts that overhang the advance (italic or wide glyphs).
        width = max(advance, bound.right()) + 2
        height = metrics.ascent() + metrics.descent() + 2
        image = QImage(
            max(1, math.ceil(width * ratio)),
            max(1, math.ceil(height * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(0, metrics.ascent()), char)
        painter.end()
        self._images[key] = (image, advance)
        return image, advance

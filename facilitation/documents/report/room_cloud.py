"""The word cloud drawn for the report: a simple deterministic layout, no randomness.

Words (most frequent first) are sized by count between MIN_SIZE and MAX_SIZE, set left to
right in lines that wrap at the frame's width, each line centred. The same words always
give the same picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

MIN_SIZE, MAX_SIZE = 9.0, 30.0
MAX_WORDS = 60
GAP = 8.0
PALETTE = tuple(colors.HexColor(c) for c in ("#2f5d8a", "#3d7a5a", "#8a4b2f", "#6a1b9a", "#5b6573"))


def word_sizes(words: Sequence[tuple[str, int]]) -> list[tuple[str, int, float]]:
    """(word, count, font size) for the words shown, largest count first."""
    kept = sorted(words, key=lambda w: (-w[1], w[0]))[:MAX_WORDS]
    if not kept:
        return []
    top, low = kept[0][1], kept[-1][1]
    span = max(1, top - low)
    return [(w, n, MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (n - low) / span) for w, n in kept]


def cloud_drawing(words: Sequence[tuple[str, int]], width: float, font: str) -> Drawing:
    lines: list[list[tuple[str, float, float]]] = [[]]  # per line: word, size, its width
    used = 0.0
    for word, _count, size in word_sizes(words):
        text = word if len(word) <= 40 else word[:39] + "…"
        w = stringWidth(text, font, size)
        if lines[-1] and used + w > width:
            lines.append([])
            used = 0.0
        lines[-1].append((text, size, w))
        used += w + GAP
    heights = [max((size for _t, size, _w in line), default=0) * 1.25 for line in lines]
    drawing = Drawing(width, max(1.0, sum(heights)))
    y = drawing.height
    colour = 0
    for line, height in zip(lines, heights, strict=True):
        y -= height
        total = sum(w for _t, _s, w in line) + GAP * (len(line) - 1)
        x = (width - total) / 2
        for text, size, w in line:
            drawing.add(
                String(
                    x,
                    y + height * 0.2,
                    text,
                    fontName=font,
                    fontSize=size,
                    fillColor=PALETTE[colour % len(PALETTE)],
                )
            )
            colour += 1
            x += w + GAP
    return drawing

"""The list of one group's members, painted by drawing each name's text laid out once.

After every formation the board paints the dozen lists in view. Qt's item painting lays each
cell's text out two or three times at every paint (to measure it, to elide it, to draw it): most
of the board's paint. A list of names at rest is only that text, in the view's font and text
colour, clipped to its row; here each name is laid out once (a QStaticText kept by name and font:
a re-shuffle shows the same people) and drawn where Qt draws it, the same pixels
(tests/ui/people/test_member_list.py compares them in both themes). Whatever else a list may
show (a selection, the focused row, a drag, the row under the mouse, a name too long for its
row that Qt would cut, a name with a line break or right-to-left letters, a disabled list) is
painted by Qt itself.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle

_MAX_KEPT = 4000  # laid-out names: a few big classes' worth, a few hundred bytes each
_kept: dict[tuple[str, str], QStaticText] = {}
_NO_STATE = QAbstractItemView.State.NoState
_LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
_PLAIN = Qt.TextFormat.PlainText
_ACTIVE, _INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
_TEXT = QPalette.ColorRole.Text


def plainly_drawn(name: str) -> bool:
    """Whether Qt draws the name as one line of left-to-right text: no line breaks or other
    control characters, no right-to-left letters (those are laid out by Qt's own painting)."""
    if name.isascii():
        return name.isprintable()
    return name.isprintable() and not any(
        unicodedata.bidirectional(c) in ("R", "AL", "AN", "RLE", "RLO", "RLI") for c in name
    )


def _laid_out(name: str, font_key: str, font) -> QStaticText:  # noqa: ANN001
    key = (name, font_key)
    text = _kept.get(key)
    if text is None:
        if len(_kept) >= _MAX_KEPT:
            _kept.clear()
        text = QStaticText(name)
        text.setTextFormat(_PLAIN)
        text.prepare(font=font)
        _kept[key] = text
    return text


class MemberList(QListView):
    """A QListView (selection, keys, drag and drop, tooltips as Qt's) over a model with
    names(): the names shown, row by row, and whether all of them are plainly drawn."""

    def paintEvent(self, event) -> None:  # noqa: ANN001
        model = self.model()
        names, plain = model.names()
        viewport = self.viewport()
        if (
            not names
            or not plain
            or self.state() != _NO_STATE
            or not self.isEnabled()
            or self.layoutDirection() != _LEFT_TO_RIGHT
            or self.selectionModel().hasSelection()
            or (self.currentIndex().isValid() and (self.hasFocus() or viewport.hasFocus()))
            or viewport.underMouse()
        ):
            super().paintEvent(event)
            return
        self.executeDelayedItemsLayout()
        font = self.font()
        font_key = font.key()
        texts = [_laid_out(name, font_key, font) for name in names]
        first = self.visualRect(model.index(0, 0))
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        room = first.width() - 2 * margin
        if any(text.size().width() >= room for text in texts):  # Qt would cut it: "Nam…"
            super().paintEvent(event)
            return
        height, left, first_y = first.height(), first.x() + margin, first.y()
        top = first_y + (height - QFontMetrics(font).height()) // 2
        group = _ACTIVE if self.isActiveWindow() else _INACTIVE
        shown = event.rect()
        painter = QPainter(viewport)
        painter.setPen(self.palette().color(group, _TEXT))
        row_rect = first  # moved down row by row
        for row, text in enumerate(texts):
            row_rect.moveTop(first_y + row * height)
            if not row_rect.intersects(shown):
                continue
            painter.setClipRect(row_rect)  # as Qt clips a cell: a descender stays in its row
            painter.drawStaticText(left, top + row * height, text)
        painter.end()

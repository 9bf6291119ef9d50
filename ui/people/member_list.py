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
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

_MAX_KEPT = 4000  # laid-out names: a few big classes' worth, a few hundred bytes each
_texts: dict[tuple[str, str], QStaticText] = {}  # by name and font
_NO_STATE = QAbstractItemView.State.NoState
_LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
_PLAIN = Qt.TextFormat.PlainText
_ACTIVE, _INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
_TEXT = QPalette.ColorRole.Text
_FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin


def plainly_drawn(name: str) -> bool:
    """Whether Qt draws the name as one line of left-to-right text: no line breaks or other
    control characters, no right-to-left letters (those are laid out by Qt's own painting)."""
    if name.isascii():
        return name.isprintable()
    return name.isprintable() and not any(
        unicodedata.bidirectional(c) in ("R", "AL", "AN", "RLE", "RLO", "RLI") for c in name
    )


def _text(name: str, font_key: str, font) -> QStaticText:  # noqa: ANN001
    key = (name, font_key)
    text = _texts.get(key)
    if text is None:
        if len(_texts) >= _MAX_KEPT:
            _texts.clear()
        text = QStaticText(name)
        text.setTextFormat(_PLAIN)
        text.prepare(font=font)
        _texts[key] = text
    return text


class MemberList(QListView):
    """A QListView (selection, keys, drag and drop, tooltips as Qt's) over a model with
    names(): the names shown, row by row, and whether all of them are plainly drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: tuple[list[str], str, tuple[list[QStaticText], float, int]] | None = None

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
        texts, widest, font_height = self._laid_out(names)
        first = self.visualRect(model.index(0, 0))
        margin = self.style().pixelMetric(_FOCUS_MARGIN, None, self) + 1
        if widest >= first.width() - 2 * margin:  # Qt would cut a name: "Nam…"
            super().paintEvent(event)
            return
        x, first_y, width, height = first.x(), first.y(), first.width(), first.height()
        left, top = x + margin, first_y + (height - font_height) // 2
        shown = event.rect()
        rows = range(
            max(0, (shown.top() - first_y) // height),
            min(len(texts), (shown.bottom() - first_y) // height + 1),
        )
        painter = QPainter(viewport)
        group = _ACTIVE if self.isActiveWindow() else _INACTIVE
        painter.setPen(self.palette().color(group, _TEXT))
        for row in rows:
            y = row * height
            painter.setClipRect(x, first_y + y, width, height)  # as Qt clips a cell's text
            painter.drawStaticText(left, top + y, texts[row])
        painter.end()

    def _laid_out(self, names: list[str]) -> tuple[list[QStaticText], float, int]:
        """The names' texts, the widest one's width and the font's line height: kept for the
        names shown (a new formation is a new list) in the view's font."""
        font = self.font()
        key = font.key()
        kept = self._kept
        if kept is not None and kept[0] is names and kept[1] == key:
            return kept[2]
        texts = [_text(name, key, font) for name in names]
        widest = max((text.size().width() for text in texts), default=0.0)
        laid = (texts, widest, QFontMetrics(font).height())
        self._kept = (names, key, laid)
        return laid

"""The Groups tab's one line about the formation shown (groups, people, time, seed): a text
that changes at every formation without asking the page for a new layout."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextWordWrap
)


class SummaryLine(QWidget):
    """A word-wrapped line of text, drawn as a label draws it. A QLabel given a new text asks
    its parents for a new layout, and the tab widget around the Groups tab answers every such
    request by painting itself and all of the tab again (half of a formation's paint, issue
    14); this line asks only when the text needs another height at the width it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._heights: dict[int, int] = {}  # of this text in this font, by width
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        if text == self._text:
            return
        height = self.heightForWidth(self.width())
        self._text = text
        self._heights = {}
        self.setAccessibleName(text)
        if self.heightForWidth(self.width()) != height:
            self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:  # the layout asked at this width already: setText measures once
            metrics = self.fontMetrics()
            height = metrics.height()
            if self._text:
                bounds = QRect(0, 0, max(1, width), 100_000)
                height = max(height, metrics.boundingRect(bounds, _FLAGS, self._text).height())
            if len(self._heights) > 8:  # a window resized by hand: widths without end
                self._heights.clear()
            self._heights[width] = height
        return height

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        self._heights = {}  # another font or style: measured again
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        # As wide as a label's: the layout stretches it; the height follows the width.
        width = self.fontMetrics().averageCharWidth() * 60
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.fontMetrics().height())

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            _FLAGS,
            self.palette(),
            self.isEnabled(),
            self._text,
            self.foregroundRole(),
        )
        painter.end()

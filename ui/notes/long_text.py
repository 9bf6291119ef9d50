"""The note column's painting: from as much of a note's beginning as its cell can show.

Qt lays a cell's whole text out three times at each paint (its size, where it is cut off with
"…", its drawing), and the column holds a note's first 300 characters: 16 notes in a 400-pixel
column cost more than all the other cells of the table. A beginning already wider than the cell
is cut off at the same place as the whole text, so the cell looks the same.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SHORTEST = 24  # characters always kept
NARROW_PIXELS = 4  # a guess below any usual letter's advance: the beginning is checked anyway


class LongTextDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # As QStyledItemDelegate.paint, with the text cut to what can show.
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        shown.text = visible_part(shown.text, shown.rect.width(), shown.fontMetrics)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)


def visible_part(text: str, width: int, metrics) -> str:  # noqa: ANN001 (QFontMetrics)
    """text, or a beginning of it already wider than width (so cut off at the same place)."""
    keep = max(SHORTEST, width // NARROW_PIXELS)
    if len(text) <= keep:
        return text
    beginning = text[:keep]
    return beginning if metrics.horizontalAdvance(beginning) > width else text

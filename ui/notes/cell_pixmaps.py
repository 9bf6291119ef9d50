"""The notes list's cells, each drawn once and then copied: a cell already drawn at this size,
in this state and with this text is a pixmap copied onto the list.

The list is painted whole each time the page is shown again, and when a note is saved every row
moves up by one; laying out and drawing some 130 cells' text was most of that time (Qt lays a
cell's text out three times at each paint). A cell is drawn into its pixmap exactly as onto the
list: on the same background (the view's, then the row's own, as the view paints under each
cell), with the same style, so the copy is the same pixels (tests/ui/notes/test_cell_pixmaps.py
compares them). Which cell it is comes from the model's own cache of what a row shows, so a copy
asks nothing of the model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.notes.long_text import LongTextDelegate

Index = QModelIndex | QPersistentModelIndex
# What changes how every cell looks: the pixmaps drawn before are not used again.
_RESTYLED = frozenset(
    int(kind)
    for kind in (
        QEvent.Type.PaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.DevicePixelRatioChange,
        QEvent.Type.ScreenChangeInternal,
    )
)
_ACTIVE = QStyle.StateFlag.State_Active
_ENABLED = QStyle.StateFlag.State_Enabled
# The focused cell's frame is a gradient, reckoned from where it is drawn (a pixel could differ):
# that one cell is painted as Qt does.
_FOCUS = QStyle.StateFlag.State_HasFocus


class CellPixmapDelegate(LongTextDelegate):
    """Every column of the notes list; the long text column cut as LongTextDelegate does.

    shown(row): what the row's cells show (the model's cached tuple, by column); a cell's text
    with its column, size, state and row's parity is all that decides how it looks here (the
    star's colour goes with its sign, the alignment with its column; the list hides and moves
    no rows, so a row's features, the alternate colour, go with its parity: reading them, an
    enum made anew for each cell, cost as much as the rest of a copy)."""

    MAX_KEPT = 480  # cells: 60 rows, more than a screen shows; a few MB of pixmaps

    def __init__(
        self, view: QAbstractItemView, shown: Callable[[int], tuple], text_column: int
    ) -> None:
        super().__init__(view)
        self._view = view
        self._shown = shown
        self._text_column = text_column
        self._kept: dict[tuple, QPixmap] = {}
        view.installEventFilter(self)

    def forget(self) -> None:
        self._kept.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type()) in _RESTYLED:
            self._kept.clear()
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row, column = index.row(), index.column()
        rect, state = option.rect, option.state
        text = self._shown(row)[column]
        key = (text, column, rect.width(), rect.height(), state, row & 1)
        pixmap = self._kept.get(key)
        if pixmap is None:
            if state & _FOCUS:  # never kept, so never found: drawn each time
                self._draw(painter, option, index)
                return
            pixmap = self._drawn(painter, option, index)
            if len(self._kept) >= self.MAX_KEPT:
                del self._kept[next(iter(self._kept))]  # the oldest
            self._kept[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _drawn(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> QPixmap:
        """The cell as the view would paint it: the view's background, the row's own (the
        alternate colour, a selection) and the item."""
        size = option.rect.size()
        ratio = painter.device().devicePixelRatioF()
        pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        viewport = self._view.viewport()
        state = option.state
        group = (
            QPalette.ColorGroup.Disabled
            if not state & _ENABLED
            else QPalette.ColorGroup.Active
            if state & _ACTIVE
            else QPalette.ColorGroup.Inactive
        )
        pixmap.fill(viewport.palette().color(group, viewport.backgroundRole()))
        shown = QStyleOptionViewItem(option)
        shown.rect = QRect(0, 0, size.width(), size.height())
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        cell = QPainter(pixmap)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, shown, cell, widget)
        self._draw(cell, shown, index)
        cell.end()
        return pixmap

    def _draw(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() == self._text_column:
            super().paint(painter, option, index)
        else:
            QStyledItemDelegate.paint(self, painter, option, index)

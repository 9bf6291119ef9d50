"""A tab widget that repaints its page only when its tab bar or page area actually moves.

QTabWidget answers every layout request from inside its pages (a label's new text, a list's
new count, a cleared box) by placing its tab bar and page area again and repainting itself
whole: saving a note repainted the whole Notes page, every label and button of the note box
included, for a count and a "Saved" line. Here a request that would place them where they are
is passed up as a size change only (as QTabWidget does too); the widgets that changed repaint
themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionTabWidgetFrame, QTabWidget, QWidget

_LAYOUT_REQUEST = QEvent.Type.LayoutRequest
_CORNERS = (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)


class SteadyTabWidget(QTabWidget):
    def event(self, event: QEvent) -> bool:
        if event.type() == _LAYOUT_REQUEST and self.isVisible() and self._in_place():
            self.updateGeometry()  # the size hint may have changed: the parents' layouts see
            return True
        return super().event(event)

    def _in_place(self) -> bool:
        """The tab bar and the page area are where QTabWidget would now place them."""
        page = self.currentWidget()
        stack = page.parentWidget() if page is not None else None
        if stack is None or stack is self or self._has_corners():
            return False
        option = QStyleOptionTabWidgetFrame()
        self.initStyleOption(option)
        style = self.style()
        tab_rect = style.subElementRect(QStyle.SubElement.SE_TabWidgetTabBar, option, self)
        contents = style.subElementRect(QStyle.SubElement.SE_TabWidgetTabContents, option, self)
        return _same(self.tabBar(), tab_rect) and _same(stack, contents)

    def _has_corners(self) -> bool:
        return any(self.cornerWidget(corner) is not None for corner in _CORNERS)


def _same(widget: QWidget, rect: QRect) -> bool:
    return widget.geometry() == rect

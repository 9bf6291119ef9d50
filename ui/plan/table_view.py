"""The agenda's table: keys that move and remove activities, and column widths measured from
the font (not by sizing every cell at each change, as ResizeToContents does)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

START, END, TITLE, KIND, MINUTES = range(5)  # AgendaTableModel's columns
SAMPLES = {START: "00:00", END: "00:00", MINUTES: "0000"}  # the widest value of each


class AgendaTableView(QTableView):
    """Ctrl+Up/Down move the selected activity, Delete removes it."""

    move_requested = Signal(int)  # step
    remove_requested = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._kind_labels: tuple[str, ...] = ()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else +1)
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)

    def fit_columns(self, kind_labels: Iterable[str]) -> None:
        """Times and minutes as wide as their widest value, the method as its longest label
        on the day shown, the title the rest: what ResizeToContents gave, measured once per
        day from the font instead of from every cell after every change."""
        labels = tuple(sorted(set(kind_labels)))
        header = self.horizontalHeader()
        if header.sectionResizeMode(KIND) != QHeaderView.ResizeMode.Fixed:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        elif labels == self._kind_labels:
            return
        self._kind_labels = labels
        self._measure()

    def _measure(self) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        padding = 2 * (margin + 1) + (1 if self.showGrid() else 0)  # as the delegate measures
        texts = {column: (sample,) for column, sample in SAMPLES.items()}
        for column, shown in (texts | {KIND: self._kind_labels}).items():
            widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
            header.resizeSection(column, max(widest + padding, header.sectionSizeHint(column)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and (
            self.horizontalHeader().sectionResizeMode(KIND) == QHeaderView.ResizeMode.Fixed
        ):
            self._measure()

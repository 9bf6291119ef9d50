"""Charts (QtCharts) in the theme's colours: their own background, title, legend and axes
would otherwise stay white whatever the theme. Imported by the pages that draw charts only,
so QtCharts loads with them."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QPen

from ui.common.theme import current_tokens, theme_manager


def paint_chart(chart: QChart) -> None:
    """Colour chart and its present axes; call again after axes are added."""
    tokens = current_tokens()
    text, border = QColor(tokens.text), QColor(tokens.border)
    chart.setBackgroundBrush(QBrush(QColor(tokens.surface)))
    chart.setBackgroundPen(QPen(border))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setLinePenColor(border)
        axis.setGridLineColor(border)


class _ChartPainter(QObject):
    def __init__(self, chart: QChart) -> None:
        super().__init__(chart)
        self.chart = chart
        theme_manager().changed.connect(self.repaint)

    def repaint(self, _tokens: object = None) -> None:
        paint_chart(self.chart)


def follow_theme(chart: QChart) -> None:
    """Paint chart now and again whenever the theme changes."""
    paint_chart(chart)
    _ChartPainter(chart)

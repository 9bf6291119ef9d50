"""Charts of the session report: minutes per activity, votes and evaluation averages."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

PLANNED_COLOUR = colors.HexColor("#9db4d0")
ACTUAL_COLOUR = colors.HexColor("#2f5d8a")
SINGLE_COLOUR = colors.HexColor("#3d7a5a")
LABEL_CHARACTERS = 38
BAR_ROW = 15
# A drawing is never split: one taller than the page's frame (about 728 pt on A4) stops the
# whole report. Long days squeeze their rows to half height, and beyond that the chart shrinks.
MAX_HEIGHT = 700.0


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def horizontal_bars(
    labels: Sequence[str],
    series: Sequence[Sequence[float | None]],
    series_names: Sequence[str],
    series_colours: Sequence[colors.Color],
    width: float,
    font: str,
    title: str = "",
    value_max: float | None = None,
    value_step: float | None = None,
) -> Drawing:
    """A horizontal bar chart with one row per label and a bar per series (first on top)."""
    rows = max(1, len(labels))
    per_row = BAR_ROW * (1 + 0.6 * (len(series) - 1))
    legend_height = 18 if len(series) > 1 else 0
    title_height = 16 if title else 0
    around = 30 + legend_height + title_height
    per_row = max(per_row / 2, min(per_row, (MAX_HEIGHT - around) / rows))
    plot_height = rows * per_row
    drawing = Drawing(width, plot_height + around)
    if drawing.height > MAX_HEIGHT:
        drawing.renderScale = MAX_HEIGHT / drawing.height
    chart = HorizontalBarChart()
    label_width = min(190.0, width * 0.42)
    chart.x = label_width
    chart.y = 20 + legend_height
    chart.width = width - label_width - 30
    chart.height = plot_height
    # reportlab draws the first category at the bottom; reverse so the agenda reads downwards.
    chart.data = [[0 if v is None else v for v in reversed(values)] for values in series]
    chart.categoryAxis.categoryNames = [_short(label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    if value_step is not None:
        chart.valueAxis.valueStep = value_step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    # Series are reversed too so the first series' bar sits on top within each row.
    chart.data = list(reversed(chart.data))
    for index, colour in enumerate(reversed(list(series_colours))):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    if title:
        drawing.add(String(0, drawing.height - 12, title, fontName=font, fontSize=9))
    if len(series) > 1:
        legend = Legend()
        legend.x = label_width
        legend.y = 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = font
        legend.fontSize = 7
        legend.dx = legend.dy = 7
        legend.deltax = 80
        legend.colorNamePairs = list(zip(series_colours, series_names, strict=True))
        drawing.add(legend)
    return drawing


def minutes_chart(
    titles: Sequence[str],
    planned: Sequence[int],
    actual: Sequence[int | None] | None,
    names: tuple[str, str],
    width: float,
    font: str,
    title: str,
) -> Drawing:
    if actual is None:
        return horizontal_bars(titles, [planned], names[:1], [PLANNED_COLOUR], width, font, title)
    return horizontal_bars(
        titles, [planned, actual], names, [PLANNED_COLOUR, ACTUAL_COLOUR], width, font, title
    )


def counts_chart(labels: Sequence[str], counts: Sequence[int], width: float, font: str) -> Drawing:
    return horizontal_bars(labels, [counts], [""], [SINGLE_COLOUR], width, font)


def averages_chart(
    labels: Sequence[str], averages: Sequence[float | None], width: float, font: str
) -> Drawing:
    return horizontal_bars(
        labels, [averages], [""], [SINGLE_COLOUR], width, font, value_max=5, value_step=1
    )

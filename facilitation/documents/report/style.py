"""The look of the session report: A4, the bundled font, quiet headings, ruled tables."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageTemplate, Table, TableStyle

from facilitation.documents.fonts import register_fonts

PAGE_SIZE = A4
MARGIN = 2 * cm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
# The page of every A4 document (report, official report): margins, then one body frame.
PAGE_GEOMETRY = {
    "pagesize": PAGE_SIZE,
    "leftMargin": MARGIN,
    "rightMargin": MARGIN,
    "topMargin": MARGIN,
    "bottomMargin": MARGIN,
    "creator": "Lokakarya",
}


def body_page_template() -> PageTemplate:
    """The one page template: the body frame inside the margins, without padding."""
    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_WIDTH,
        PAGE_SIZE[1] - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(id="page", frames=[frame])


INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#9aa4b1")
HEADER_FILL = colors.HexColor("#e3e9f1")
STRIPE_FILL = colors.HexColor("#f5f7fa")


@dataclass(frozen=True)
class ReportStyles:
    font: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kind: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    centre: ParagraphStyle


def make_styles() -> ReportStyles:
    font, bold = register_fonts()

    def style(name: str, **values) -> ParagraphStyle:
        values.setdefault("fontName", font)
        values.setdefault("textColor", INK)
        values.setdefault("bulletFontName", font)  # ★ and • need the bundled font too
        return ParagraphStyle(name, **values)

    return ReportStyles(
        font=font,
        bold=bold,
        body=style("body", fontSize=10, leading=14, spaceAfter=4),
        small=style("small", fontSize=8.5, leading=11),
        meta=style("meta", fontSize=8, leading=10, textColor=MUTED),
        h1=style("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=6, spaceAfter=8),
        h2=style("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
        h3=style("h3", fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        kind=style("kind", fontName=bold, fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=3),
        note=style("note", fontSize=9.5, leading=12.5, leftIndent=12, bulletIndent=2, spaceAfter=2),
        cell=style("cell", fontSize=8.5, leading=10.5),
        cell_head=style("cell_head", fontName=bold, fontSize=8.5, leading=10.5),
        cover_kicker=style(
            "kicker",
            fontName=bold,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=6,
        ),
        cover_title=style(
            "cover_title",
            fontName=bold,
            fontSize=22,
            leading=28,
            alignment=TA_CENTER,
            spaceAfter=18,
        ),
        centre=style("centre", fontSize=10, leading=14, alignment=TA_CENTER),
    )


def ruled_table(
    rows: list[list],
    widths: list[float],
    styles: ReportStyles,
    numeric_columns: tuple[int, ...] = (),
    header_rows: int = 1,
    total_row: bool = False,
) -> Table:
    """A table with a shaded header repeated on every page and light stripes. Plain strings
    (numbers) are drawn in the report font; user text comes in as Paragraph cells.

    With total_row the last row sums the others: it is set off by a heavier rule and never
    starts a page alone, as the table is never split between it and the row above."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in range(header_rows + 1, len(rows), 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), STRIPE_FILL))
    for column in numeric_columns:
        commands.append(("ALIGN", (column, header_rows), (column, -1), "RIGHT"))
    last = len(rows) - 1
    if total_row and last > header_rows:
        commands.append(("LINEABOVE", (0, last), (-1, last), 0.9, INK))
        commands.append(("NOSPLIT", (0, last - 1), (-1, last)))
    table.setStyle(TableStyle(commands))
    return table

"""Name cards: eight to an A4 page, to cut out and put on the table or wear, in the session's
report language; each with the person's personal code for phones in the room when asked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from facilitation.documents.fonts import register_fonts
from facilitation.participants import Participant

TEXTS = {
    "id": {"title": "Kartu Nama", "code": "Kode ponsel: {code}", "empty": "Belum ada peserta."},
    "en": {"title": "Name Cards", "code": "Phone code: {code}", "empty": "No participants yet."},
}
COLUMNS, ROWS = 2, 4
CARD_WIDTH, CARD_HEIGHT = 9.0 * cm, 6.2 * cm


def write_name_cards(
    target: Path | BinaryIO,
    session_title: str,
    participants: Sequence[Participant],
    language: str = "id",
    codes: Mapping[str, str] | None = None,
) -> None:
    words = TEXTS.get(language, TEXTS["id"])
    regular, bold = register_fonts()
    name_style = ParagraphStyle("name", fontName=bold, fontSize=18, leading=22, alignment=1)
    line_style = ParagraphStyle("line", fontName=regular, fontSize=9.5, leading=12, alignment=1)
    small_style = ParagraphStyle("small", parent=line_style, fontSize=7.5, textColor=colors.grey)
    code_style = ParagraphStyle("code", fontName=bold, fontSize=13, leading=16, alignment=1)

    def card(person: Participant) -> list[Paragraph]:
        parts = [Paragraph(escape(person.name), name_style)]
        detail = " · ".join(x for x in (person.position, person.institution) if x)
        if detail:
            parts.append(Paragraph(escape(detail), line_style))
        if codes is not None and codes.get(person.id):
            parts.append(Paragraph(escape(words["code"].format(code=codes[person.id])), code_style))
        parts.append(Paragraph(escape(session_title), small_style))
        return parts

    cells: list = [card(p) for p in participants] or [[Paragraph(words["empty"], line_style)]]
    while len(cells) % COLUMNS:
        cells.append("")
    rows = [cells[i : i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    table = Table(rows, colWidths=[CARD_WIDTH] * COLUMNS, rowHeights=[CARD_HEIGHT] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),  # where to cut
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    document = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
        title=f"{words['title']} — {session_title}",
        author="Lokakarya",
    )
    document.build([table])

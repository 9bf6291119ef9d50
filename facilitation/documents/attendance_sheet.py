"""The daftar hadir: a printed attendance sheet to sign, in the session's report language.

Numbered rows with name, NIP, position and institution, and a signature column with the
number staggered left and right, as Indonesian offices print it, so neighbours do not sign
over each other. Every piece of user text is escaped: a name like "<b>&" prints as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from facilitation.documents.fonts import register_fonts
from facilitation.participants import Participant

TEXTS = {
    "id": {
        "heading": "DAFTAR HADIR",
        "date": "Hari/Tanggal",
        "venue": "Tempat",
        "organiser": "Penyelenggara",
        "day": "Hari ke-{number} dari {count}",
        "number": "No",
        "name": "Nama",
        "nip": "NIP",
        "position": "Jabatan",
        "institution": "Unit Kerja / Instansi",
        "signature": "Tanda Tangan",
        "page": "Halaman {page}",
        "empty": "Belum ada peserta.",
        "code": "Kode Ponsel",
    },
    "en": {
        "heading": "ATTENDANCE LIST",
        "date": "Date",
        "venue": "Venue",
        "organiser": "Organiser",
        "day": "Day {number} of {count}",
        "number": "No.",
        "name": "Name",
        "nip": "NIP",
        "position": "Position",
        "institution": "Unit / Institution",
        "signature": "Signature",
        "page": "Page {page}",
        "empty": "No participants yet.",
        "code": "Phone Code",
    },
}


@dataclass(frozen=True)
class SheetHeading:
    title: str
    day: date
    venue: str = ""
    organiser: str = ""
    day_number: int = 1
    day_count: int = 1


def text(text_value: str) -> str:
    """User text made safe for a reportlab Paragraph (which reads a little XML)."""
    return escape(text_value).replace("\n", "<br/>")


def long_date(day: date, language: str) -> str:
    return format_date(day, "EEEE, d MMMM y", locale="id" if language == "id" else "en_GB")


def write_attendance_sheet(
    target: Path | BinaryIO,
    heading: SheetHeading,
    participants: Sequence[Participant],
    language: str = "id",
    codes: Mapping[str, str] | None = None,
) -> None:
    """codes (participant id -> personal code): printed in a column of their own, for the
    phones in the room (a pre/post test links answers to people by them)."""
    words = TEXTS.get(language, TEXTS["id"])
    regular, bold = register_fonts()
    title_style = ParagraphStyle("title", fontName=bold, fontSize=14, leading=18, alignment=1)
    subtitle_style = ParagraphStyle("subtitle", fontName=bold, fontSize=11, leading=14, alignment=1)
    info_style = ParagraphStyle("info", fontName=regular, fontSize=9.5, leading=12.5)
    cell_style = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    head_style = ParagraphStyle("head", parent=cell_style, fontName=bold, alignment=1)
    nip_style = ParagraphStyle("nip", parent=cell_style, fontSize=8)

    story: list = [
        Paragraph(words["heading"], title_style),
        Paragraph(text(heading.title), subtitle_style),
        Spacer(1, 0.3 * cm),
    ]
    info_rows = [(words["date"], long_date(heading.day, language))]
    if heading.day_count > 1:
        info_rows[0] = (
            words["date"],
            long_date(heading.day, language)
            + " · "
            + words["day"].format(number=heading.day_number, count=heading.day_count),
        )
    if heading.venue:
        info_rows.append((words["venue"], heading.venue))
    if heading.organiser:
        info_rows.append((words["organiser"], heading.organiser))
    info = Table(
        [
            [Paragraph(text(label), info_style), Paragraph(":", info_style), _p(value, info_style)]
            for label, value in info_rows
        ],
        colWidths=[3.2 * cm, 0.4 * cm, 14.4 * cm],
        hAlign="LEFT",
    )
    info.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story += [info, Spacer(1, 0.4 * cm)]

    keys = ["number", "name", "nip", "position", "institution", "signature"]
    if codes is not None:
        keys.insert(2, "code")
    header = [Paragraph(words[key], head_style) for key in keys]
    code_style = ParagraphStyle("code", parent=cell_style, fontName=bold, fontSize=10, alignment=1)
    rows = [header]
    for number, person in enumerate(participants, start=1):
        # Odd numbers sign on the left half of the box, even numbers on the right.
        signature = f"{number}." if number % 2 else f"{'&nbsp;' * 14}{number}."
        row = [
            Paragraph(str(number), ParagraphStyle("n", parent=cell_style, alignment=1)),
            _p(person.name, cell_style),
            _p(person.nip, nip_style),
            _p(person.position, cell_style),
            _p(person.institution, cell_style),
            Paragraph(signature, cell_style),
        ]
        if codes is not None:
            row.insert(2, _p(codes.get(person.id, ""), code_style))
        rows.append(row)
    if not participants:
        rows.append([Paragraph(words["empty"], cell_style)] + [""] * (len(keys) - 1))
    widths = [0.9, 4.0, 3.5, 3.1, 3.4, 3.1]
    if codes is not None:
        widths = [0.9, 3.6, 1.9, 3.1, 2.6, 2.9, 3.0]
    table = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
    ]
    if not participants:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    story.append(table)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawRightString(A4[0] - 1.5 * cm, 1.0 * cm, words["page"].format(page=doc.page))
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.6 * cm,
        title=f"{words['heading']} — {heading.title}",
        author=heading.organiser or "Lokakarya",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)

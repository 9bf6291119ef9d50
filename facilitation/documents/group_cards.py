"""Printable group cards: one page per group to put on the group's table, or one list of all
groups for the facilitator and the wall. In the session's report language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from facilitation.documents.attendance_sheet import text
from facilitation.documents.fonts import register_fonts

TEXTS = {
    "id": {
        "heading": "Pembagian Kelompok",
        "members": "{count} anggota",
        "number": "No",
        "name": "Nama",
        "institution": "Unit Kerja / Instansi",
        "no_groups": "Belum ada kelompok.",
    },
    "en": {
        "heading": "Groups",
        "members": "{count} members",
        "number": "No.",
        "name": "Name",
        "institution": "Unit / Institution",
        "no_groups": "No groups yet.",
    },
}


class CardLayout(StrEnum):
    PAGE_PER_GROUP = "pages"
    LIST = "list"


@dataclass(frozen=True)
class CardMember:
    name: str
    institution: str = ""


@dataclass(frozen=True)
class CardGroup:
    name: str
    members: Sequence[CardMember]


def write_group_cards(
    target: Path | BinaryIO,
    title: str,
    groups: Sequence[CardGroup],
    language: str = "id",
    layout: CardLayout = CardLayout.PAGE_PER_GROUP,
    subtitle: str = "",
) -> None:
    words = TEXTS.get(language, TEXTS["id"])
    regular, bold = register_fonts()
    big = layout == CardLayout.PAGE_PER_GROUP
    caption = ParagraphStyle("caption", fontName=regular, fontSize=10, leading=13, alignment=1)
    group_style = ParagraphStyle(
        "group",
        fontName=bold,
        fontSize=34 if big else 14,
        leading=40 if big else 18,
        alignment=1 if big else 0,
        spaceAfter=6,
    )
    count_style = ParagraphStyle(
        "count", fontName=regular, fontSize=11, leading=14, alignment=1 if big else 0
    )
    cell = ParagraphStyle(
        "cell", fontName=regular, fontSize=14 if big else 9.5, leading=18 if big else 12
    )
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    story: list = []
    if not groups:
        story.append(Paragraph(words["no_groups"], cell))
    for index, group in enumerate(groups):
        block: list = []
        if big or index == 0:
            block.append(Paragraph(text(title), caption))
            if subtitle:
                block.append(Paragraph(text(subtitle), caption))
            block.append(Spacer(1, 0.8 * cm if big else 0.4 * cm))
        block.append(Paragraph(text(group.name), group_style))
        block.append(Paragraph(words["members"].format(count=len(group.members)), count_style))
        block.append(Spacer(1, 0.6 * cm if big else 0.2 * cm))
        rows = [
            [
                Paragraph(words["number"], head),
                Paragraph(words["name"], head),
                Paragraph(words["institution"], head),
            ]
        ]
        for number, member in enumerate(group.members, start=1):
            rows.append(
                [
                    Paragraph(str(number), cell),
                    Paragraph(text(member.name), cell),
                    Paragraph(text(member.institution), cell),
                ]
            )
        table = Table(rows, colWidths=[1.4 * cm, 9.0 * cm, 7.6 * cm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5 if big else 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5 if big else 3),
                ]
            )
        )
        block.append(table)
        if big:
            story.extend(block)
            if index < len(groups) - 1:
                story.append(PageBreak())
        else:
            story.append(KeepTogether(block))
            story.append(Spacer(1, 0.6 * cm))
    document = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
        title=f"{words['heading']} — {title}",
        author="Lokakarya",
    )
    document.build(story)

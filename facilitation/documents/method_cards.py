"""Printables for a role play: role cards (four A6 cards on an A4 sheet, with dashed cutting
lines) and one observer sheet per observer with the checklist and a 1–4 scale.

Texts printed here use the session's language through PDF_TEXTS, not the UI's translations.
Everything a user typed is escaped before it reaches reportlab's paragraph markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Frame,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from facilitation.bilingual import lines_in, text_in
from facilitation.core_values import value_name
from facilitation.documents.fonts import register_fonts
from facilitation.roleplay import SCORE_MAX, SCORE_MIN, ObserverRole, Scenario

PDF_TEXTS: dict[str, dict[str, str]] = {
    "role_card": {"id": "Kartu peran", "en": "Role card"},
    "played_by": {"id": "Diperankan oleh", "en": "Played by"},
    "round": {"id": "Putaran", "en": "Round"},
    "everyone_knows": {"id": "Yang diketahui semua orang", "en": "What everyone knows"},
    "only_you_know": {"id": "Hanya untuk Anda (rahasia)", "en": "For you only (private)"},
    "cut_here": {"id": "gunting di sini", "en": "cut here"},
    "observer_sheet": {"id": "Lembar pengamat", "en": "Observer sheet"},
    "observer": {"id": "Pengamat", "en": "Observer"},
    "name": {"id": "Nama", "en": "Name"},
    "context": {"id": "Situasi", "en": "Situation"},
    "behaviour": {"id": "Perilaku yang diamati", "en": "Behaviour to watch for"},
    "value": {"id": "Nilai", "en": "Value"},
    "scale": {
        "id": "Skala: 1 = belum tampak · 2 = sebagian · 3 = sebagian besar · 4 = sepenuhnya",
        "en": "Scale: 1 = not yet · 2 = partly · 3 = mostly · 4 = fully",
    },
    "evidence": {"id": "Contoh kalimat / tindakan yang terlihat", "en": "Words or actions seen"},
    "debrief": {"id": "Pertanyaan refleksi", "en": "Debrief questions"},
}

CARD_COLUMNS, CARD_ROWS = 2, 2
CARD_PADDING = 7 * mm


def _t(key: str, lang: str) -> str:
    return PDF_TEXTS[key].get(lang) or PDF_TEXTS[key]["id"]


def _safe(text: str) -> str:
    """User text for paragraph markup: escaped, line breaks kept, NUL dropped."""
    return escape(text.replace("\x00", "")).replace("\n", "<br/>")


@dataclass(frozen=True)
class _Styles:
    small: ParagraphStyle
    body: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    label: ParagraphStyle


def _styles() -> _Styles:
    regular, bold = register_fonts()
    return _Styles(
        small=ParagraphStyle(
            "small",
            fontName=regular,
            fontSize=7.5,
            leading=9.5,
            textColor=colors.HexColor("#555555"),
        ),
        body=ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5),
        heading=ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=9,
            leading=12,
            textColor=colors.HexColor("#1b4f72"),
            spaceBefore=5,
        ),
        title=ParagraphStyle("title", fontName=bold, fontSize=15, leading=18, spaceAfter=3),
        label=ParagraphStyle("label", fontName=bold, fontSize=10, leading=13),
    )


def role_cards_pdf(
    scenario: Scenario,
    lang: str,
    out: str | Path | BinaryIO,
    cast: Mapping[str, Sequence[str]] | None = None,
    round_number: int | None = None,
    session_title: str = "",
    groups: Sequence[tuple[str, Mapping[str, Sequence[str]]]] = (),
) -> int:
    """Write the role cards; returns the number of pages. cast maps role key -> names; with
    groups playing at once, each group gets its own set of cards, named on each card."""
    styles = _styles()
    sets = list(groups) or [("", cast or {})]
    canvas = Canvas(out if not isinstance(out, Path) else str(out), pagesize=A4)
    canvas.setTitle(f"{_t('role_card', lang)} — {scenario.title_in(lang)}")
    page_width, page_height = A4
    card_width, card_height = page_width / CARD_COLUMNS, page_height / CARD_ROWS
    per_page = CARD_COLUMNS * CARD_ROWS
    cards = [(group, role, by_role) for group, by_role in sets for role in scenario.roles]
    pages = max(1, -(-len(cards) // per_page))
    for page in range(pages):
        _cutting_lines(canvas, lang)
        for slot, (group, role, cast) in enumerate(cards[page * per_page : (page + 1) * per_page]):
            column, row = slot % CARD_COLUMNS, slot // CARD_COLUMNS
            x, y = column * card_width, page_height - (row + 1) * card_height
            names = [name for name in cast.get(role.key, ()) if name]
            flow = [
                Paragraph(
                    _safe(
                        " · ".join(p for p in (session_title, scenario.title_in(lang), group) if p)
                    ),
                    styles.small,
                ),
                Paragraph(_safe(_t("role_card", lang)).upper(), styles.small),
                Spacer(1, 2 * mm),
                Paragraph(_safe(role.name_in(lang)), styles.title),
                Paragraph(_played_by(names, round_number, lang), styles.label),
                Paragraph(_safe(_t("everyone_knows", lang)), styles.heading),
                Paragraph(_safe(text_in(role.public_brief, lang)), styles.body),
                Paragraph(_safe(_t("only_you_know", lang)), styles.heading),
                Paragraph(_safe(text_in(role.private_brief, lang)), styles.body),
            ]
            inner_w, inner_h = card_width - 2 * CARD_PADDING, card_height - 2 * CARD_PADDING
            frame = Frame(
                x + CARD_PADDING,
                y + CARD_PADDING,
                inner_w,
                inner_h,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            # A long brief shrinks to fit its card instead of spilling onto the next one.
            frame.addFromList([KeepInFrame(inner_w, inner_h, flow, mode="shrink")], canvas)
        canvas.showPage()
    canvas.save()
    return pages


def _played_by(names: Sequence[str], round_number: int | None, lang: str) -> str:
    label = _t("played_by", lang)
    if round_number:
        label += f" ({_t('round', lang).lower()} {round_number})"
    who = ", ".join(names) if names else "_" * 28
    return f"{_safe(label)}: {_safe(who)}"


def _cutting_lines(canvas: Canvas, lang: str) -> None:
    regular, _bold = register_fonts()
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.6)
    for column in range(1, CARD_COLUMNS):
        canvas.line(column * width / CARD_COLUMNS, 0, column * width / CARD_COLUMNS, height)
    for row in range(1, CARD_ROWS):
        canvas.line(0, row * height / CARD_ROWS, width, row * height / CARD_ROWS)
    canvas.setFillColor(colors.HexColor("#888888"))
    canvas.setFont(regular, 7)
    canvas.drawString(4 * mm, height / CARD_ROWS + 1.2 * mm, f"✂ {_t('cut_here', lang)}")
    canvas.restoreState()


def observer_sheets_pdf(
    scenario: Scenario,
    lang: str,
    out: str | Path | BinaryIO,
    observers: Sequence[tuple[str, str]] = (),
    round_number: int | None = None,
    session_title: str = "",
) -> int:
    """One sheet per (observer role key, observer's name); with none given, one blank sheet
    per observer role. Returns the number of sheets."""
    styles = _styles()
    sheets = list(observers) or [(role.key, "") for role in scenario.observer_roles]
    doc = SimpleDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"{_t('observer_sheet', lang)} — {scenario.title_in(lang)}",
    )
    story: list = []
    count = 0
    for role_key, name in sheets:
        observer = scenario.observer_role(role_key)
        if observer is None:
            continue
        if count:
            story.append(_PageBreak())
        story += _observer_sheet(
            scenario, observer, name, round_number, session_title, lang, styles, doc.width
        )
        count += 1
    if not story:
        story.append(Paragraph(_safe(scenario.title_in(lang)), styles.title))
    doc.build(story)
    return count


def _observer_sheet(
    scenario: Scenario,
    observer: ObserverRole,
    name: str,
    round_number: int | None,
    session_title: str,
    lang: str,
    styles: _Styles,
    width: float,
) -> list:
    header = " · ".join(p for p in (session_title, scenario.title_in(lang)) if p)
    who = name or "_" * 30
    round_text = str(round_number) if round_number else "____"
    story: list = [
        Paragraph(_safe(header), styles.small),
        Paragraph(_safe(f"{_t('observer_sheet', lang)}: {observer.name_in(lang)}"), styles.title),
        Paragraph(
            f"{_safe(_t('name', lang))}: {_safe(who)} &nbsp;&nbsp; "
            f"{_safe(_t('round', lang))}: {_safe(round_text)}",
            styles.label,
        ),
        Paragraph(_safe(_t("context", lang)), styles.heading),
        Paragraph(_safe(text_in(scenario.context, lang)), styles.body),
        Spacer(1, 2 * mm),
        Paragraph(_safe(text_in(observer.brief, lang)), styles.body),
        Spacer(1, 3 * mm),
    ]
    scale = [str(score) for score in range(SCORE_MIN, SCORE_MAX + 1)]
    rows = [
        [
            Paragraph(_safe(_t("behaviour", lang)), styles.label),
            Paragraph(_safe(_t("value", lang)), styles.label),
            *scale,
        ]
    ]
    for item in observer.checklist:
        rows.append(
            [
                Paragraph(_safe(text_in(item.text, lang)), styles.body),
                Paragraph(_safe(value_name(item.value, lang)), styles.small),
                *["☐"] * len(scale),
            ]
        )
    box = 9 * mm
    table = Table(
        rows,
        colWidths=[width - 38 * mm - box * len(scale), 38 * mm, *[box] * len(scale)],
        repeatRows=1,
    )
    regular, _bold = register_fonts()
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                ("FONTNAME", (2, 0), (-1, -1), regular),
                ("FONTSIZE", (2, 1), (-1, -1), 14),
            ]
        )
    )
    story += [table, Spacer(1, 2 * mm), Paragraph(_safe(_t("scale", lang)), styles.small)]
    story.append(Paragraph(_safe(_t("evidence", lang)), styles.heading))
    lines = Table([[""]] * 4, colWidths=[width], rowHeights=[8 * mm] * 4)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#aaaaaa"))]))
    story.append(lines)
    questions = lines_in(scenario.debrief_questions, lang)
    if questions:
        story.append(Paragraph(_safe(_t("debrief", lang)), styles.heading))
        for number, question in enumerate(questions, start=1):
            story.append(Paragraph(f"{number}. {_safe(question)}", styles.body))
    return story


def _PageBreak():  # noqa: N802 - a flowable factory, named like the class it returns
    from reportlab.platypus import PageBreak

    return PageBreak()

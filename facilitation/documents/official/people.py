"""The pieces about people the official documents share: the presenters' table with their JP
and the pair of signature blocks under a document."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from facilitation.documents.official.data import OfficialData
from facilitation.documents.official.text import jp_text, ot, role_word
from facilitation.documents.report.flow import cell, markup
from facilitation.documents.report.style import FRAME_WIDTH, ReportStyles, ruled_table

BLANK_NAME = "(......................................)"


def presenters_table(data: OfficialData, lang: str, s: ReportStyles) -> Flowable:
    def head(key: str) -> Paragraph:
        return Paragraph(markup(ot(lang, key)), s.cell_head)

    rows: list[list] = [
        [head("no"), head("name"), head("role"), head("position"), head("activities"), head("jp")]
    ]
    for n, person in enumerate(data.presenters, start=1):
        where = " / ".join(p for p in (person.position, person.institution) if p)
        rows.append(
            [
                str(n),
                cell(person.name + (f"\nNIP {person.nip}" if person.nip else ""), s.cell),
                cell(role_word(lang, person.role), s.cell),
                cell(where, s.cell),
                cell("\n".join(person.activities), s.cell),
                jp_text(person.jp, lang),
            ]
        )
    widths = [0.8 * cm, 4.2 * cm, 2.3 * cm, 3.6 * cm, 0, 1.2 * cm]
    widths[4] = FRAME_WIDTH - sum(widths)
    return ruled_table(rows, widths, s, (0, 5))


def signature_pair(
    s: ReportStyles,
    lang: str,
    *,
    left: tuple[str, str, str],
    right: tuple[str, str, str],
    place_date: str = "",
    left_nip: str = "",
    right_nip: str = "",
) -> Flowable:
    """Two signature blocks side by side: (greeting, office, name) each; a missing name or NIP
    is a dotted line to fill in by hand. The place and date sit above the right-hand block."""

    def block(greeting: str, office: str, name: str, dated: str, nip: str = "") -> list[Flowable]:
        return [
            Paragraph(markup(dated) or "&nbsp;", s.centre),
            Paragraph(markup(greeting), s.centre),
            Paragraph(markup(office), s.centre),
            Spacer(1, 1.8 * cm),
            Paragraph(markup(name) if name else BLANK_NAME, s.centre),
            Paragraph(markup(f"NIP. {nip}" if nip else ot(lang, "nip_line")), s.centre),
        ]

    table = Table(
        [[block(*left, "", left_nip), block(*right, place_date, right_nip)]],
        colWidths=[FRAME_WIDTH / 2] * 2,
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table

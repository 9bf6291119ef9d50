"""The facilitators' and resource persons' honorarium receipt list (daftar penerimaan
honorarium): JP taught from the agenda x a rate per JP the user enters. No rate is built in:
rates differ per agency and year (the SBM), and the user knows theirs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from facilitation.documents.official.data import OfficialData, redact_official
from facilitation.documents.official.layout import (
    build_pdf,
    plain_letterhead,
    save_pdf,
    shorten,
)
from facilitation.documents.official.people import signature_pair
from facilitation.documents.official.text import jp_text, ot, role_word, rupiah
from facilitation.documents.report.flow import cell, markup
from facilitation.documents.report.pdf import ReportOptions
from facilitation.documents.report.style import FRAME_WIDTH, ReportStyles, make_styles, ruled_table
from facilitation.documents.report.text import date_span, long_date
from facilitation.paperwork import MAX_RATE

log = logging.getLogger(__name__)


def amounts(data: OfficialData, rate: float) -> list[float]:
    """Each presenter's amount: JP x rate, in whole rupiah."""
    if not 0 <= rate <= MAX_RATE:
        raise ValueError("rate_out_of_range")
    return [round(person.jp * rate) for person in data.presenters]


def _story(data: OfficialData, options: ReportOptions, rate: float, s: ReportStyles):
    lang = options.lang
    session = data.report.session
    days = [day.date for day in data.report.days]
    flow: list[Flowable] = [
        *plain_letterhead(session.organiser, data.address, s),
        Paragraph(markup(ot(lang, "honorarium").upper()), s.cover_kicker),
        Paragraph(markup(shorten(session.title, 300)), s.centre),
        Paragraph(
            markup(" · ".join(p for p in (date_span(days, lang), session.venue) if p)), s.centre
        ),
        Spacer(1, 0.6 * cm),
    ]

    def head(key: str) -> Paragraph:
        return Paragraph(markup(ot(lang, key)), s.cell_head)

    rows: list[list] = [
        [
            head("no"),
            head("name"),
            head("role"),
            head("jp"),
            head("rate"),
            head("amount"),
            head("signature"),
        ]
    ]
    money = amounts(data, rate)
    for n, (person, amount) in enumerate(zip(data.presenters, money, strict=True), start=1):
        name = person.name + (f"\nNIP {person.nip}" if person.nip else "")
        rows.append(
            [
                str(n),
                cell(name, s.cell),
                cell(role_word(lang, person.role), s.cell),
                jp_text(person.jp, lang),
                rupiah(rate, lang),
                rupiah(amount, lang),
                f"{n}. ....................",
            ]
        )
    rows.append(
        [
            "",
            Paragraph(markup(ot(lang, "total")), s.cell_head),
            "",
            jp_text(sum(p.jp for p in data.presenters), lang),
            "",
            rupiah(sum(money), lang),
            "",
        ]
    )
    widths = [0.8 * cm, 0, 2.4 * cm, 1.2 * cm, 2.3 * cm, 2.6 * cm, 3.2 * cm]
    widths[1] = FRAME_WIDTH - sum(widths)
    flow.append(ruled_table(rows, widths, s, (0, 3, 4, 5), total_row=True))
    flow.append(Spacer(1, 0.2 * cm))
    flow.append(Paragraph(markup(ot(lang, "rate_note", rupiah(rate, lang))), s.meta))
    flow.append(Paragraph(markup(ot(lang, "jp_note", data.jp_minutes)), s.meta))
    signed = options.signed_on or (max(days) if days else None)
    place = shorten(options.place or session.venue, 60)
    dated = ", ".join(p for p in (place, long_date(signed, lang) if signed else "") if p)
    flow.append(Spacer(1, 0.8 * cm))
    flow.append(
        signature_pair(
            s,
            lang,
            left=("", ot(lang, "commitment_officer"), ""),
            right=("", ot(lang, "treasurer"), ""),
            place_date=dated,
        )
    )
    return flow


def write_honorarium(
    data: OfficialData, options: ReportOptions, rate: float, stream: BinaryIO
) -> None:
    if options.redact:
        data = redact_official(data)
    amounts(data, rate)  # a rate out of range is refused before anything is drawn
    styles = make_styles()
    session = data.report.session
    build_pdf(
        stream,
        lambda: _story(data, options, rate, styles),
        styles,
        lang=options.lang,
        title=f"{ot(options.lang, 'honorarium')}: {session.title}",
        author=session.organiser,
        running=session.title,
    )


def save_honorarium(data: OfficialData, options: ReportOptions, rate: float, target: Path) -> None:
    save_pdf(target, lambda stream: write_honorarium(data, options, rate, stream))
    log.info("honorarium list written: %s", target)

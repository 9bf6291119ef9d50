"""The berita acara pelaksanaan: the one-page minutes of the session (what took place, when,
where, how many attended, who signs). Free texts are cut to what one page holds, more tightly
until it does, so a long title, a long agenda or a tall letterhead never push the signatures
onto a second page.

A multi-day session has one for the whole session or one for a single day (that day's date,
activities, facilitators and attendance only): offices file either."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from facilitation.documents.official.data import OfficialData, redact_official
from facilitation.documents.official.layout import (
    build_pdf,
    plain_letterhead,
    save_pdf,
    shorten,
)
from facilitation.documents.official.people import signature_pair
from facilitation.documents.official.text import ot
from facilitation.documents.report.flow import CheckedImage, check_image, image_flowable, markup
from facilitation.documents.report.pdf import ReportOptions
from facilitation.documents.report.style import FRAME_WIDTH, RULE, ReportStyles, make_styles
from facilitation.documents.report.text import clock_span, date_span, long_date, tr

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """How much of each text one page holds: tried in turn until the page is one page."""

    field: int = 100  # characters of one detail (title, organiser, venue)
    agenda_lines: int = 10
    agenda_title: int = 70
    names: int = 3


LIMITS = (Limits(), Limits(80, 6, 60, 2), Limits(50, 3, 40, 1), Limits(30, 0, 30, 1))


@dataclass(frozen=True)
class OneDay:
    """The day a berita acara covers: its date, its place among the session's days and how
    many were present (None: attendance not taken)."""

    date: date
    number: int
    of: int
    present: int | None


def one_day(data: OfficialData, day: date) -> tuple[OfficialData, OneDay]:
    """The data narrowed to one day: its agenda and the presenters who led on it.
    ValueError when the session has no such day."""
    days = sorted(data.report.days, key=lambda d: d.date)
    chosen = [d for d in days if d.date == day]
    if not chosen:
        raise ValueError("day_not_in_session")
    led_today = {line.activity_id for line in chosen[0].lines}
    presenters = [p for p in data.presenters if led_today & set(p.activity_ids)]
    narrowed = replace(data, report=replace(data.report, days=chosen), presenters=presenters)
    present = data.present_by_day.get(day) if data.present_by_day else None
    return narrowed, OneDay(day, days.index(chosen[0]) + 1, len(days), present)


def _story(
    data: OfficialData,
    options: ReportOptions,
    s: ReportStyles,
    kop: CheckedImage | None,
    limit: Limits,
    scope: OneDay | None = None,
) -> list[Flowable]:
    lang = options.lang
    report = data.report
    session = report.session
    days = [day.date for day in report.days]
    flow: list[Flowable] = []
    if kop is not None:
        flow += [image_flowable(kop, FRAME_WIDTH, 2.6 * cm), Spacer(1, 0.3 * cm)]
    else:
        flow += plain_letterhead(session.organiser, data.address, s)
    flow.append(Paragraph(markup(ot(lang, "berita_acara").upper()), s.cover_kicker))
    flow.append(Spacer(1, 0.3 * cm))
    first = long_date(min(days), lang) if days else "–"
    venue = shorten(session.venue, 80) or "–"
    flow.append(Paragraph(markup(ot(lang, "ba_opening", first, venue)), s.body))
    attendance = report.attendance
    present_count = attendance.present if attendance is not None else None
    if scope is not None:
        present_count = scope.present
    present = (
        ot(lang, "ba_people", present_count)
        if present_count is not None
        else ot(lang, "ba_not_taken")
    )
    times = ""
    if report.days:
        first_day, last_day = report.days[0], report.days[-1]
        times = clock_span(first_day.start, last_day.end, lang)
    names = [p.name for p in data.presenters] or list(session.facilitators)
    shown = ", ".join(shorten(n, 50) for n in names[: limit.names])
    if len(names) > limit.names:
        shown += f" (+{len(names) - limit.names})"
    when = " ".join(p for p in (date_span(days, lang), times) if p)
    if scope is not None and scope.of > 1:
        when = f"{ot(lang, 'ba_day', scope.number, scope.of)}: {when}"
    details = [
        ("ba_activity", shorten(session.title, limit.field)),
        ("ba_organiser", shorten(session.organiser, limit.field)),
        ("ba_time", when),
        ("ba_place", venue),
        ("ba_registered", ot(lang, "ba_people", attendance.registered if attendance else 0)),
        ("ba_present_day" if scope is not None else "ba_present", present),
        ("ba_facilitators", shown),
    ]
    rows = [
        [Paragraph(markup(ot(lang, key)), s.cell_head), Paragraph(markup(value or "–"), s.body)]
        for key, value in details
    ]
    table = Table(rows, colWidths=[5 * cm, FRAME_WIDTH - 5 * cm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    flow += [Spacer(1, 0.2 * cm), table, Spacer(1, 0.3 * cm)]
    flow.append(Paragraph(markup(ot(lang, "ba_agenda")), s.h3))
    lines = [line for day in report.days for line in day.lines if line.kind != "break"]
    for line in lines[: limit.agenda_lines]:
        when = clock_span(line.planned_start, line.planned_end, lang)
        flow.append(
            Paragraph(
                markup(f"{when}  {shorten(line.title, limit.agenda_title)}"), s.note, bulletText="•"
            )
        )
    if len(lines) > limit.agenda_lines:
        flow.append(Paragraph(markup(ot(lang, "ba_more", len(lines) - limit.agenda_lines)), s.note))
    flow += [Spacer(1, 0.3 * cm), Paragraph(markup(ot(lang, "ba_closing")), s.body)]
    signed = options.signed_on or (max(days) if days else None)
    place = shorten(options.place or session.venue, 40)
    dated = ot(lang, "ba_made_at", place, long_date(signed, lang)) if signed and place else ""
    facilitator = shorten(names[0], 50) if names else ""
    organiser = shorten(session.organiser, 50)
    head = ot(lang, "head_of_organiser", organiser) if organiser else ot(lang, "head_plain")
    flow.append(Spacer(1, 0.4 * cm))
    flow.append(
        signature_pair(
            s,
            lang,
            left=("", tr(lang, "facilitator"), facilitator),
            right=("", data.signatory.position or head, data.signatory.name),
            place_date=dated,
            right_nip=data.signatory.nip,
        )
    )
    return flow


def write_berita_acara(
    data: OfficialData, options: ReportOptions, stream: BinaryIO, day: date | None = None
) -> None:
    """The whole session's berita acara, or day's only (ValueError for a day it lacks)."""
    kop = check_image(options.kop_image) if options.kop_image else None
    scope = None
    if day is not None:  # before redaction, which scrubs the ids it reads
        data, scope = one_day(data, day)
    if options.redact:
        data = redact_official(data)
    styles = make_styles()
    session = data.report.session
    for limit in LIMITS:  # the first that fits on one page (the last one always does)
        buffer = BytesIO()
        pages = build_pdf(
            buffer,
            lambda limit=limit: _story(data, options, styles, kop, limit, scope),
            styles,
            lang=options.lang,
            title=f"{ot(options.lang, 'berita_acara')}: {session.title}",
            author=session.organiser,
            running=session.title,
        )
        if pages == 1:
            break
    stream.write(buffer.getvalue())


def save_berita_acara(
    data: OfficialData, options: ReportOptions, target: Path, day: date | None = None
) -> None:
    save_pdf(target, lambda stream: write_berita_acara(data, options, stream, day))
    log.info("berita acara written: %s", target)

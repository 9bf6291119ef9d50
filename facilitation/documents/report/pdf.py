"""The session report as a PDF an office can file: cover, summary, sections, signatures.

Pure reportlab (platypus); no Qt and no database. The UI and the command line hand in a
SessionReportData and ReportOptions and get a file written all-or-nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitation.documents.report.data import SessionReportData, redact
from facilitation.documents.report.flow import (
    CheckedImage,
    cell,
    check_image,
    image_flowable,
    markup,
)
from facilitation.documents.report.method_sections import METHOD_SECTIONS
from facilitation.documents.report.room_sections import room
from facilitation.documents.report.sections import SECTIONS, Writer
from facilitation.documents.report.sections import notes as notes_section
from facilitation.documents.report.style import (
    FRAME_WIDTH,
    MARGIN,
    MUTED,
    PAGE_GEOMETRY,
    PAGE_SIZE,
    RULE,
    ReportStyles,
    body_page_template,
    make_styles,
    ruled_table,
)
from facilitation.documents.report.text import date_span, long_date, short_date, tr
from facilitation.safe_files import write_atomically

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "id"
    redact: bool = False
    kop_image: Path | None = None  # letterhead (kop surat), printed across the cover's top
    logo_image: Path | None = None
    place: str = ""  # where the report is signed; the venue when empty
    signed_on: date | None = None  # the last day of the session when None


class _Document(BaseDocTemplate):
    """Counts laid-out flowables so a progress bar can follow a long report."""

    def __init__(self, target, total: int, progress: Progress | None, **kwargs) -> None:
        super().__init__(target, **kwargs)
        self._total = max(1, total)
        self._done = 0
        self._progress = progress
        self._step = max(1, self._total // 100)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        self._done += 1
        if self._progress and self._done % self._step == 0:
            self._progress(min(self._done, self._total), self._total)


def _numbered_canvas(lang: str, styles: ReportStyles, running_title: str):
    """A canvas that learns the page count before drawing "Halaman 3 dari 12" on each page."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            page = self.getPageNumber()
            width, height = PAGE_SIZE
            self.saveState()
            self.setFillColor(MUTED)
            self.setFont(styles.font, 8)
            if page > 1:
                title = running_title if len(running_title) < 95 else running_title[:94] + "…"
                self.drawString(MARGIN, height - MARGIN + 14, title)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.4)
                self.line(MARGIN, height - MARGIN + 10, width - MARGIN, height - MARGIN + 10)
            self.drawCentredString(width / 2, MARGIN - 22, tr(lang, "page_of", page, total))
            self.restoreState()

    return NumberedCanvas


def _cover(data: SessionReportData, lang: str, s: ReportStyles, kop, logo) -> list[Flowable]:
    session = data.session
    flow: list[Flowable] = []
    if kop is not None:
        flow += [image_flowable(kop, FRAME_WIDTH, 4 * cm), Spacer(1, 0.3 * cm)]
        flow.append(_rule())
    flow.append(Spacer(1, 2.2 * cm if kop is None else 1.2 * cm))
    if logo is not None:
        flow += [image_flowable(logo, 4 * cm, 3.2 * cm), Spacer(1, 0.8 * cm)]
    flow.append(Paragraph(markup(tr(lang, "report").upper()), s.cover_kicker))
    flow.append(Paragraph(markup(session.title), s.cover_title))
    details = [
        ("organiser", session.organiser),
        ("venue", session.venue),
        ("dates", date_span([day.date for day in data.days], lang)),
        ("facilitators", "\n".join(session.facilitators)),
    ]
    rows = [
        [Paragraph(markup(tr(lang, key)), s.cell_head), cell(value, s.body)]
        for key, value in details
        if value
    ]
    if rows:
        table = Table(rows, colWidths=[4 * cm, FRAME_WIDTH - 4 * cm], hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        flow.append(table)
    if session.objectives:
        flow.append(Spacer(1, 0.6 * cm))
        flow.append(Paragraph(markup(tr(lang, "objectives")), s.h3))
        for index, objective in enumerate(session.objectives, start=1):
            flow.append(Paragraph(markup(objective), s.note, bulletText=f"{index}."))
    flow.append(PageBreak())
    return flow


def _rule() -> Flowable:
    table = Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[2])
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, RULE)]))
    return table


def _summary(data: SessionReportData, lang: str, s: ReportStyles) -> list[Flowable]:
    lines = [line for day in data.days for line in day.lines]
    figures: list[tuple[str, object]] = [
        ("days", len(data.days)),
        ("activities", len(lines)),
        ("planned_total", sum(line.planned_minutes for line in lines)),
    ]
    if data.has_actuals:
        figures.append(("actual_total", sum(line.actual_minutes or 0 for line in lines)))
    if data.attendance and data.attendance.people:
        figures.append(("registered", data.attendance.registered))
        if data.attendance.present is not None:
            figures.append(("present", data.attendance.present))
        figures.append(("institutions", len(data.attendance.by_institution)))
    for key, items in (
        ("group_count", data.groups),
        ("note_count", data.notes),
        ("work_plan_count", data.work_plans),
        ("commitment_count", data.commitments),
    ):
        if items:
            figures.append((key, len(items)))
    header = [
        Paragraph(markup(tr(lang, "figure")), s.cell_head),
        Paragraph(markup(tr(lang, "value")), s.cell_head),
    ]
    rows: list[list] = [header] + [
        [Paragraph(markup(tr(lang, key)), s.cell), str(value)] for key, value in figures
    ]
    return [
        Paragraph(markup(tr(lang, "summary")), s.h1),
        ruled_table(rows, [FRAME_WIDTH - 4 * cm, 4 * cm], s, (1,)),
    ]


def _signatures(data: SessionReportData, options: ReportOptions, s: ReportStyles) -> Flowable:
    lang = options.lang
    session = data.session
    place = options.place or session.venue
    signed_on = options.signed_on or (data.days[-1].date if data.days else None)
    when = long_date(signed_on, lang) if signed_on else ""
    dated = tr(lang, "signed_at", place, when) if place and when else (place or when)
    facilitator = session.facilitators[0] if session.facilitators else ""
    left = [
        Paragraph(markup(tr(lang, "facilitator")), s.centre),
        Spacer(1, 2 * cm),
        Paragraph(markup(facilitator or "(......................................)"), s.centre),
    ]
    right = [
        Paragraph(markup(dated), s.centre),
        Paragraph(markup(tr(lang, "organiser_sign")), s.centre),
        Paragraph(markup(session.organiser), s.centre),
        Spacer(1, 1.5 * cm),
        Paragraph("(......................................)", s.centre),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([Spacer(1, 1 * cm), Paragraph(markup(tr(lang, "signatures")), s.h1), table])


def build_story(
    data: SessionReportData, options: ReportOptions, styles: ReportStyles
) -> list[Flowable]:
    """All flowables of the report, in order. Images are checked before anything is drawn."""
    kop: CheckedImage | None = check_image(options.kop_image) if options.kop_image else None
    logo: CheckedImage | None = check_image(options.logo_image) if options.logo_image else None
    if options.redact and not data.redacted:
        data = redact(data)
    writer = Writer(data, options.lang, styles)
    story = _cover(data, options.lang, styles, kop, logo)
    story += _summary(data, options.lang, styles)
    # The methods' results follow what each activity produced and precede the work plans.
    after_notes = SECTIONS.index(notes_section) + 1
    sections = (*SECTIONS[:after_notes], *METHOD_SECTIONS, room, *SECTIONS[after_notes:])
    for section in sections:
        story += section(writer)
    story.append(_signatures(data, options, styles))
    return story


def write_report(
    data: SessionReportData,
    options: ReportOptions,
    stream: BinaryIO,
    progress: Progress | None = None,
) -> None:
    styles = make_styles()
    if options.redact and not data.redacted:
        data = redact(data)  # before the metadata and the running title read the session
    story = build_story(data, options, styles)
    session = data.session
    first = data.days[0].date if data.days else None
    running = session.title + (f" · {short_date(first, options.lang)}" if first else "")
    document = _Document(
        stream,
        total=len(story),
        progress=progress,
        **PAGE_GEOMETRY,
        title=f"{tr(options.lang, 'report')}: {session.title}",
        author=session.organiser,
        subject=session.title,
        lang=options.lang,
    )
    document.addPageTemplates([body_page_template()])
    document.build(story, canvasmaker=_numbered_canvas(options.lang, styles, running))
    if progress:
        progress(len(story), len(story))


def save_report(
    data: SessionReportData, options: ReportOptions, target: Path, progress: Progress | None = None
) -> None:
    """Write the report to target all-or-nothing (a failed build leaves no file behind)."""
    write_atomically(Path(target), lambda stream: write_report(data, options, stream, progress))
    log.info("report written: %s", target)

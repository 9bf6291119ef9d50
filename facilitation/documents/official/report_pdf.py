"""The official activity report (laporan pelaksanaan kegiatan) in the structure offices file:
cover, approval page, foreword, contents; I Pendahuluan, II Pelaksanaan, III Penutup; annexes
(attendance, group outputs, photographs, evaluation).

The narrative parts are the user's own texts (facilitation/official.py ReportSection); the
rest is the session report's sections (facilitation/documents/report/sections.py) set one level
down under the chapters. Pure reportlab; written all-or-nothing.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from facilitation.documents.official.data import OfficialData, redact_official
from facilitation.documents.official.layout import build_pdf, save_pdf
from facilitation.documents.official.people import presenters_table, signature_pair
from facilitation.documents.official.text import ot
from facilitation.documents.report.flow import (
    CheckedImage,
    cell,
    check_image,
    image_flowable,
    markup,
    paragraphs,
)
from facilitation.documents.report.method_sections import METHOD_SECTIONS
from facilitation.documents.report.pdf import ReportOptions
from facilitation.documents.report.sections import (
    Writer,
    agenda,
    attendance,
    commitments,
    evaluation,
    groups,
    notes,
    votes,
    work_plans,
)
from facilitation.documents.report.style import (
    FRAME_WIDTH,
    MUTED,
    ReportStyles,
    make_styles,
    ruled_table,
)
from facilitation.documents.report.text import date_span, long_date, tr
from facilitation.official import PresenterRole, ReportSection

log = logging.getLogger(__name__)


class _Official:
    """One pass over the data in one language; each method returns flowables."""

    def __init__(self, data: OfficialData, options: ReportOptions, s: ReportStyles) -> None:
        self.data = data
        self.lang = options.lang
        self.options = options
        self.s = s
        self.chapter = ParagraphStyle(
            "chapter", parent=s.h1, alignment=TA_CENTER, fontSize=14, spaceAfter=14
        )
        self.subchapter = ParagraphStyle("subchapter", parent=s.h2, spaceBefore=12)
        self.quiet = ParagraphStyle("quiet", parent=s.body, textColor=MUTED)
        # The session report's sections, one level down: their h1 becomes a sub-heading.
        demoted = replace(s, h1=replace_style(s.h3, "embedded_h1"), h2=s.h3)
        self.w = Writer(data.report, self.lang, demoted)

    def t(self, key: str, *values: object) -> str:
        return ot(self.lang, key, *values)

    def chapter_head(self, key: str) -> list[Flowable]:
        return [PageBreak(), Paragraph(markup(self.t(key)), self.chapter)]

    def sub(self, key: str) -> list[Flowable]:
        return [CondPageBreak(3 * cm), Paragraph(markup(self.t(key)), self.subchapter)]

    def user_text(self, section: ReportSection, fallback: list[Flowable] | None = None):
        text = self.data.text(section)
        if text:
            return paragraphs(text, self.s.body)
        return (
            fallback
            if fallback is not None
            else [Paragraph(markup(self.t("not_written")), self.quiet)]
        )

    # -- front matter ---------------------------------------------------------------------

    def cover(self, kop: CheckedImage | None, logo: CheckedImage | None) -> list[Flowable]:
        session = self.data.report.session
        flow: list[Flowable] = []
        if kop is not None:
            flow += [image_flowable(kop, FRAME_WIDTH, 4 * cm), Spacer(1, 0.6 * cm)]
        flow.append(Spacer(1, 2.5 * cm if kop is None else 1 * cm))
        flow.append(Paragraph(markup(self.t("official_report").upper()), self.s.cover_kicker))
        flow.append(Paragraph(markup(session.title), self.s.cover_title))
        days = [day.date for day in self.data.report.days]
        for text in (date_span(days, self.lang), session.venue):
            if text:
                flow.append(Paragraph(markup(text), self.s.centre))
        flow.append(Spacer(1, 2 * cm))
        if logo is not None:
            flow += [image_flowable(logo, 5 * cm, 4.5 * cm), Spacer(1, 2 * cm)]
        if session.organiser:
            organiser = ParagraphStyle("organiser", parent=self.s.cover_kicker, fontSize=13)
            flow.append(Paragraph(markup(session.organiser.upper()), organiser))
        if days:
            flow.append(Paragraph(str(max(days).year), self.s.cover_kicker))
        return flow

    def approval(self) -> list[Flowable]:
        session = self.data.report.session
        # The report is prepared by the (first) facilitator who led the sessions.
        led = [p for p in self.data.presenters if p.role == PresenterRole.FACILITATOR]
        facilitator = led[0].name if led else (session.facilitators or [""])[0]
        head = (
            self.t("head_of_organiser", session.organiser)
            if session.organiser
            else self.t("head_plain")
        )
        signatory = self.data.signatory
        return [
            PageBreak(),
            Paragraph(markup(self.t("approval").upper()), self.chapter),
            Spacer(1, 1 * cm),
            Paragraph(markup(self.t("approval_text", session.title)), self.s.body),
            Spacer(1, 1.5 * cm),
            signature_pair(
                self.s,
                self.lang,
                left=(self.t("prepared_by"), tr(self.lang, "facilitator"), facilitator),
                right=(self.t("approved_by"), signatory.position or head, signatory.name),
                place_date=self._place_date(),
                left_nip=led[0].nip if led else "",
                right_nip=signatory.nip,
            ),
        ]

    def _place_date(self) -> str:
        session = self.data.report.session
        place = self.options.place or session.venue
        days = self.data.report.days
        signed = self.options.signed_on or (days[-1].date if days else None)
        when = long_date(signed, self.lang) if signed else ""
        return ", ".join(part for part in (place, when) if part)

    def foreword(self) -> list[Flowable]:
        flow = [PageBreak(), Paragraph(markup(self.t("foreword").upper()), self.chapter)]
        return flow + self.user_text(ReportSection.FOREWORD)

    def contents(self) -> list[Flowable]:
        toc = TableOfContents()
        toc.levelStyles = [
            ParagraphStyle("toc0", parent=self.s.body, fontName=self.s.bold, spaceBefore=6),
            ParagraphStyle("toc1", parent=self.s.body, leftIndent=18),
        ]
        toc.dotsMinLevel = 0
        # Its own style: the contents page does not list itself.
        title = ParagraphStyle("contents_title", parent=self.chapter)
        return [PageBreak(), Paragraph(markup(self.t("contents").upper()), title), toc]

    # -- chapters -------------------------------------------------------------------------

    def introduction(self) -> list[Flowable]:
        session = self.data.report.session
        objectives = [
            Paragraph(markup(text), self.s.note, bulletText=f"{n}.")
            for n, text in enumerate(session.objectives, start=1)
        ]
        flow = self.chapter_head("chapter_1")
        flow += self.sub("background") + self.user_text(ReportSection.BACKGROUND)
        flow += self.sub("aims") + self.user_text(ReportSection.AIMS, objectives or None)
        flow += self.sub("targets") + self.user_text(ReportSection.TARGETS)
        flow += self.sub("expected_results") + self.user_text(ReportSection.EXPECTED_RESULTS)
        return flow

    def implementation(self) -> list[Flowable]:
        report, w = self.data.report, self.w
        session = report.session
        days = [day.date for day in report.days]
        flow = self.chapter_head("chapter_2")
        flow += self.sub("time_place")
        where = session.venue or "–"
        flow.append(
            Paragraph(
                markup(self.t("time_place_text", date_span(days, self.lang), where)), self.s.body
            )
        )
        flow += self.sub("participants") + self._participants()
        flow += self.sub("presenters")
        if self.data.presenters:
            flow.append(presenters_table(self.data, self.lang, self.s))
            flow.append(Paragraph(markup(self.t("jp_note", self.data.jp_minutes)), self.s.meta))
        else:
            names = [
                Paragraph(markup(n), self.s.note, bulletText="•") for n in session.facilitators
            ]
            flow += names or [Paragraph(markup(self.t("none_recorded")), self.quiet)]
        flow += self.sub("activities_methods")
        flow += self.user_text(ReportSection.ACTIVITIES_METHODS, []) + agenda(w)
        flow += self.sub("group_results")
        flow += self.user_text(ReportSection.GROUP_RESULTS, []) + groups(w)
        for section in METHOD_SECTIONS:
            flow += section(w)
        flow += self.sub("work_plans")
        plans = work_plans(w) + commitments(w)
        flow += plans or [Paragraph(markup(self.t("none_recorded")), self.quiet)]
        flow += self.sub("evaluation")
        flow += self.user_text(ReportSection.EVALUATION, []) + votes(w)
        if report.evaluation:
            flow.append(Paragraph(markup(self.t("annex_evaluation")), self.quiet))
        return flow

    def _participants(self) -> list[Flowable]:
        summary = self.data.report.attendance
        if summary is None or not summary.people:
            return [Paragraph(markup(self.t("none_recorded")), self.quiet)]
        flow = [
            Paragraph(
                markup(
                    self.t("participants_text", summary.registered, len(summary.by_institution))
                ),
                self.s.body,
            )
        ]
        if summary.present is not None:
            flow.append(Paragraph(markup(self.t("present_text", summary.present)), self.s.body))
        rows: list[list] = [
            [
                self.w.head("no"),
                self.w.head("institution"),
                self.w.head("registered"),
                self.w.head("present"),
            ]
        ]
        for n, line in enumerate(summary.by_institution, start=1):
            present = "–" if line.present is None else str(line.present)
            rows.append(
                [str(n), cell(line.institution, self.s.cell), str(line.registered), present]
            )
        widths = [1 * cm, FRAME_WIDTH - 6 * cm, 2.5 * cm, 2.5 * cm]
        return flow + [ruled_table(rows, widths, self.s, (0, 2, 3))]

    def closing(self) -> list[Flowable]:
        flow = self.chapter_head("chapter_3")
        flow += self.sub("conclusions") + self.user_text(ReportSection.CONCLUSIONS)
        flow += self.sub("recommendations") + self.user_text(ReportSection.RECOMMENDATIONS)
        return flow

    # -- annexes --------------------------------------------------------------------------

    def annexes(self) -> list[Flowable]:
        w = self.w
        flow = self.chapter_head("annexes")
        for key, body in (
            ("annex_attendance", attendance(w)),
            ("annex_groups", notes(w)),
            ("annex_photos", self._photos()),
            ("annex_evaluation", evaluation(w)),
        ):
            flow += self.sub(key)
            flow += body or [Paragraph(markup(self.t("none_recorded")), self.quiet)]
        return flow

    def _photos(self) -> list[Flowable]:
        flow: list[Flowable] = []
        caption_style = ParagraphStyle("caption", parent=self.s.small, alignment=TA_CENTER)
        for n, photo in enumerate(self.data.photos, start=1):
            scale = min(FRAME_WIDTH / photo.width, 10 * cm / photo.height)
            image = Image(BytesIO(photo.jpeg), photo.width * scale, photo.height * scale)
            words = " – ".join(p for p in (photo.activity_title, photo.caption) if p)
            caption = Paragraph(markup(self.t("photo_of", n, words)), caption_style)
            flow.append(KeepTogether([image, Spacer(1, 3), caption, Spacer(1, 12)]))
        return flow


def replace_style(style: ParagraphStyle, name: str) -> ParagraphStyle:
    return ParagraphStyle(name, parent=style)


def write_official_report(data: OfficialData, options: ReportOptions, stream: BinaryIO) -> None:
    kop = check_image(options.kop_image) if options.kop_image else None
    logo = check_image(options.logo_image) if options.logo_image else None
    if options.redact:
        data = redact_official(data)
    styles = make_styles()
    writer = _Official(data, options, styles)
    session = data.report.session

    def story() -> list[Flowable]:
        return (
            writer.cover(kop, logo)
            + writer.approval()
            + writer.foreword()
            + writer.contents()
            + writer.introduction()
            + writer.implementation()
            + writer.closing()
            + writer.annexes()
        )

    build_pdf(
        stream,
        story,
        styles,
        lang=options.lang,
        title=f"{ot(options.lang, 'official_report')}: {session.title}",
        author=session.organiser,
        running=session.title,
        contents=True,
    )


def save_official_report(data: OfficialData, options: ReportOptions, target: Path) -> None:
    save_pdf(target, lambda stream: write_official_report(data, options, stream))
    log.info("official report written: %s", target)

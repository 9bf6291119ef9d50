"""The JP part of the session report (PDF section) and of its spreadsheet (JP sheet and the
certificate register). Redaction leaves out the NIP and the check values, as elsewhere."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from facilitation.documents.certificate_text import ctr
from facilitation.documents.report.data import SessionReportData
from facilitation.documents.report.flow import cell, markup
from facilitation.documents.report.jp_data import JpSummary
from facilitation.documents.report.style import FRAME_WIDTH, ruled_table
from facilitation.documents.report.text import short_date
from facilitation.jp import jp_text


def _jp(minutes: int | None, summary: JpSummary, lang: str) -> str:
    if minutes is None:
        return "–"
    return jp_text(minutes, summary.jp_minutes, decimal_comma=lang == "id")


def _number(text: str) -> float | str:
    """A register's JP as a number for the spreadsheet; text that is not one stays text."""
    try:
        value = float(text)
    except ValueError:
        return text
    return value if value == value and abs(value) < 1e12 else text


def _certificate(number: str, revision: int, lang: str) -> str:
    if not number:
        return ""
    return f"{number} {ctr(lang, 'revision', revision)}" if revision else number


def jp_section(w) -> list[Flowable]:
    """Planned and delivered JP per day, then each participant's JP and completion."""
    summary: JpSummary | None = w.data.jp
    if summary is None or not summary.days:
        return []
    s, lang = w.styles, w.lang
    head = lambda key: Paragraph(markup(ctr(lang, key)), s.cell_head)  # noqa: E731
    flow: list[Flowable] = [
        CondPageBreak(4 * cm),
        Paragraph(markup(ctr(lang, "jp_section")), s.h1),
        Paragraph(
            markup(ctr(lang, "jp_rule", summary.jp_minutes, summary.min_attendance_percent)),
            s.meta,
        ),
    ]
    rows: list[list] = [[head("jp_day"), head("jp_planned"), head("jp_delivered")]]
    for day in summary.days:
        rows.append(
            [
                short_date(day.date, lang),
                _jp(day.planned_minutes, summary, lang),
                _jp(day.delivered_minutes, summary, lang),
            ]
        )
    rows.append(
        [
            Paragraph(markup(ctr(lang, "jp_total")), s.cell_head),
            _jp(summary.planned_minutes, summary, lang),
            _jp(summary.delivered_minutes, summary, lang),
        ]
    )
    flow.append(
        ruled_table(rows, [FRAME_WIDTH - 7 * cm, 3.5 * cm, 3.5 * cm], s, (1, 2), total_row=True)
    )
    if not summary.people:
        return flow
    redacted = w.data.redacted
    header = [head("jp_no"), head("jp_name")]
    widths = [0.9 * cm, 0]
    if not redacted:
        header.append(head("nip"))
        widths.append(3.75 * cm)
    header += [head("jp_credited"), head("jp_attendance"), head("jp_completed")]
    widths += [2.0 * cm, 2.0 * cm, 1.5 * cm]
    header.append(head("jp_certificate"))
    widths.append(4.0 * cm)
    widths[1] = FRAME_WIDTH - sum(widths)
    table = [header]
    for person in summary.people:
        row: list = [str(person.number), cell(person.name, s.cell)]
        if not redacted:
            row.append(cell(person.nip, s.cell))
        row += [
            _jp(person.credited_minutes, summary, lang),
            "–" if person.attendance_percent is None else f"{person.attendance_percent} %",
            ctr(lang, "yes") if person.completed else ctr(lang, "no"),
            cell(_certificate(person.certificate, person.revision, lang), s.cell),
        ]
        table.append(row)
    flow.append(Paragraph(markup(ctr(lang, "jp_participants") + f": {summary.completed}"), s.h2))
    flow.append(ruled_table(table, widths, s, (0, 3 if redacted else 4)))
    return flow


def jp_sheets(data: SessionReportData, lang: str) -> list[tuple[str, str, list, list, tuple]]:
    """(key, title, headers, rows, widths): the JP sheet and, once issued, the register."""
    summary: JpSummary | None = data.jp
    if summary is None or not summary.people:
        return []
    redacted = data.redacted
    t = lambda key: ctr(lang, key)  # noqa: E731
    headers = [t("jp_no"), t("jp_name")] + ([] if redacted else [t("nip")])
    headers += [t("jp_credited"), t("jp_attendance"), t("jp_completed"), t("jp_certificate")]
    rows = []
    for p in summary.people:
        credited = (
            None
            if p.credited_minutes is None
            else float(jp_text(p.credited_minutes, summary.jp_minutes, decimal_comma=False))
        )
        row = [p.number, p.name] + ([] if redacted else [p.nip])
        rows.append(
            row
            + [
                credited,
                p.attendance_percent,
                t("yes") if p.completed else t("no"),
                _certificate(p.certificate, p.revision, lang),
            ]
        )
    sheets = [("jp", t("jp_sheet"), headers, rows, (5, 30, 20, 12, 13, 9, 26))]
    if summary.register:
        headers = [t("jp_certificate"), t("jp_revision"), t("jp_name")]
        headers += [] if redacted else [t("nip")]
        headers += ["JP", t("jp_issued_on")] + ([] if redacted else [t("jp_check")])
        rows = []
        for r in summary.register:
            row = [r.number, r.revision, r.name] + ([] if redacted else [r.nip])
            row += [_number(r.jp_text), r.issued_on.isoformat()]
            rows.append(row + ([] if redacted else [r.check]))
        sheets.append(
            ("certificate_register", t("register_sheet"), headers, rows, (26, 8, 30, 20, 8, 12, 12))
        )
    return sheets

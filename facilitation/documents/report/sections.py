"""The body sections of the session report; each returns no flowables when it has no data."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from facilitation.documents.report.charts import averages_chart, counts_chart, minutes_chart
from facilitation.documents.report.data import AgendaLine, SessionReportData
from facilitation.documents.report.flow import cell, markup, paragraphs
from facilitation.documents.report.jp_section import jp_section
from facilitation.documents.report.style import FRAME_WIDTH, ReportStyles, ruled_table
from facilitation.documents.report.text import (
    clock_span,
    kind_label,
    long_date,
    number,
    short_date,
    tr,
)


@dataclass(frozen=True)
class Writer:
    """What every section needs: the data, the language and the styles."""

    data: SessionReportData
    lang: str
    styles: ReportStyles

    def t(self, key: str, *values: object) -> str:
        return tr(self.lang, key, *values)

    def head(self, key: str) -> Paragraph:
        return Paragraph(markup(self.t(key)), self.styles.cell_head)

    def heading(self, key: str) -> list[Flowable]:
        # Keep a heading off the bottom of a page on its own.
        return [CondPageBreak(4 * cm), Paragraph(markup(self.t(key)), self.styles.h1)]


def _actual_cell(w: Writer, line: AgendaLine) -> str:
    # The run log's moments are aware; the report shows them on this computer's clock.
    if line.outcome == "skipped":
        return w.t("skipped")
    if line.outcome == "running" and line.actual_start:
        return clock_span(line.actual_start.astimezone().time(), None, w.lang)
    if line.actual_start and line.actual_end:
        start, end = line.actual_start.astimezone(), line.actual_end.astimezone()
        return clock_span(start.time(), end.time(), w.lang)
    return "–" if line.outcome else ""


def agenda(w: Writer) -> list[Flowable]:
    if not any(day.lines for day in w.data.days):
        return []
    s = w.styles
    actuals = w.data.has_actuals
    flow = w.heading("agenda" if actuals else "agenda_planned")
    for number_of_day, day in enumerate(w.data.days, start=1):
        if not day.lines:
            continue
        flow.append(
            Paragraph(markup(w.t("day_n", number_of_day, long_date(day.date, w.lang))), s.h2)
        )
        # With actuals beside them, every column says whether it is planned or actual.
        header = [
            w.head("no"),
            w.head("planned_time" if actuals else "time"),
            w.head("activity"),
            w.head("method"),
            w.head("planned_min"),
        ]
        widths = [0.8 * cm, 2.1 * cm, 0, 2.3 * cm, 1.9 * cm]
        if actuals:
            header += [w.head("actual_time"), w.head("actual_min"), w.head("difference")]
            widths += [2.4 * cm, 1.9 * cm, 1.5 * cm]
        widths[2] = FRAME_WIDTH - sum(widths)
        rows: list[list] = [header]
        for index, line in enumerate(day.lines, start=1):
            row = [
                str(index),
                clock_span(line.planned_start, line.planned_end, w.lang),
                cell(line.title, s.cell),
                cell(kind_label(w.lang, line.kind), s.cell),
                str(line.planned_minutes),
            ]
            if actuals:
                diff = line.difference
                row += [
                    _actual_cell(w, line),
                    "" if line.actual_minutes is None else str(line.actual_minutes),
                    "" if diff is None else (f"{diff:+d}" if diff else "0"),
                ]
            rows.append(row)
        total_planned = sum(line.planned_minutes for line in day.lines)
        total_row = ["", "", Paragraph("Σ", s.cell_head), "", str(total_planned)]
        if actuals:
            done = [line.actual_minutes for line in day.lines if line.actual_minutes is not None]
            total_row += ["", str(sum(done)) if done else "", ""]
        rows.append(total_row)
        numeric = (4, 6, 7) if actuals else (4,)
        flow.append(ruled_table(rows, widths, s, numeric_columns=numeric, total_row=True))
        flow.append(Spacer(1, 8))
        flow.append(
            minutes_chart(
                [line.title for line in day.lines],
                [line.planned_minutes for line in day.lines],
                [line.actual_minutes for line in day.lines] if actuals else None,
                (w.t("legend_planned"), w.t("legend_actual")),
                FRAME_WIDTH,
                s.font,
                w.t("chart_minutes"),
            )
        )
    return flow


def attendance(w: Writer) -> list[Flowable]:
    summary = w.data.attendance
    if summary is None or not summary.people:
        return []
    s = w.styles
    flow = w.heading("attendance")
    flow.append(Paragraph(markup(w.t("by_institution")), s.h2))
    rows: list[list] = [[w.head("institution"), w.head("registered"), w.head("present")]]
    for count in summary.by_institution:
        rows.append(
            [
                cell(count.institution or "–", s.cell),
                str(count.registered),
                "" if count.present is None else str(count.present),
            ]
        )
    present = summary.present
    rows.append(
        [
            Paragraph("Σ", s.cell_head),
            str(summary.registered),
            "" if present is None else str(present),
        ]
    )
    widths = [FRAME_WIDTH - 7 * cm, 3.5 * cm, 3.5 * cm]
    flow.append(ruled_table(rows, widths, s, (1, 2), total_row=True))
    flow.append(Paragraph(markup(w.t("attendance_list")), s.h2))
    if w.data.redacted:
        flow.append(Paragraph(markup(w.t("redacted_note")), s.meta))
    header = [w.head("no"), w.head("name")]
    widths = [0.9 * cm, 0]
    if not w.data.redacted:
        header.append(w.head("nip"))
        widths.append(3.75 * cm)
    header += [w.head("position"), w.head("institution")]
    widths += [3.6 * cm, 4.2 * cm]
    if summary.taken:
        header.append(w.head("attended"))
        widths.append(1.4 * cm)
    widths[1] = FRAME_WIDTH - sum(widths)
    rows = [header]
    for person in summary.people:
        row: list = [str(person.number), cell(person.name, s.cell)]
        if not w.data.redacted:
            row.append(cell(person.nip, s.cell))
        row += [cell(person.position, s.cell), cell(person.institution, s.cell)]
        if summary.taken:
            row.append(w.t("yes") if person.present_days else "–")
        rows.append(row)
    flow.append(ruled_table(rows, widths, s, (0,)))
    return flow


def groups(w: Writer) -> list[Flowable]:
    if not w.data.groups:
        return []
    s = w.styles
    flow = w.heading("groups")
    rows: list[list] = [[w.head("group"), w.head("members")]]
    for group in w.data.groups:
        label = group.name if not group.formation else f"{group.name}\n({group.formation})"
        rows.append([cell(label, s.cell), cell(", ".join(group.members), s.cell)])
    flow.append(ruled_table(rows, [4.5 * cm, FRAME_WIDTH - 4.5 * cm], s))
    return flow


def notes(w: Writer) -> list[Flowable]:
    if not w.data.notes:
        return []
    s = w.styles
    titles = w.data.activity_titles
    flow = w.heading("notes")
    for activity_id, by_group in w.data.notes_by_activity():
        title = titles.get(activity_id) if activity_id else None
        flow.append(CondPageBreak(2.5 * cm))
        flow.append(Paragraph(markup(title or w.t("no_activity")), s.h2))
        for label, group_notes in by_group:
            flow.append(Paragraph(markup(label or w.t("whole_room")), s.h3))
            kind = None
            for note in group_notes:
                if note.kind != kind:
                    kind = note.kind
                    flow.append(Paragraph(markup(kind_label(w.lang, kind)), s.kind))
                flow.extend(_note(w, note))
    return flow


def _note(w: Writer, note) -> list[Flowable]:
    # Speaker and tags follow in the same font and colour: one text run per line keeps
    # twenty thousand notes as fast to lay out as plain paragraphs.
    extra = []
    if note.speaker:
        extra.append(f"— {note.speaker}")
    if note.tags:
        extra.append(" ".join(f"#{tag}" for tag in note.tags))
    suffix = (" " + markup(" · ".join(extra))) if extra else ""
    parts = paragraphs(note.text, w.styles.note, suffix=suffix)
    parts[0].bulletText = "★" if note.starred else "•"
    return parts


def work_plans(w: Writer) -> list[Flowable]:
    if not w.data.work_plans:
        return []
    s = w.styles
    flow = w.heading("work_plans")
    keys = ("no", "action", "output", "indicator", "target", "pic", "deadline", "owner")
    widths = [0.8 * cm, 0, 2.6 * cm, 2.6 * cm, 1.8 * cm, 2.2 * cm, 1.9 * cm, 2.3 * cm]
    widths[1] = FRAME_WIDTH - sum(widths)
    rows: list[list] = [[w.head(key) for key in keys]]
    for index, item in enumerate(w.data.work_plans, start=1):
        owner = " / ".join(part for part in (item.group_label, item.institution) if part)
        deadline = short_date(item.deadline, w.lang) if item.deadline else ""
        rows.append(
            [str(index)]
            + [
                cell(text, s.cell)
                for text in (
                    item.action,
                    item.output,
                    item.outcome_indicator,
                    item.target,
                    item.pic,
                    deadline,
                    owner,
                )
            ]
        )
    flow.append(ruled_table(rows, widths, s, (0,)))
    return flow


def commitments(w: Writer) -> list[Flowable]:
    if not w.data.commitments:
        return []
    s = w.styles
    flow = w.heading("commitments")
    for index, commitment in enumerate(w.data.commitments, start=1):
        owner = f' <font color="#5b6573" size="8">— {markup(commitment.owner_label)}</font>'
        parts = paragraphs(commitment.text, s.note, suffix=owner if commitment.owner_label else "")
        parts[0].bulletText = f"{index}."
        flow.extend(parts)
    return flow


def votes(w: Writer) -> list[Flowable]:
    if not w.data.votes:
        return []
    s = w.styles
    flow = w.heading("votes")
    for vote in w.data.votes:
        flow.append(CondPageBreak(4 * cm))
        flow.extend(paragraphs(vote.question, s.h3))
        rows: list[list] = [[w.head("option"), w.head("count"), w.head("share")]]
        for label, count in vote.options:
            share = count / vote.total * 100 if vote.total else 0.0
            rows.append([cell(label, s.cell), str(count), f"{number(share, w.lang)} %"])
        flow.append(ruled_table(rows, [FRAME_WIDTH - 5 * cm, 2.5 * cm, 2.5 * cm], s, (1, 2)))
        flow.append(Spacer(1, 4))
        flow.append(
            counts_chart(
                [label for label, _ in vote.options],
                [count for _, count in vote.options],
                FRAME_WIDTH,
                s.font,
            )
        )
    return flow


def evaluation(w: Writer) -> list[Flowable]:
    summary = w.data.evaluation
    if not summary:
        return []
    s = w.styles
    flow = w.heading("evaluation")
    if summary.reactions:
        flow.append(Paragraph(markup(w.t("reaction")), s.h2))
        rows: list[list] = [[w.head("rated"), w.head("responses"), w.head("average")]]
        for line in summary.reactions:
            rows.append(
                [cell(line.label, s.cell), str(line.responses), number(line.average, w.lang, 2)]
            )
        flow.append(ruled_table(rows, [FRAME_WIDTH - 5 * cm, 2.5 * cm, 2.5 * cm], s, (1, 2)))
        flow.append(Spacer(1, 4))
        flow.append(
            averages_chart(
                [line.label for line in summary.reactions],
                [line.average for line in summary.reactions],
                FRAME_WIDTH,
                s.font,
            )
        )
    if summary.scores:
        flow.extend(_test_summary(w, summary.scores))
    return flow


def _test_summary(w: Writer, scores) -> list[Flowable]:
    s = w.styles
    paired = [x for x in scores if x.pre is not None and x.post is not None]
    pres = [x.pre for x in scores if x.pre is not None]
    posts = [x.post for x in scores if x.post is not None]

    def mean(values):
        return sum(values) / len(values) if values else None

    class_gain = None
    if paired:
        mean_pre, mean_post = mean([x.pre for x in paired]), mean([x.post for x in paired])
        top = mean([x.max_score for x in paired])
        if mean_pre < top:
            class_gain = (mean_post - mean_pre) / (top - mean_pre)
    figures = [
        ("test_participants", str(len(scores))),
        ("test_paired", str(len(paired))),
        ("mean_pre", number(mean(pres), w.lang)),
        ("mean_post", number(mean(posts), w.lang)),
        ("mean_gain", number(mean([x.post - x.pre for x in paired]), w.lang)),
        ("class_gain", number(class_gain, w.lang, 2)),
    ]
    rows: list[list] = [[w.head("figure"), w.head("value")]]
    rows += [[cell(w.t(key), s.cell), value] for key, value in figures]
    return [
        Paragraph(markup(w.t("tests")), s.h2),
        ruled_table(rows, [FRAME_WIDTH - 3.5 * cm, 3.5 * cm], s, (1,)),
    ]


SECTIONS = (
    agenda,
    attendance,
    jp_section,
    groups,
    notes,
    work_plans,
    commitments,
    votes,
    evaluation,
)

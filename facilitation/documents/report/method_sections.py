"""Report sections and spreadsheet tables for the methods: role plays, case classes, games.

Each PDF section returns no flowables when the session has nothing of that method.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from facilitation.bilingual import text_in
from facilitation.core_values import value_name
from facilitation.documents.report.data import SessionReportData
from facilitation.documents.report.flow import cell, markup, paragraphs
from facilitation.documents.report.method_data import CaseComparison, CastLine, cast_per_group
from facilitation.documents.report.sections import Writer
from facilitation.documents.report.style import FRAME_WIDTH, ruled_table
from facilitation.documents.report.text import number, tr

# More groups than this side by side would leave a column too narrow to read on A4.
GROUPS_PER_TABLE = 4


def _role(lang: str, line: CastLine) -> str:
    if not line.role:
        return tr(lang, "audience")
    name = text_in(line.role, lang)
    mark = tr(lang, "observer")
    return f"{name} ({mark})" if line.observer and mark not in name.casefold() else name


def _title(w: Writer, activity_id: str, fallback: str) -> str:
    activity = w.data.activity_titles.get(activity_id, "")
    return f"{activity} · {fallback}" if activity and fallback else (activity or fallback)


def role_plays(w: Writer) -> list[Flowable]:
    if not w.data.role_plays:
        return []
    s = w.styles
    flow = w.heading("role_plays")
    for play in w.data.role_plays:
        flow.append(CondPageBreak(4 * cm))
        flow.append(Paragraph(markup(_title(w, play.activity_id, play.scenario_title)), s.h2))
        context = text_in(play.context, w.lang)
        if context:
            flow.append(Paragraph(markup(w.t("scenario")), s.h3))
            flow.extend(paragraphs(context, s.note))
        for line in play.rounds:
            if not (line.cast or line.debrief):
                continue
            flow.append(Paragraph(markup(w.t("round_n", line.number, line.minutes)), s.h3))
            if line.cast and any(c.group for c in line.cast):
                flow.append(_cast_in_groups(w, line.cast))
            elif line.cast:
                rows: list[list] = [[w.head("role"), w.head("played_by")]]
                rows += [
                    [cell(_role(w.lang, c), s.cell), cell(c.person, s.cell)] for c in line.cast
                ]
                flow.append(ruled_table(rows, [6 * cm, FRAME_WIDTH - 6 * cm], s))
            if line.debrief:
                flow.append(Spacer(1, 3))
                flow.append(Paragraph(markup(w.t("round_debrief", line.number)), s.kind))
                flow.extend(paragraphs(line.debrief, s.note))
        if play.debrief:
            flow.append(Paragraph(markup(w.t("debrief")), s.h3))
            flow.extend(paragraphs(play.debrief, s.note))
        if play.values:
            flow.append(Paragraph(markup(w.t("observer_scores")), s.h3))
            rows = [[w.head("core_value"), w.head("average"), w.head("items_scored")]]
            rows += [
                [cell(value_name(v.value, w.lang), s.cell), number(v.mean, w.lang, 2), str(v.count)]
                for v in play.values
            ]
            flow.append(ruled_table(rows, [FRAME_WIDTH - 5 * cm, 2.5 * cm, 2.5 * cm], s, (1, 2)))
    return flow


def _cast_in_groups(w: Writer, cast: tuple[CastLine, ...]) -> Flowable:
    """Groups played at once: a row per role per group, everyone who played it in one cell."""
    s = w.styles
    rows: list[list] = [[w.head("group"), w.head("role"), w.head("played_by")]]
    for group, roles in cast_per_group(cast):
        for index, (line, people) in enumerate(roles):
            shown = group if index == 0 else ""
            rows.append(
                [
                    cell(shown, s.cell),
                    cell(_role(w.lang, line), s.cell),
                    cell(", ".join(people), s.cell),
                ]
            )
    widths = [3.5 * cm, 5 * cm, FRAME_WIDTH - 8.5 * cm]
    return ruled_table(rows, widths, s)


def case_classes(w: Writer) -> list[Flowable]:
    if not w.data.case_classes:
        return []
    s = w.styles
    flow = w.heading("case_classes")
    for case in w.data.case_classes:
        flow.append(CondPageBreak(4 * cm))
        flow.append(Paragraph(markup(_title(w, case.activity_id, case.case_title)), s.h2))
        for start in range(0, len(case.groups), GROUPS_PER_TABLE):
            flow.append(_answers_table(w, case, start))
            flow.append(Spacer(1, 6))
    return flow


def _answers_table(w: Writer, case: CaseComparison, start: int) -> Flowable:
    s = w.styles
    groups = case.groups[start : start + GROUPS_PER_TABLE]
    question_width = 4.2 * cm
    group_width = (FRAME_WIDTH - 0.8 * cm - question_width) / len(groups)
    rows: list[list] = [[w.head("no"), w.head("question")] + [cell(g, s.cell_head) for g in groups]]
    for index, (question, answers) in enumerate(zip(case.questions, case.answers, strict=True)):
        rows.append(
            [str(index + 1), cell(text_in(question, w.lang), s.cell)]
            + [cell(answer, s.cell) for answer in answers[start : start + GROUPS_PER_TABLE]]
        )
    widths = [0.8 * cm, question_width] + [group_width] * len(groups)
    return ruled_table(rows, widths, s, (0,))


def games(w: Writer) -> list[Flowable]:
    if not w.data.games:
        return []
    s = w.styles
    flow = w.heading("games")
    for game in w.data.games:
        flow.append(CondPageBreak(4 * cm))
        flow.append(Paragraph(markup(_title(w, game.activity_id, game.game_title)), s.h2))
        rounds = [w.t("round_short", n) for n in range(1, game.round_count + 1)]
        round_width = min(1.6 * cm, (FRAME_WIDTH - 8 * cm) / max(1, len(rounds)))
        header = [w.head("rank"), w.head("group")]
        header += [cell(r, s.cell_head) for r in rounds] + [w.head("total")]
        rows: list[list] = [header]
        for standing in game.standings:
            rows.append(
                [str(standing.rank), cell(standing.group, s.cell)]
                + [_points(w.lang, p) for p in standing.per_round]
                + [_points(w.lang, standing.total)]
            )
        group_width = FRAME_WIDTH - 2.2 * cm - 2 * cm - round_width * len(rounds)
        widths = [2.2 * cm, group_width] + [round_width] * len(rounds) + [2 * cm]
        numeric = (0, *range(2, len(header)))
        flow.append(ruled_table(rows, widths, s, numeric))
    return flow


def _points(lang: str, value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else number(value, lang)


METHOD_SECTIONS = (role_plays, case_classes, games)


# -- spreadsheet rows -----------------------------------------------------------------------


def method_sheets(data: SessionReportData, lang: str) -> list[tuple[str, str, list, list, tuple]]:
    """(key, title, headers, rows, widths) for each method table that has data."""
    t = lambda key, *v: tr(lang, key, *v)  # noqa: E731
    titles = data.activity_titles
    sheets = []
    casting, debriefs, scores = [], [], []
    grouped = any(c.group for play in data.role_plays for line in play.rounds for c in line.cast)
    for play in data.role_plays:
        activity = titles.get(play.activity_id, "")
        for line in play.rounds:
            for c in line.cast:
                casting.append(
                    [activity, play.scenario_title, line.number, line.minutes]
                    + [_role(lang, c), c.person]
                    + ([c.group] if grouped else [])
                )
            if line.debrief:
                debriefs.append([activity, play.scenario_title, line.number, line.debrief])
        if play.debrief:
            debriefs.append([activity, play.scenario_title, "", play.debrief])
        for v in play.values:
            scores.append(
                [activity, play.scenario_title, value_name(v.value, lang), round(v.mean, 2)]
                + [v.count]
            )
    head = [t("activity"), t("scenario"), t("round")]
    if casting:
        sheets.append(
            (
                "role_play_casting",
                t("casting_sheet"),
                head
                + [t("minutes"), t("role"), t("played_by")]
                + ([t("group")] if grouped else []),
                casting,
                (30, 36, 8, 8, 30, 30, 20),
            )
        )
    if debriefs:
        sheets.append(
            ("role_play_debrief", t("debrief_sheet"), head + [t("text")], debriefs, (30, 36, 8, 80))
        )
    if scores:
        sheets.append(
            (
                "observer_scores",
                t("observer_sheet"),
                [t("activity"), t("scenario"), t("core_value"), t("average"), t("items_scored")],
                scores,
                (30, 36, 32, 10, 10),
            )
        )
    if data.case_classes:
        # Side by side as in the plenary: one column per group, across all cases.
        groups = list(dict.fromkeys(g for case in data.case_classes for g in case.groups))
        rows = []
        for case in data.case_classes:
            for index, (question, answers) in enumerate(
                zip(case.questions, case.answers, strict=True)
            ):
                by_group = dict(zip(case.groups, answers, strict=True))
                rows.append(
                    [titles.get(case.activity_id, ""), case.case_title, index + 1]
                    + [text_in(question, lang)]
                    + [by_group.get(g, "") for g in groups]
                )
        headers = [t("activity"), t("case"), t("no"), t("question"), *groups]
        sheets.append(
            ("case_answers", t("case_sheet"), headers, rows, (30, 30, 5, 40) + (40,) * len(groups))
        )
    if data.games:
        most = max(g.round_count for g in data.games)
        rows = []
        for game in data.games:
            for standing in game.standings:
                per_round = list(standing.per_round) + [None] * (most - len(standing.per_round))
                rows.append(
                    [titles.get(game.activity_id, ""), game.game_title, standing.rank]
                    + [standing.group, *per_round, standing.total]
                )
        headers = [t("activity"), t("game"), t("rank"), t("group")]
        headers += [t("round_short", n) for n in range(1, most + 1)] + [t("total")]
        sheets.append(
            ("games", t("games_sheet"), headers, rows, (30, 30, 8, 24) + (7,) * most + (9,))
        )
    return sheets

"""The report's section on phones in the room (per activity, its questions' results) and the
spreadsheet's sheet of questions and answers, in the report's language."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from facilitation.documents.report.charts import (
    SINGLE_COLOUR,
    averages_chart,
    counts_chart,
    horizontal_bars,
)
from facilitation.documents.report.data import SessionReportData
from facilitation.documents.report.flow import cell, markup, paragraphs
from facilitation.documents.report.room_cloud import cloud_drawing
from facilitation.documents.report.room_data import RoomQuestionLine, RoomScoreLine, RoomSummary
from facilitation.documents.report.sections import Writer
from facilitation.documents.report.style import FRAME_WIDTH, ruled_table
from facilitation.documents.report.text import number

_TEXTS: dict[str, tuple[str, str]] = {
    "room": ("Jawaban Peserta dari Ponsel", "Participants' Answers from Phones"),
    "other_questions": ("Pertanyaan lain", "Other questions"),
    "poll_single": ("Jajak pendapat", "Poll"),
    "poll_multi": ("Jajak pendapat (beberapa jawaban)", "Poll (several answers)"),
    "scale": ("Skala", "Scale"),
    "word_cloud": ("Awan kata", "Word cloud"),
    "ideas": ("Gagasan dan pertanyaan", "Ideas and questions"),
    "quiz": ("Kuis", "Quiz"),
    "pre_test": ("Pre-test", "Pre-test"),
    "post_test": ("Post-test", "Post-test"),
    "reaction": ("Evaluasi reaksi", "Reaction evaluation"),
    "commitment": ("Komitmen saya", "My commitment"),
    "option": ("Pilihan", "Option"),
    "count": ("Jumlah", "Count"),
    "responses": ("%1 jawaban", "%1 answers"),
    "correct_mark": ("%1 (benar)", "%1 (correct)"),
    "average_spread": (
        "Rata-rata %1 dari %2, simpangan baku %3",
        "Average %1 out of %2, standard deviation %3",
    ),
    "no_words": ("Belum ada kata yang ditampilkan.", "No word was shown."),
    "idea": ("Gagasan", "Idea"),
    "upvotes": ("Dukungan", "Upvotes"),
    "rated": ("Dinilai", "Rated"),
    "average": ("Rata-rata", "Average"),
    "quiz_scores": ("Skor kuis", "Quiz scores"),
    "who": ("Peserta", "Participant"),
    "phone_n": ("Ponsel %1", "Phone %1"),
    "person_n": ("Peserta %1", "Participant %1"),
    "rank": ("Peringkat", "Rank"),
    "not_taken": ("— tidak ikut", "— did not take part"),
    "phones_unranked": (
        "Ponsel yang menjawab tanpa kode pribadi tidak diberi peringkat.",
        "Phones that answered without a personal code are not ranked.",
    ),
    "score_sheet": ("Skor kuis", "Quiz scores"),
    "answered": ("Dijawab", "Answered"),
    "out_of": ("Jumlah soal", "Questions"),
    "correct": ("Benar", "Correct"),
    "gain_title": ("Pre-test dan post-test per peserta", "Pre-test and post-test per person"),
    "pre": ("Pre-test (%)", "Pre-test (%)"),
    "post": ("Post-test (%)", "Post-test (%)"),
    "gain": ("Peningkatan (poin)", "Gain (points)"),
    "sheet": ("Jawaban ponsel", "Phone answers"),
    "activity": ("Kegiatan", "Activity"),
    "question": ("Pertanyaan", "Question"),
    "kind": ("Jenis", "Kind"),
    "phone": ("Ponsel", "Phone"),
    "answer": ("Jawaban", "Answer"),
    "received": ("Diterima", "Received"),
}


def room_text(lang: str, key: str, *values: object) -> str:
    text = _TEXTS[key][0 if lang == "id" else 1]
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


def _kind(lang: str, kind: str) -> str:
    return room_text(lang, kind) if kind in _TEXTS else kind


def room(w: Writer) -> list[Flowable]:
    summary: RoomSummary | None = w.data.room
    if not summary:
        return []
    s, lang = w.styles, w.lang
    t = lambda key, *v: room_text(lang, key, *v)  # noqa: E731
    flow: list[Flowable] = [CondPageBreak(4 * cm), Paragraph(markup(t("room")), s.h1)]
    titles = w.data.activity_titles
    current = None
    for line in summary.questions:
        if line.activity_id != current:
            current = line.activity_id
            flow.append(CondPageBreak(3 * cm))
            flow.append(Paragraph(markup(titles.get(current, t("other_questions"))), s.h2))
        flow.extend(_question(w, line))
    flow.extend(_quiz_scores(w, summary))
    if summary.gains:
        flow.append(Paragraph(markup(t("gain_title")), s.h2))
        rows = [[_head(w, k) for k in ("who", "pre", "post", "gain")]]
        rows += [
            [cell(g.name or t("person_n", g.person), s.cell)]
            + [number(v, lang) for v in (g.pre, g.post, g.gain)]
            for g in summary.gains
        ]
        widths = [FRAME_WIDTH - 7.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm]
        flow.append(ruled_table(rows, widths, s, (1, 2, 3)))
    return flow


def _who(lang: str, score: RoomScoreLine) -> str:
    if score.name:
        return score.name
    if score.person:
        return room_text(lang, "person_n", score.person)
    return room_text(lang, "phone_n", score.phone)


def _correct(lang: str, score: RoomScoreLine) -> str:
    if not score.took_part:
        return room_text(lang, "not_taken")
    return f"{score.correct} / {score.out_of}"


def _quiz_scores(w: Writer, summary: RoomSummary) -> list[Flowable]:
    """One table per quiz: the people with a personal code by rank, those checked in that
    day who did not take part, then anonymous phones."""
    s, lang = w.styles, w.lang
    titles = w.data.activity_titles
    flow: list[Flowable] = []
    for activity_id in dict.fromkeys(score.activity_id for score in summary.quiz_scores):
        title = room_text(lang, "quiz_scores")
        if activity_id in titles:
            title = f"{title}: {titles[activity_id]}"
        flow.append(CondPageBreak(3 * cm))
        flow.append(Paragraph(markup(title), s.h2))
        rows: list[list] = [[_head(w, "rank"), _head(w, "who"), _head(w, "correct")]]
        for score in summary.quiz_scores:
            if score.activity_id == activity_id:
                rank = str(score.rank) if score.rank else ""
                who = cell(_who(lang, score), s.cell)
                rows.append([rank, who, _correct(lang, score)])
        widths = [2.4 * cm, FRAME_WIDTH - 6.9 * cm, 4.5 * cm]
        flow.append(ruled_table(rows, widths, s, (0, 2)))
    if any(score.phone for score in summary.quiz_scores):
        flow.append(Paragraph(markup(room_text(lang, "phones_unranked")), s.small))
    return flow


def _head(w: Writer, key: str) -> Paragraph:
    return Paragraph(markup(room_text(w.lang, key)), w.styles.cell_head)


def _question(w: Writer, line: RoomQuestionLine) -> list[Flowable]:
    s, lang = w.styles, w.lang
    t = lambda key, *v: room_text(lang, key, *v)  # noqa: E731
    flow: list[Flowable] = [CondPageBreak(3 * cm)]
    flow.extend(paragraphs(line.prompt, s.h3, prefix=f"{_kind(lang, line.kind)}: "))
    flow.append(Paragraph(markup(t("responses", line.responses)), s.meta))
    if line.options:
        labels = [
            t("correct_mark", label) if i in line.correct else label
            for i, (label, _count) in enumerate(line.options)
        ]
        flow.append(counts_chart(labels, [n for _l, n in line.options], FRAME_WIDTH, s.font))
    elif line.distribution:
        top = len(line.distribution)
        labels = [str(score) for score in range(1, top + 1)]
        flow.append(
            horizontal_bars(
                labels, [list(line.distribution)], [""], [SINGLE_COLOUR], FRAME_WIDTH, s.font
            )
        )
        if line.average is not None:
            flow.append(
                Paragraph(
                    markup(
                        t(
                            "average_spread",
                            number(line.average, lang, 2),
                            top,
                            number(line.spread, lang, 2),
                        )
                    ),
                    s.small,
                )
            )
    elif line.kind == "word_cloud":
        if line.words:
            flow.append(cloud_drawing(line.words, FRAME_WIDTH, s.font))
        else:
            flow.append(Paragraph(markup(t("no_words")), s.small))
    elif line.ideas:
        rows: list[list] = [[_head(w, "idea"), _head(w, "upvotes")]]
        rows += [[cell(text, s.cell), str(votes)] for text, votes in line.ideas]
        flow.append(ruled_table(rows, [FRAME_WIDTH - 2.5 * cm, 2.5 * cm], s, (1,)))
    elif line.lines:
        flow.append(
            averages_chart(
                [label for label, _a, _n in line.lines],
                [a for _l, a, _n in line.lines],
                FRAME_WIDTH,
                s.font,
            )
        )
    for text in line.texts:
        flow.extend(paragraphs(text, s.note, prefix="• "))
    flow.append(Spacer(1, 6))
    return [KeepTogether(flow)]  # a chart stays with its question (a long list still splits)


def room_sheet(data: SessionReportData, lang: str) -> tuple[str, str, list, list, tuple] | None:
    """(key, title, headers, rows, widths) of the sheet of questions and answers."""
    summary: RoomSummary | None = data.room
    if not summary or not summary.answers:
        return None
    if data.redacted:
        summary = summary.without_devices()
    t = lambda key: room_text(lang, key)  # noqa: E731
    titles = data.activity_titles
    headers = [t(k) for k in ("activity", "question", "kind", "phone", "who", "answer", "received")]
    rows = [
        [titles.get(a.activity_id, ""), a.prompt, _kind(lang, a.kind), a.device, a.name]
        + [a.value, a.received_at]
        for a in summary.answers
    ]
    return "room_answers", t("sheet"), headers, rows, (30, 40, 18, 12, 24, 40, 26)


def quiz_score_sheet(
    data: SessionReportData, lang: str
) -> tuple[str, str, list, list, tuple] | None:
    """(key, title, headers, rows, widths) of the sheet of every person's quiz score."""
    summary: RoomSummary | None = data.room
    if not summary or not summary.quiz_scores:
        return None
    if data.redacted:
        summary = summary.without_people()
    t = lambda key: room_text(lang, key)  # noqa: E731
    titles = data.activity_titles
    headers = [t(k) for k in ("activity", "rank", "who", "correct", "answered", "out_of")]
    rows = [
        [titles.get(s.activity_id, ""), s.rank or None, _who(lang, s)]
        + ([s.correct, s.answered] if s.took_part else [t("not_taken"), 0])
        + [s.out_of]
        for s in summary.quiz_scores
    ]
    return "room_quiz_scores", t("score_sheet"), headers, rows, (30, 10, 30, 10, 10, 12)

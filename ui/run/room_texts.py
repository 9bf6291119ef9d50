"""The room's words for the run console and the projector: the join slide and the results
turned into what the wall shows. Texts keep the RoomPanel context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.room.leaderboard import wall_names
from storage.room.standings import QuizStandings
from ui.projector.room_results import JoinSlide, LiveResults
from ui.room.join import qr_matrix
from ui.room.live import Results
from ui.room.questions import Kind

translate = QCoreApplication.translate


def join_slide(url: str) -> JoinSlide:
    shown = url.removeprefix("http://")
    return JoinSlide(
        translate("RoomPanel", "Answer with your phone"),
        shown,
        qr_matrix(url),
        (
            "Tidak terbuka? Matikan data seluler, tetap di Wi-Fi ruangan, lalu ketik alamat ini.",
            "Does not open? Turn off mobile data, stay on the room's Wi-Fi, type this address.",
        ),
    )


def decimal(value: float) -> str:
    """One decimal, with the language's mark (3.8, 3,8)."""
    return f"{value:.1f}".replace(".", translate("RoomPanel", ".", "the decimal mark"))


def answers_caption(results: Results) -> str:
    count = results.answered
    caption = (
        translate("RoomPanel", "1 answer")
        if count == 1
        else translate("RoomPanel", "%1 answers").replace("%1", str(count))
    )
    if results.average is not None:
        average = translate("RoomPanel", "Average %1").replace("%1", decimal(results.average))
        caption = f"{average} · {caption}"
    return caption


def live_results(results: Results) -> LiveResults:
    """The wall's part of the results: no device, no code, no text still waiting."""
    question = results.question
    caption = answers_caption(results)
    if question.kind in (Kind.CHOICE, Kind.QUIZ):
        bars = tuple(
            (option, count, index in question.correct)
            for index, (option, count) in enumerate(
                zip(question.options, results.counts, strict=False)
            )
        )
        if question.kind is Kind.QUIZ and question.correct and results.answered:
            right = sum(results.counts[i] for i in question.correct if i < len(results.counts))
            share = round(100 * right / (results.answered * len(question.correct)))
            correct = translate("RoomPanel", "%1% right").replace("%1", str(share))
            caption = f"{correct} · {caption}"
        return LiveResults(question.text, caption, bars=bars)
    if question.kind is Kind.SCALE:
        bars = tuple((str(n + 1), c, False) for n, c in enumerate(results.distribution))
        return LiveResults(question.text, caption, bars=bars)
    if question.kind is Kind.WORDS:
        return LiveResults(question.text, caption, words=results.words)
    if question.kind is Kind.REACTION:
        bars = tuple(
            (f"{line} · {decimal(average)}" if average else line, count, False)
            for line, count, average in zip(
                question.options, results.counts, results.averages, strict=False
            )
        )
        return LiveResults(question.text, caption, bars=bars)
    if question.kind is Kind.IDEAS:
        ideas = tuple((text, votes) for _, text, votes in results.ideas)
        return LiveResults(question.text, caption, ideas=ideas)
    return LiveResults(question.text, caption)


def leaderboard(standings: QuizStandings, top: int) -> LiveResults:
    """The wall's top places of the activity's quiz: first name and initial only, ties
    sharing a rank; who answered without a personal code is counted, not named."""
    shown = standings.people[:top]
    names = wall_names(standings.people)
    ranking = tuple((p.rank, names[p.participant_id], f"{p.correct}/{p.out_of}") for p in shown)
    count = len(standings.people)
    caption = translate("RoomPanel", "%1 ranked").replace("%1", str(count))
    if standings.anonymous:
        phones = translate("RoomPanel", "%1 without a code").replace("%1", str(standings.anonymous))
        caption = f"{caption} · {phones}"
    title = translate("RoomPanel", "Quiz: the top %1").replace("%1", str(top))
    return LiveResults(title, caption, ranking=ranking)

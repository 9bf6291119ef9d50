"""Per-person quiz scores: who answered a quiz with a personal code, ranked by right answers.

Only phones linked to a participant by a personal code are ranked: an anonymous phone is
nobody the facilitator can name (it keeps its per-phone score in the report). Of two people
with as many right answers, the one who answered quicker in all (from each question's
opening to the answer, room/timing.py) ranks first; where that time is not known (a quiz
opened by an older version) ties share a rank and are listed by name. The wall shows a
person by first name and initial (never a NIP or any number written into a name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from facilitation.names import name_sort_key, name_without_titles
from facilitation.redaction import scrub
from facilitation.room.questions import Question, QuestionKind
from facilitation.room.records import Answer
from facilitation.room.scoring import scores
from facilitation.room.timing import answering_times

WALL_NAME_LENGTH = 30


@dataclass(frozen=True)
class Standing:
    rank: int  # 1 for the best; people with as many right answers share a rank
    participant_id: str
    name: str  # as the participant list writes it
    correct: int
    answered: int
    out_of: int
    seconds: float | None = None  # the answers' time summed; None when not known


def quiz_questions(questions: Iterable[Question], activity_id: str | None = None) -> list[Question]:
    """The quiz questions (of one activity: one quiz) that are not in the trash."""
    return [
        q
        for q in questions
        if q.kind is QuestionKind.QUIZ
        and q.deleted_at is None
        and (activity_id is None or q.activity_id == activity_id)
    ]


def standings(
    questions: Iterable[Question], answers: Iterable[Answer], names: Mapping[str, str]
) -> list[Standing]:
    """The people who answered the given quiz questions with their code, best first.
    A participant no longer in the list (names: participant id -> name) is left out."""
    quiz = quiz_questions(questions)
    answers = list(answers)
    linked = [s for s in scores(quiz, answers) if s.linked and (names.get(s.who) or "").strip()]
    times = answering_times(quiz, answers)
    linked.sort(
        key=lambda s: (-s.correct, times.get(s.who, 0.0), name_sort_key(names[s.who]), s.who)
    )
    ranked: list[Standing] = []
    for index, score in enumerate(linked):
        seconds = times.get(score.who)
        tied = ranked and (ranked[-1].correct, ranked[-1].seconds) == (score.correct, seconds)
        rank = ranked[-1].rank if tied else index + 1
        ranked.append(
            Standing(
                rank,
                score.who,
                names[score.who],
                score.correct,
                score.answered,
                score.out_of,
                seconds,
            )
        )
    return ranked


def anonymous_phones(questions: Iterable[Question], answers: Iterable[Answer]) -> int:
    """How many phones answered the quiz without a personal code (not ranked)."""
    return sum(1 for s in scores(quiz_questions(questions), answers) if not s.linked)


def wall_name(name: str) -> str:
    """First name and the initial of the last ("Dr. Budi Santoso, M.Si." -> "Budi S."),
    with any number that could be a NIP, phone or e-mail taken out."""
    words = [
        w.strip(",;:()[]")
        for w in scrub(name_without_titles(name)).split()
        if any(c.isalpha() for c in w)
    ]
    if not words:
        return "?"
    first = words[0][:WALL_NAME_LENGTH]
    if len(words) == 1:
        return first
    initial = next(c for c in words[-1] if c.isalpha())
    return f"{first} {initial.upper()}."


def wall_names(people: Iterable[Standing]) -> dict[str, str]:
    """participant id -> the name shown on the wall; two people who would both be "Budi S."
    are shown by their names without titles instead."""
    people = list(people)
    short = {p.participant_id: wall_name(p.name) for p in people}
    seen: dict[str, int] = {}
    for value in short.values():
        seen[value] = seen.get(value, 0) + 1
    for p in people:
        if seen[short[p.participant_id]] > 1:
            words = scrub(name_without_titles(p.name)).split()
            short[p.participant_id] = " ".join(words)[: WALL_NAME_LENGTH * 2] or "?"
    return short

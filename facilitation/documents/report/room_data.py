"""What the report shows of phones in the room, gathered into plain data (storage/room/
report.py fills it): per question its results, quiz scores, pre/post gain per person, and
every current answer for the spreadsheet."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from facilitation.names import name_sort_key
from facilitation.redaction import PersonNumbers
from facilitation.room.leaderboard import Standing, quiz_questions, standings
from facilitation.room.questions import CHOICE_KINDS, Question, QuestionKind
from facilitation.room.records import Answer, Post, PostKind
from facilitation.room.results import (
    choice_result,
    commitments,
    ranked_ideas,
    reaction_results,
    scale_result,
    word_cloud,
)
from facilitation.room.scoring import pre_post, scores


@dataclass(frozen=True)
class RoomQuestionLine:
    activity_id: str
    kind: str
    prompt: str
    responses: int
    options: tuple[tuple[str, int], ...] = ()  # label, count: polls, quizzes, tests
    correct: tuple[int, ...] = ()
    distribution: tuple[int, ...] = ()  # a scale: how many gave 1, 2, ...
    average: float | None = None
    spread: float | None = None
    words: tuple[tuple[str, int], ...] = ()  # the cloud's shown words, most frequent first
    ideas: tuple[tuple[str, int], ...] = ()  # shown ideas with their upvotes, ranked
    lines: tuple[tuple[str, float | None, int], ...] = ()  # reaction: label, average, responses
    texts: tuple[str, ...] = ()  # commitments


@dataclass(frozen=True)
class RoomScoreLine:
    name: str  # the participant's name; "" for an anonymous phone (or once redacted)
    phone: int  # the phone's number in this report (1, 2, ...) when anonymous
    correct: int
    out_of: int
    activity_id: str = ""  # the quiz: an activity's quiz questions
    rank: int = 0  # among the quiz's people with a personal code; 0 for a phone
    person: int = 0  # the person's number in a redacted report (1, 2, ...)
    answered: int = 0
    participant_id: str = ""  # whose score, where a personal code linked the answers
    took_part: bool = True  # False: checked in that day but answered none of the quiz


@dataclass(frozen=True)
class RoomGainLine:
    name: str  # "" once redacted
    pre: float | None  # percent
    post: float | None
    gain: float | None  # percentage points
    participant_id: str = ""
    person: int = 0  # the person's number in a redacted report (1, 2, ...)


@dataclass(frozen=True)
class RoomAnswerLine:
    activity_id: str
    prompt: str
    kind: str
    device: str  # the phone's token; its number in this report once redacted
    name: str  # whose answer, where a personal code linked it
    value: str
    received_at: str


@dataclass(frozen=True)
class RoomSummary:
    questions: tuple[RoomQuestionLine, ...] = ()
    quiz_scores: tuple[RoomScoreLine, ...] = ()
    gains: tuple[RoomGainLine, ...] = ()
    answers: tuple[RoomAnswerLine, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.questions)

    def without_devices(self) -> RoomSummary:
        """Phones by number instead of their tokens (redacted reports and spreadsheets)."""
        numbers: dict[str, str] = {}
        answers = tuple(
            replace(a, device=numbers.setdefault(a.device, str(len(numbers) + 1)))
            for a in self.answers
        )
        return replace(self, answers=answers)

    def without_people(self, numbers: PersonNumbers | None = None) -> RoomSummary:
        """No answer, quiz score or pre/post test linked to a name (a redacted report, as a
        redacted bundle carries answers without their person): people as "Peserta N" (one
        number per person in every table: numbers, shared with the rest of the report),
        phones by number."""
        numbers = numbers if numbers is not None else PersonNumbers()
        scores = tuple(
            replace(s, name="", participant_id="", person=numbers.of(s.participant_id))
            if s.participant_id
            else s
            for s in self.quiz_scores
        )
        gains = tuple(
            replace(
                g,
                name="",
                participant_id="",
                person=numbers.of(g.participant_id or f"name:{g.name}"),
            )
            if g.participant_id or g.name
            else g
            for g in self.gains
        )
        answers = tuple(replace(a, name="") for a in self.answers)
        return replace(self, quiz_scores=scores, gains=gains, answers=answers).without_devices()


def room_summary(
    questions: Sequence[Question],
    answers: Sequence[Answer],
    posts: Iterable[Post],
    names: Mapping[str, str],
    present: Mapping[str, Collection[str]] | None = None,
) -> RoomSummary:
    """The room's results, questions in the order given (the agenda's). present: activity
    id -> the participants checked in on its day, listed in its quiz scores even when they
    answered nothing."""
    by_question: dict[str, list[Answer]] = {}
    for answer in answers:
        by_question.setdefault(answer.question_id, []).append(answer)
    posts_of: dict[str, list[Post]] = {}
    for post in posts:
        posts_of.setdefault(post.question_id, []).append(post)
    lines = tuple(  # a question nobody answered says nothing about the day: left out
        _line(q, by_question.get(q.id, []), posts_of.get(q.id, []))
        for q in questions
        if q.id in by_question or q.id in posts_of
    )
    quiz_scores = _quiz_scores(questions, answers, names, present or {})
    gains = tuple(
        RoomGainLine(
            names.get(p.participant_id, ""),
            *_percents(p.pre, p.pre_out_of, p.post, p.post_out_of),
            p.participant_id,
        )
        for p in pre_post(questions, answers)
    )
    prompts = {q.id: q for q in questions}
    answer_lines = tuple(
        RoomAnswerLine(
            prompts[a.question_id].activity_id,
            prompts[a.question_id].prompt,
            str(prompts[a.question_id].kind),
            a.device_token,
            names.get(a.participant_id or "", ""),
            _value_text(prompts[a.question_id], a.value),
            a.received_at,
        )
        for a in answers
        if a.question_id in prompts
    )
    return RoomSummary(lines, quiz_scores, gains, answer_lines)


def _quiz_scores(
    questions: Sequence[Question],
    answers: Sequence[Answer],
    names: Mapping[str, str],
    present: Mapping[str, Collection[str]],
) -> tuple[RoomScoreLine, ...]:
    """Per quiz (an activity's quiz questions, in agenda order): the people with a personal
    code ranked, then those checked in that day who answered none of it (by name), then the
    anonymous phones."""
    phones: dict[str, int] = {}
    lines: list[RoomScoreLine] = []
    for activity_id in dict.fromkeys(q.activity_id for q in quiz_questions(questions)):
        quiz = quiz_questions(questions, activity_id)
        ranked = standings(quiz, answers, names)
        for s in ranked:
            lines.append(
                RoomScoreLine(
                    s.name,
                    0,
                    s.correct,
                    s.out_of,
                    activity_id,
                    s.rank,
                    0,
                    s.answered,
                    s.participant_id,
                )
            )
        lines += _not_taking_part(activity_id, len(quiz), ranked, names, present)
        for score in scores(quiz, answers):
            if not score.linked:
                phone = phones.setdefault(score.who, len(phones) + 1)
                lines.append(
                    RoomScoreLine(
                        "", phone, score.correct, score.out_of, activity_id, 0, 0, score.answered
                    )
                )
    return tuple(lines)


def _not_taking_part(
    activity_id: str,
    out_of: int,
    ranked: Sequence[Standing],
    names: Mapping[str, str],
    present: Mapping[str, Collection[str]],
) -> list[RoomScoreLine]:
    """The people checked in on the quiz's day who answered none of it (by name)."""
    answered = {s.participant_id for s in ranked}
    absent = [
        pid
        for pid in present.get(activity_id, ())
        if pid not in answered and (names.get(pid) or "").strip()
    ]
    absent.sort(key=lambda pid: (name_sort_key(names[pid]), pid))
    return [
        RoomScoreLine(names[pid], 0, 0, out_of, activity_id, participant_id=pid, took_part=False)
        for pid in absent
    ]


def _percents(
    pre: int | None, pre_of: int, post: int | None, post_of: int
) -> tuple[float | None, float | None, float | None]:
    first = 100 * pre / pre_of if pre is not None and pre_of else None
    last = 100 * post / post_of if post is not None and post_of else None
    return first, last, (last - first if first is not None and last is not None else None)


def _line(question: Question, answers: list[Answer], posts: list[Post]) -> RoomQuestionLine:
    line = RoomQuestionLine(question.activity_id, str(question.kind), question.prompt, len(answers))
    kind = question.kind
    if kind in CHOICE_KINDS:
        result = choice_result(question, answers)
        return replace(
            line,
            responses=result.responses,
            options=tuple(zip(question.options, result.counts, strict=True)),
            correct=tuple(question.correct),
        )
    if kind is QuestionKind.SCALE:
        scale = scale_result(question, answers)
        return replace(
            line, distribution=scale.distribution, average=scale.average, spread=scale.spread
        )
    if kind is QuestionKind.WORD_CLOUD:
        cloud = word_cloud(answers, [p for p in posts if p.kind is PostKind.WORD])
        return replace(line, words=tuple((w.text, w.count) for w in cloud))
    if kind is QuestionKind.IDEAS:
        ideas = ranked_ideas([p for p in posts if p.kind is PostKind.IDEA])
        return replace(line, responses=len(ideas), ideas=tuple((p.text, p.upvotes) for p in ideas))
    if kind is QuestionKind.REACTION:
        results = reaction_results(question, answers)
        return replace(
            line,
            lines=tuple(
                (label, r.average, r.responses)
                for label, r in zip(question.options, results, strict=True)
            ),
        )
    return replace(line, texts=tuple(commitments(answers)))


def _value_text(question: Question, value: object) -> str:
    """An answer as a person reads it: option labels, numbers, words, the text."""
    if question.kind in CHOICE_KINDS and isinstance(value, list):
        return "; ".join(
            question.options[i]
            for i in value
            if isinstance(i, int) and 0 <= i < len(question.options)
        )
    if question.kind is QuestionKind.REACTION and isinstance(value, list):
        return "; ".join(
            f"{label}: {score}"
            for label, score in zip(question.options, value, strict=False)
            if score
        )
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, str | int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)

"""Quiz scores and the pre/post test's gain per person, from phones' answers.

An answer is correct when it picks exactly the correct options. A quiz is scored per device
(anonymous) or per person where a personal code linked the answer; a pre/post test only per
person: its pre-test and post-test questions are scored apart, each out of its number of
questions, so the gain is comparable with the paper test's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from facilitation.room.questions import SCORED_KINDS, Question, QuestionKind
from facilitation.room.records import Answer


@dataclass(frozen=True)
class Score:
    who: str  # participant id, or the device token of an anonymous phone
    linked: bool  # who is a participant
    correct: int
    answered: int
    out_of: int


@dataclass(frozen=True)
class PrePost:
    participant_id: str
    pre: int | None  # correct answers on the pre-test; None when not taken
    post: int | None
    pre_out_of: int
    post_out_of: int

    @property
    def gain(self) -> float | None:
        """Post minus pre, as shares of each test (0..1 each), so tests of different
        lengths compare; None unless both were taken."""
        if self.pre is None or self.post is None or not self.pre_out_of or not self.post_out_of:
            return None
        return self.post / self.post_out_of - self.pre / self.pre_out_of


def is_correct(question: Question, value: object) -> bool:
    if question.kind not in SCORED_KINDS:
        return False
    chosen = value if isinstance(value, list) else [value]
    return sorted(set(chosen)) == sorted(question.correct) and len(chosen) == len(set(chosen))


def scores(questions: Iterable[Question], answers: Iterable[Answer]) -> list[Score]:
    """Scores over the given scored questions, best first."""
    scored = {q.id: q for q in questions if q.kind in SCORED_KINDS}
    correct: dict[tuple[str, bool], int] = defaultdict(int)
    answered: dict[tuple[str, bool], int] = defaultdict(int)
    for answer in answers:
        question = scored.get(answer.question_id)
        if question is None:
            continue
        key = (
            (answer.participant_id, True) if answer.participant_id else (answer.device_token, False)
        )
        answered[key] += 1
        correct[key] += is_correct(question, answer.value)
    found = [
        Score(who, linked, correct[(who, linked)], count, len(scored))
        for (who, linked), count in answered.items()
    ]
    return sorted(found, key=lambda s: (-s.correct, s.who))


def pre_post(questions: Iterable[Question], answers: Iterable[Answer]) -> list[PrePost]:
    """Per person linked by a personal code: correct answers before and after."""
    tests = [q for q in questions if q.kind in (QuestionKind.PRE_TEST, QuestionKind.POST_TEST)]
    kind_of = {q.id: q.kind for q in tests}
    out_of = {
        kind: sum(1 for q in tests if q.kind is kind)
        for kind in (QuestionKind.PRE_TEST, QuestionKind.POST_TEST)
    }
    by_id = {q.id: q for q in tests}
    taken: dict[str, dict[QuestionKind, int]] = defaultdict(dict)
    for answer in answers:
        kind = kind_of.get(answer.question_id)
        if kind is None or not answer.participant_id:
            continue
        person = taken[answer.participant_id]
        person[kind] = person.get(kind, 0) + is_correct(by_id[answer.question_id], answer.value)
    return [
        PrePost(
            participant_id,
            person.get(QuestionKind.PRE_TEST),
            person.get(QuestionKind.POST_TEST),
            out_of[QuestionKind.PRE_TEST],
            out_of[QuestionKind.POST_TEST],
        )
        for participant_id, person in sorted(taken.items())
    ]

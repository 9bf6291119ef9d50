"""A question the room could not answer is refused when written, with a key saying why."""

from __future__ import annotations

import pytest

from facilitation.room.questions import Question, QuestionKind, Target, validate_question
from facilitation.session import ValidationError


def q(kind: QuestionKind, **fields: object) -> Question:
    return Question("s", "a", kind, fields.pop("prompt", "Apa?"), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        (q(QuestionKind.POLL_SINGLE, prompt="  "), "question_prompt_empty"),
        (q(QuestionKind.POLL_SINGLE, options=["Satu"]), "question_too_few_options"),
        (q(QuestionKind.POLL_MULTI, options=["Satu", " "]), "question_option_empty"),
        (q(QuestionKind.QUIZ, options=["A", "B"]), "question_no_correct_answer"),
        (q(QuestionKind.QUIZ, options=["A", "B"], correct=[2]), "question_correct_unknown"),
        (q(QuestionKind.QUIZ, options=["A", "B"], correct=[0, 0]), "question_correct_unknown"),
        (q(QuestionKind.POLL_SINGLE, options=["A", "B"], correct=[0]), "question_not_scored"),
        (q(QuestionKind.SCALE, settings={"scale_max": 7}), "question_scale_unknown"),
        (q(QuestionKind.WORD_CLOUD, options=["A", "B"]), "question_has_no_options"),
        (
            q(QuestionKind.REACTION, options=["Sesi"], targets=[Target("activity", "x")] * 2),
            "question_targets_mismatch",
        ),
        (
            q(QuestionKind.POLL_SINGLE, prompt="x" * 501, options=["A", "B"]),
            "question_prompt_too_long",
        ),
    ],
)
def test_a_question_the_room_cannot_answer_is_refused(question: Question, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        validate_question(question)


def test_kinds_know_whether_they_take_several_answers_and_need_a_code() -> None:
    assert q(QuestionKind.QUIZ, options=["A", "B", "C"], correct=[0, 2]).multiple
    assert not q(QuestionKind.QUIZ, options=["A", "B"], correct=[1]).multiple
    assert q(QuestionKind.PRE_TEST).needs_code and not q(QuestionKind.REACTION).needs_code
    assert q(QuestionKind.REACTION, settings={"needs_code": True}).needs_code
    assert q(QuestionKind.SCALE, settings={"scale_max": 10}).scale_max == 10
    validate_question(q(QuestionKind.REACTION, options=["Sesi"]))  # one rated line is enough

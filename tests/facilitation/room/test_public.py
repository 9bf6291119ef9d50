"""A phone learns a question's text and shape, and its correct answers only once revealed."""

from __future__ import annotations

import json

from facilitation.room.public import phone_view
from facilitation.room.questions import Question, QuestionKind


def test_the_correct_answer_is_not_sent_before_it_is_revealed() -> None:
    quiz = Question("s", "a", QuestionKind.QUIZ, "2+2?", options=["3", "4"], correct=[1])
    hidden = phone_view(quiz)
    assert "correct" not in hidden and hidden["options"] == ["3", "4"]
    assert "activity" not in json.dumps(hidden)  # nothing but the question itself
    quiz.results_shown = True
    assert phone_view(quiz)["correct"] == [1]


def test_a_scale_and_a_cloud_say_their_bounds() -> None:
    scale = Question("s", "a", QuestionKind.SCALE, "Siap?", settings={"scale_max": 10})
    cloud = Question("s", "a", QuestionKind.WORD_CLOUD, "Kata?", settings={"max_words": 2})
    assert phone_view(scale)["scale_max"] == 10 and phone_view(cloud)["max_words"] == 2
    assert phone_view(Question("s", "a", QuestionKind.PRE_TEST, "?"))["needs_code"] is True

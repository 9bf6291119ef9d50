"""The room's results: the cloud merges the same word, scales have an average and a spread,
quizzes are scored and the pre/post test shows each person's gain."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.room.codes import CODE_ALPHABET, CODE_LENGTH, codes_for, normalise_code
from facilitation.room.questions import Question, QuestionKind
from facilitation.room.records import Answer, Moderation, Post, PostKind
from facilitation.room.results import (
    choice_result,
    ranked_ideas,
    reaction_results,
    scale_result,
    word_cloud,
)
from facilitation.room.scoring import pre_post, scores
from facilitation.room.words import normalise_word


def answer(question: Question, device: str, value: object, person: str | None = None) -> Answer:
    return Answer("s", question.id, device, f"client-{device}", value, "2026-01-01", person)  # type: ignore[arg-type]


def test_the_same_word_written_differently_is_one_word() -> None:
    assert normalise_word("  Kolaborasi!! ") == normalise_word("kolaborasi") == "kolaborasi"
    assert normalise_word("KERJA   sama.") == "kerja sama"
    assert normalise_word("dan") == "" and normalise_word("...") == ""


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise_word(text)
    assert normalise_word(once) == once
    assert once == once.strip() and "  " not in once


def test_the_cloud_shows_only_moderated_words_most_frequent_first() -> None:
    cloud = Question("s", "a", QuestionKind.WORD_CLOUD, "Satu kata?")
    answers = [
        answer(cloud, "d1", ["Adil", "Jujur"]),
        answer(cloud, "d2", ["adil!"]),
        answer(cloud, "d3", ["bodoh"]),
    ]
    posts = [
        Post("s", cloud.id, PostKind.WORD, "adil", "adil", status=Moderation.SHOWN),
        Post("s", cloud.id, PostKind.WORD, "jujur", "jujur", status=Moderation.SHOWN),
        Post("s", cloud.id, PostKind.WORD, "bodoh", "bodoh", status=Moderation.REJECTED),
    ]
    assert [(w.norm, w.count) for w in word_cloud(answers, posts)] == [("adil", 2), ("jujur", 1)]
    assert len(word_cloud(answers, posts, shown_only=False)) == 3


def test_a_poll_counts_each_option_and_each_device_once() -> None:
    poll = Question("s", "a", QuestionKind.POLL_MULTI, "Pilih", options=["A", "B", "C"])
    result = choice_result(poll, [answer(poll, "d1", [0, 2]), answer(poll, "d2", [2])])
    assert result.counts == (1, 0, 2) and result.responses == 2 and result.share(2) == 1.0


def test_a_scale_has_its_average_and_spread() -> None:
    scale = Question("s", "a", QuestionKind.SCALE, "Seberapa?")
    result = scale_result(scale, [answer(scale, f"d{v}", v) for v in (1, 3, 5)])
    assert result.distribution == (1, 0, 1, 0, 1)
    assert result.average == 3 and result.spread == pytest.approx(1.633, abs=1e-3)
    assert scale_result(scale, []).average is None


def test_a_reaction_gives_one_scale_per_line() -> None:
    reaction = Question("s", "a", QuestionKind.REACTION, "Nilai", options=["Sesi", "Ibu Ani"])
    lines = reaction_results(
        reaction, [answer(reaction, "d1", [5, None]), answer(reaction, "d2", [3, 4])]
    )
    assert [line.average for line in lines] == [4, 4] and lines[1].responses == 1


def test_ideas_rank_by_upvotes_and_hide_unmoderated_ones() -> None:
    posts = [
        Post("s", "q", PostKind.IDEA, "satu", status=Moderation.SHOWN, upvotes=1, created_at="1"),
        Post("s", "q", PostKind.IDEA, "dua", status=Moderation.SHOWN, upvotes=5, created_at="2"),
        Post("s", "q", PostKind.IDEA, "tiga", status=Moderation.PENDING, upvotes=9, created_at="3"),
    ]
    assert [p.text for p in ranked_ideas(posts)] == ["dua", "satu"]


def test_quiz_scores_count_only_exactly_right_answers() -> None:
    quiz = Question("s", "a", QuestionKind.QUIZ, "?", options=["A", "B", "C"], correct=[0, 1])
    other = Question("s", "a", QuestionKind.QUIZ, "?", options=["A", "B"], correct=[1])
    answers = [answer(quiz, "d1", [0, 1]), answer(quiz, "d2", [0]), answer(other, "d2", [1])]
    found = {s.who: (s.correct, s.out_of) for s in scores([quiz, other], answers)}
    assert found == {"d1": (1, 2), "d2": (1, 2)}


def test_the_pre_post_gain_is_per_person() -> None:
    pre = [Question("s", "a", QuestionKind.PRE_TEST, "?", options=["A", "B"], correct=[0])]
    post = [
        Question("s", "b", QuestionKind.POST_TEST, "?", options=["A", "B"], correct=[1]),
        Question("s", "b", QuestionKind.POST_TEST, "?", options=["A", "B"], correct=[0]),
    ]
    answers = [
        answer(pre[0], "d1", [1], "budi"),
        answer(post[0], "d1", [1], "budi"),
        answer(post[1], "d9", [0], "budi"),
        answer(pre[0], "d2", [0], "siti"),
        answer(pre[0], "d3", [0]),  # no code: not anybody's test
    ]
    found = {p.participant_id: p for p in pre_post(pre + post, answers)}
    assert set(found) == {"budi", "siti"}
    assert (found["budi"].pre, found["budi"].post, found["budi"].gain) == (0, 2, 1.0)
    assert found["siti"].gain is None


def test_personal_codes_are_unique_and_typed_loosely() -> None:
    made = codes_for([f"p{i}" for i in range(500)], {"p0": "AAAAA"})
    assert "p0" not in made and len(set(made.values()) | {"AAAAA"}) == 500
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in made.values())
    assert normalise_code(" ac-d9 7 ") == "ACD97"
    assert normalise_code("ACDO7") is None and normalise_code(None) is None

"""What a phone sends is checked by the question's kind, bounded and cleaned."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.room.answers import (
    MAX_IDEA_LENGTH,
    AnswerError,
    check_token,
    clean_text,
    validate_answer,
)
from facilitation.room.questions import Question, QuestionKind

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=60),
    lambda children: (
        st.lists(children, max_size=8) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


def question(kind: QuestionKind, **fields: object) -> Question:
    defaults: dict[str, object] = {}
    if kind in (QuestionKind.POLL_SINGLE, QuestionKind.POLL_MULTI, QuestionKind.QUIZ):
        defaults["options"] = ["A", "B", "C", "D"]
    if kind is QuestionKind.QUIZ:
        defaults["correct"] = [0, 2]
    if kind is QuestionKind.REACTION:
        defaults["options"] = ["Sesi 1", "Sesi 2", "Ibu Ani"]
    return Question("s", "a", kind, "Apa?", **(defaults | fields))  # type: ignore[arg-type]


def test_a_poll_stores_sorted_distinct_options() -> None:
    assert validate_answer(question(QuestionKind.POLL_SINGLE), 2) == [2]
    assert validate_answer(question(QuestionKind.POLL_MULTI), [3, 1, 3]) == [1, 3]
    # a quiz with two correct options lets the phone pick several
    assert validate_answer(question(QuestionKind.QUIZ), [2, 0]) == [0, 2]


def test_a_scale_of_ten_takes_ten_but_a_scale_of_five_does_not() -> None:
    assert validate_answer(question(QuestionKind.SCALE, settings={"scale_max": 10}), 10) == 10
    with pytest.raises(AnswerError, match="answer_out_of_range"):
        validate_answer(question(QuestionKind.SCALE), 6)


def test_cloud_words_are_cleaned_and_counted_once() -> None:
    cloud = question(QuestionKind.WORD_CLOUD)
    assert validate_answer(cloud, [" kerja\n sama ", "kerja sama", "Adil"]) == [
        "kerja sama",
        "Adil",
    ]
    with pytest.raises(AnswerError, match="answer_too_many_words"):
        validate_answer(cloud, ["a", "b", "c", "d"])


def test_a_reaction_rates_each_line_or_skips_it() -> None:
    reaction = question(QuestionKind.REACTION)
    assert validate_answer(reaction, [5, None, 3]) == [5, None, 3]
    for bad in ([None, None, None], [6, 1, 1], [1, 2]):
        with pytest.raises(AnswerError):
            validate_answer(reaction, bad)


@pytest.mark.attack("room")
@pytest.mark.parametrize(
    "text",
    ["\u202eevil", "a\x00b", "\x1b[31mred", "\u200b\u200b", "x" * (MAX_IDEA_LENGTH + 1)],
)
def test_hostile_text_is_cleaned_or_refused(text: str) -> None:
    try:
        cleaned = clean_text(text, MAX_IDEA_LENGTH)
    except AnswerError:
        return
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in cleaned)


@pytest.mark.attack("room")
@settings(max_examples=100, deadline=None)
@given(kind=st.sampled_from(list(QuestionKind)), raw=JSONISH)
def test_any_message_is_refused_or_stored_as_a_bounded_canonical_value(
    kind: QuestionKind, raw: object
) -> None:
    asked = question(kind)
    try:
        value = validate_answer(asked, raw)
    except AnswerError:
        return
    assert validate_answer(asked, value) == value  # canonical: cleaning it again keeps it
    assert len(repr(value)) < 2000


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_clean_text_has_no_control_characters_and_no_double_spaces(text: str) -> None:
    try:
        cleaned = clean_text(text, 300)
    except AnswerError:
        return
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in cleaned)
    assert clean_text(cleaned, 300) == cleaned


@pytest.mark.attack("room")
@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80) | st.integers() | st.none())
def test_a_token_is_short_plain_ascii_or_refused(token: object) -> None:
    try:
        kept = check_token(token)
    except AnswerError:
        return
    assert isinstance(kept, str) and kept.isascii() and 8 <= len(kept) <= 64

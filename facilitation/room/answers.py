"""What a phone may send, checked by the question's kind and cleaned before it is stored.

A phone is a stranger: every value is bounded in size, text is normalised (NFC, one space
for any run of white space, no control or format characters) and checked against the
question it answers. The result is the canonical value stored as JSON:

- choice kinds: a sorted list of distinct option indexes (exactly one unless multiple);
- scale: an int within 1..scale_max;
- word cloud: a list of 1..max_words cleaned words (duplicates dropped);
- reaction: a list with one 1..5 or None per rated line (at least one given);
- commitment and ideas: one cleaned text.
"""

from __future__ import annotations

import re
import unicodedata

from facilitation.room.questions import (
    CHOICE_KINDS,
    REACTION_SCORES,
    Question,
    QuestionKind,
)
from facilitation.session import ValidationError

MAX_WORD_LENGTH = 40
MAX_IDEA_LENGTH = 280
MAX_COMMITMENT_LENGTH = 500
MAX_TOKEN_LENGTH = 64
MIN_TOKEN_LENGTH = 8
_TOKEN = re.compile(r"[A-Za-z0-9_-]+")
_SPACES = re.compile(r"\s+")

AnswerValue = int | str | list[int] | list[str] | list[int | None]


class AnswerError(ValidationError):
    """An answer the question cannot take; key names the problem for the phone's words."""


def check_token(value: object, what: str = "device") -> str:
    """A device token or a client-made answer id: 8-64 letters, digits, '-' or '_'."""
    if (
        not isinstance(value, str)
        or not MIN_TOKEN_LENGTH <= len(value) <= MAX_TOKEN_LENGTH
        or not _TOKEN.fullmatch(value)
    ):
        raise AnswerError(f"bad_{what}_token")
    return value


def clean_text(value: object, limit: int) -> str:
    """Text as stored: NFC, no control or format characters, white space collapsed, trimmed.
    AnswerError when it is not text, empty once cleaned, or longer than limit."""
    if not isinstance(value, str):
        raise AnswerError("answer_not_text")
    if len(value) > limit * 4:  # refuse a flood before normalising it
        raise AnswerError("answer_too_long")
    text = unicodedata.normalize("NFC", value)
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )
    text = _SPACES.sub(" ", text).strip()
    if not text:
        raise AnswerError("answer_empty")
    if len(text) > limit:
        raise AnswerError("answer_too_long")
    return text


def validate_answer(question: Question, raw: object) -> AnswerValue:
    """The canonical value of raw as an answer to question, or AnswerError."""
    kind = question.kind
    if kind in CHOICE_KINDS:
        return _choices(question, raw)
    if kind is QuestionKind.SCALE:
        return _whole(raw, 1, question.scale_max)
    if kind is QuestionKind.WORD_CLOUD:
        return _words(question, raw)
    if kind is QuestionKind.REACTION:
        return _reaction(question, raw)
    if kind is QuestionKind.COMMITMENT:
        return clean_text(raw, MAX_COMMITMENT_LENGTH)
    if kind is QuestionKind.IDEAS:
        return clean_text(raw, MAX_IDEA_LENGTH)
    raise AnswerError("answer_kind_unknown")


def _whole(raw: object, low: int, high: int) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool):
        raise AnswerError("answer_not_a_number")
    if not low <= raw <= high:
        raise AnswerError("answer_out_of_range")
    return raw


def _choices(question: Question, raw: object) -> list[int]:
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = [raw]
    if not isinstance(raw, list) or len(raw) > len(question.options):
        raise AnswerError("answer_wrong_shape")
    chosen = sorted({_whole(item, 0, len(question.options) - 1) for item in raw})
    if not chosen:
        raise AnswerError("answer_empty")
    if len(chosen) > 1 and not question.multiple:
        raise AnswerError("answer_one_only")
    return chosen


def _words(question: Question, raw: object) -> list[str]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or len(raw) > question.max_words:
        raise AnswerError("answer_too_many_words")
    words: list[str] = []
    for item in raw:
        word = clean_text(item, MAX_WORD_LENGTH)
        if word not in words:
            words.append(word)
    if not words:
        raise AnswerError("answer_empty")
    return words


def _reaction(question: Question, raw: object) -> list[int | None]:
    if not isinstance(raw, list) or len(raw) != len(question.options):
        raise AnswerError("answer_wrong_shape")
    scores: list[int | None] = [
        None if item is None else _whole(item, REACTION_SCORES[0], REACTION_SCORES[-1])
        for item in raw
    ]
    if all(score is None for score in scores):
        raise AnswerError("answer_empty")
    return scores

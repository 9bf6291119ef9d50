"""What a phone may be asked, and how its answer is checked: plain Python, no Qt.

A question here is the *public* face of one of the Plan's questions for one activity (the
domain's own questions live in facilitation/room): its text, its options and what an answer
to it must look like. Correct answers, personal codes and anything about a person stay on the
laptop; :meth:`PhoneQuestion.public` is all a phone ever receives of a question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.room.words import normalise_word


class Kind(StrEnum):
    CHOICE = "choice"  # a poll: one answer, or several when multiple
    SCALE = "scale"  # 1..scale_max
    WORDS = "words"  # a word cloud: a few words, moderated
    IDEAS = "ideas"  # ideas and questions with upvotes, moderated
    QUIZ = "quiz"  # one option, scored against the correct one (pre/post test)
    TEXT = "text"  # a free answer, e.g. "my commitment"
    REACTION = "reaction"  # 1-5 for each rated line (activities, facilitators)


MAX_OPTIONS = 12
WORDS_MAX = 40  # characters of a word-cloud entry
IDEA_MAX = 280
TEXT_MAX = 500
CODE_PATTERN = re.compile(r"[A-Za-z0-9]{3,12}")


@dataclass(frozen=True)
class PhoneQuestion:
    id: str
    kind: Kind
    text: str
    options: tuple[str, ...] = ()
    multiple: bool = False
    scale_max: int = 5
    correct: tuple[int, ...] = ()  # the quiz's right options: never sent before reveal
    needs_code: bool = False  # answers are linked to a person by their personal code

    def public(self, revealed: bool) -> dict[str, object]:
        """What a phone may see of the question."""
        shown: dict[str, object] = {
            "id": self.id,
            "kind": str(self.kind),
            "text": self.text,
            "options": list(self.options),
            "multiple": self.multiple,
            "scale_max": self.scale_max,
            "needs_code": self.needs_code,
        }
        if revealed and self.correct:
            shown["correct"] = list(self.correct)
        return shown


@dataclass(frozen=True)
class Answer:
    """One device's answer to one question, as checked; a new one replaces the old."""

    question_id: str
    device: str
    choices: tuple[int, ...] = ()
    value: int | None = None
    ratings: tuple[int | None, ...] = ()
    text: str = ""
    code: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False)


class Refused(ValueError):
    """An answer that does not fit its question; args[0] is a key the phone translates."""


def normalised_words(text: str) -> str:
    """A word-cloud entry as it is counted, as the store counts it (so "Integritas!",
    " integritas" and "INTEGRITAS" are one word)."""
    return normalise_word(text)[:WORDS_MAX]


def raw_value(answer: Answer, kind: Kind) -> object:
    """The answer as the store takes it (facilitation.room.answers.validate_answer)."""
    if kind in (Kind.CHOICE, Kind.QUIZ):
        return list(answer.choices)
    if kind is Kind.SCALE:
        return answer.value
    if kind is Kind.REACTION:
        return list(answer.ratings)
    return answer.text


def clean_text(text: str, limit: int) -> str:
    """Free text without control characters, trimmed; refused when empty or too long."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    if not text:
        raise Refused("empty")
    if len(text) > limit:
        raise Refused("too_long")
    return text


def checked_answer(
    question: PhoneQuestion,
    device: str,
    message: dict[str, object],
) -> Answer:
    """The answer message checked against its question (raises Refused)."""
    code = ""
    if question.needs_code:
        code = str(message.get("code") or "").strip().upper()
        if not CODE_PATTERN.fullmatch(code):
            raise Refused("code_needed")
    kind = question.kind
    if kind in (Kind.CHOICE, Kind.QUIZ):
        choices = message.get("choices")
        if not isinstance(choices, list) or not choices:
            raise Refused("choose")
        if not all(type(c) is int and 0 <= c < len(question.options) for c in choices):
            raise Refused("choose")
        if len(set(choices)) != len(choices):
            raise Refused("choose")
        if len(choices) > 1 and not question.multiple:
            raise Refused("choose_one")
        return Answer(question.id, device, choices=tuple(sorted(choices)), code=code)
    if kind is Kind.SCALE:
        value = message.get("value")
        if type(value) is not int or not 1 <= value <= question.scale_max:
            raise Refused("scale")
        return Answer(question.id, device, value=value, code=code)
    if kind is Kind.REACTION:
        ratings = message.get("ratings")
        if not isinstance(ratings, list) or len(ratings) != len(question.options):
            raise Refused("scale")
        if not all(r is None or (type(r) is int and 1 <= r <= 5) for r in ratings):
            raise Refused("scale")
        if all(r is None for r in ratings):
            raise Refused("scale")
        return Answer(question.id, device, ratings=tuple(ratings), code=code)
    text = message.get("text")
    if not isinstance(text, str):
        raise Refused("empty")
    if kind is Kind.WORDS:
        words = normalised_words(clean_text(text, WORDS_MAX))
        if not words:
            raise Refused("empty")
        return Answer(question.id, device, text=words, code=code)
    limit = IDEA_MAX if kind is Kind.IDEAS else TEXT_MAX
    return Answer(question.id, device, text=clean_text(text, limit), code=code)

"""Rules of the room's tables (phones in the room), merged into tables.RULES.

Each row must be one the app could have written: a question that validate_question takes,
an answer value of a shape some question kind stores, tokens as phones make them, codes of
the personal-code alphabet. Whether an answer fits its own question is checked across rows
where the bundle is read (storage/room/bundle_rules.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from facilitation.room.answers import (
    MAX_COMMITMENT_LENGTH,
    MAX_TOKEN_LENGTH,
    AnswerError,
    check_token,
)
from facilitation.room.codes import normalise_code
from facilitation.room.questions import (
    MAX_OPTION_LENGTH,
    MAX_OPTIONS,
    MAX_PROMPT_LENGTH,
    Question,
    QuestionKind,
    QuestionState,
    validate_question,
)
from facilitation.room.records import Moderation, PostKind
from facilitation.validation.rules import Choice, Id, Json, Number, Rule, Stamp, Text

_MAX_POSITION = 1_000_000
_OWNED: dict[str, Rule] = {
    "id": Id(),
    "session_id": Id(),
    "created_at": Stamp(),
    "updated_at": Stamp(),
    "deleted_at": Stamp(),
}
_TOKEN = Text(MAX_TOKEN_LENGTH, non_blank=True)
_VALUE_BYTES = 4 * MAX_COMMITMENT_LENGTH + 64

ROOM_RULES: dict[str, dict[str, Rule]] = {
    "room_questions": {
        **_OWNED,
        "activity_id": Id(),
        "position": Number(0, _MAX_POSITION),
        "kind": Choice.of(QuestionKind),
        "prompt": Text(MAX_PROMPT_LENGTH, non_blank=True),
        "options": Json("texts", item_limit=MAX_OPTION_LENGTH, max_items=4 * MAX_OPTIONS),
        "correct": Json("object_or_list", byte_limit=1000),
        "settings": Json("object", byte_limit=1000),
        "targets": Json("object_or_list", byte_limit=20_000),
        "state": Choice.of(QuestionState),
        "results_shown": Number(0, 1),
    },
    "room_answers": {
        **_OWNED,
        "question_id": Id(),
        "device_key": _TOKEN,
        "client_id": _TOKEN,
        "participant_id": Id(),
        "value": Text(_VALUE_BYTES, non_blank=True, utf8_bytes=True),
        "received_at": Stamp(),
    },
    "room_posts": {
        **_OWNED,
        "question_id": Id(),
        "kind": Choice.of(PostKind),
        "text": Text(MAX_COMMITMENT_LENGTH, non_blank=True),
        "norm": Text(MAX_COMMITMENT_LENGTH),
        "device_key": Text(MAX_TOKEN_LENGTH),
        "status": Choice.of(Moderation),
    },
    "room_upvotes": {**_OWNED, "post_id": Id(), "device_key": _TOKEN},
    "room_codes": {**_OWNED, "participant_id": Id(), "code": Text(20, non_blank=True)},
}


def _question_by_meaning(row: Mapping[str, object]) -> str | None:
    if not {"kind", "prompt", "options"} <= set(row):
        return None  # some columns only (an UPDATE of the state): nothing to judge together
    try:
        options = json.loads(str(row.get("options", "[]")))
        correct = json.loads(str(row.get("correct", "[]")))
        settings = json.loads(str(row.get("settings", "{}")))
        targets = json.loads(str(row.get("targets", "[]")))
        if not isinstance(correct, list) or not isinstance(targets, list):
            return "json_wrong_shape"
        if not all(isinstance(t, dict) and set(t) <= {"kind", "key"} for t in targets):
            return "json_wrong_shape"
        validate_question(
            Question(
                session_id="",
                activity_id="",
                kind=QuestionKind(str(row.get("kind"))),
                prompt=str(row.get("prompt", "")),
                options=options,
                correct=correct,
                settings=settings,
                targets=[object()] * len(targets),  # type: ignore[list-item]
            )
        )
    except (ValueError, TypeError, RecursionError):
        return "json_wrong_shape"  # ValidationError is a ValueError
    return None


def _answer_shape(row: Mapping[str, object]) -> str | None:
    """A value of a shape some kind stores: an int, a text, or a short list of ints, texts
    or nulls (whether it fits its question is checked with the question)."""
    if "value" not in row:
        return None
    try:
        value = json.loads(str(row.get("value")))
    except (ValueError, RecursionError):
        return "json_invalid"
    if isinstance(value, bool):
        return "json_wrong_shape"
    if isinstance(value, int | str):
        return None
    plain = isinstance(value, list) and len(value) <= 4 * MAX_OPTIONS
    if plain and all(item is None or type(item) in (int, str) for item in value):
        return None
    return "json_wrong_shape"


def _tokens(row: Mapping[str, object]) -> str | None:
    for name in ("device_key", "client_id"):
        if name in row and row[name] is not None:
            try:
                check_token(row[name])
            except AnswerError:
                return "text_too_long" if len(str(row[name])) > MAX_TOKEN_LENGTH else "id_invalid"
    return None


def _code(row: Mapping[str, object]) -> str | None:
    code = row.get("code")
    return None if code is None or normalise_code(code) == code else "id_invalid"


ROOM_CHECKS: tuple[tuple[str, str, Callable[[Mapping[str, object]], str | None]], ...] = (
    ("room_questions", "options", _question_by_meaning),
    ("room_answers", "value", _answer_shape),
    ("room_answers", "device_key", _tokens),
    ("room_upvotes", "device_key", _tokens),
    ("room_codes", "code", _code),
)

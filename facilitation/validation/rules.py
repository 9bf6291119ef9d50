"""The kinds of rule a column can have. Each returns a problem key (worded by the UI) or None;
None values are the schema's business (NOT NULL) and always pass."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from facilitation.notes import MAX_LABEL_LENGTH, MAX_NOTE_BYTES, has_lone_surrogate
from facilitation.session import MAX_TEXT_LENGTH

MAX_ANY_TEXT_BYTES = MAX_NOTE_BYTES  # a column without its own rule: the largest text we keep
MAX_LIST_ITEMS = 1000
INT64 = (-(2**63), 2**63 - 1)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# re.ASCII: \d would also take Arabic-Indic and other Unicode digits ("0٠:00"), which the app
# itself never writes and its readers (time.fromisoformat) refuse.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$", re.ASCII)
_STAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$", re.ASCII
)


def _text_problem(value: object, limit: int, *, utf8_bytes: bool = False) -> str | None:
    if not isinstance(value, str):
        return "not_text"
    if "\x00" in value:
        return "text_has_nul"
    if has_lone_surrogate(value):
        return "text_has_lone_surrogate"
    # An ASCII text is as many bytes as characters (isascii() reads a flag, no copy is made).
    size = len(value.encode("utf-8")) if utf8_bytes and not value.isascii() else len(value)
    return "text_too_long" if size > limit else None


@dataclass(frozen=True)
class Text:
    limit: int = MAX_LABEL_LENGTH
    non_blank: bool = False
    utf8_bytes: bool = False  # the limit counts UTF-8 bytes (note text), not characters

    def problem(self, value: object) -> str | None:
        problem = _text_problem(value, self.limit, utf8_bytes=self.utf8_bytes)
        if problem is None and self.non_blank and not str(value).strip():
            return "text_empty"
        return problem


@dataclass(frozen=True)
class Choice:
    values: frozenset[str]

    @classmethod
    def of(cls, enum: type[StrEnum]) -> Choice:
        return cls(frozenset(str(member) for member in enum))

    def problem(self, value: object) -> str | None:
        return None if value in self.values else "unknown_choice"


@dataclass(frozen=True)
class Id:
    """A UUID as the app writes it; empty text allowed where a column uses '' for none."""

    allow_empty: bool = False

    def problem(self, value: object) -> str | None:
        if self.allow_empty and value == "":
            return None
        return None if isinstance(value, str) and _UUID.match(value) else "id_invalid"


@dataclass(frozen=True)
class Day:
    allow_empty: bool = False  # an optional date (a birth date nobody wrote down)

    def problem(self, value: object) -> str | None:
        if self.allow_empty and value == "":
            return None
        if not isinstance(value, str) or not _DATE.match(value):
            return "date_invalid"
        try:
            date.fromisoformat(value)
        except ValueError:
            return "date_invalid"  # 30 February
        return None


@dataclass(frozen=True)
class ClockTime:
    def problem(self, value: object) -> str | None:
        ok = isinstance(value, str) and _TIME.match(value)
        return None if ok else "time_invalid"


@dataclass(frozen=True)
class Stamp:
    def problem(self, value: object) -> str | None:
        if not isinstance(value, str) or not _STAMP.match(value):
            return "timestamp_invalid"
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return "timestamp_invalid"
        return None


@dataclass(frozen=True)
class Number:
    low: float
    high: float
    integer: bool = True

    def problem(self, value: object) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "not_a_number"
        if self.integer and not isinstance(value, int):
            return "not_a_number"
        if isinstance(value, float) and not math.isfinite(value):
            return "not_a_number"
        return None if self.low <= value <= self.high else "number_out_of_range"


@dataclass(frozen=True)
class Json:
    """Text holding JSON of the expected shape: "texts" (a list of strings), "object",
    "object_or_list"."""

    shape: str
    item_limit: int = MAX_TEXT_LENGTH
    max_items: int = MAX_LIST_ITEMS
    byte_limit: int = MAX_ANY_TEXT_BYTES

    def problem(self, value: object) -> str | None:
        problem = _text_problem(value, self.byte_limit, utf8_bytes=True)
        if problem:
            return problem
        try:
            parsed = json.loads(str(value), parse_constant=_refuse_constant)
        except (ValueError, RecursionError):
            return "json_invalid"
        if self.shape == "texts":
            if not isinstance(parsed, list) or len(parsed) > self.max_items:
                return "json_wrong_shape"
            for item in parsed:
                problem = _text_problem(item, self.item_limit)
                if problem:
                    return "json_wrong_shape" if problem == "not_text" else problem
            return None
        allowed = dict if self.shape == "object" else (dict, list)
        return None if isinstance(parsed, allowed) else "json_wrong_shape"


def _refuse_constant(name: str) -> object:
    raise ValueError(name)


Rule = Text | Choice | Id | Day | ClockTime | Stamp | Number | Json

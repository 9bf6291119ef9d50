"""Values checked by meaning: what a stored row may hold, column by column.

A row that comes from outside (a bundle from another laptop) must be a row this app itself
could have written, and the app's own writes obey the same rules. The rules are data: a map
table -> column -> rule, each rule a small object that returns a problem key (worded by the
UI) or None. A column with no rule of its own still gets the generic text check, so no text
value escapes a bound. Types (text, integer, real) and NOT NULL are the schema's business;
None always passes here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from facilitation.activity import MAX_PLANNED_MINUTES, ActivityKind, Grouping
from facilitation.evaluation import MAX_RESPONSES, ReactionTarget
from facilitation.method_runs import CastFrom
from facilitation.notes import MAX_LABEL_LENGTH, MAX_NOTE_BYTES, MAX_TAGS, NoteKind
from facilitation.participants import MAX_FIELD_LENGTH, MAX_NAME_LENGTH, Gender
from facilitation.roleplay import SCORE_MAX, SCORE_MIN
from facilitation.run_log import EventKind
from facilitation.scoring import MAX_POINTS
from facilitation.session import (
    MAX_TEXT_LENGTH,
    MAX_TITLE_LENGTH,
    ReportLanguage,
    ValidationError,
)
from facilitation.tallies import MAX_COUNT, VoteMethod
from facilitation.timer import TimerMode, TimerStatus
from facilitation.workplans import MAX_CELL_LENGTH, CommitmentOwner, WorkPlanStatus

MAX_KEY_LENGTH = 200  # library keys, person and observer keys
MAX_ANY_TEXT_BYTES = MAX_NOTE_BYTES  # a column without its own rule: the largest text we keep
MAX_LIST_ITEMS = 1000
MAX_POSITION = 1_000_000
MAX_ROUNDS = 50
MAX_SECONDS = 10_000_000.0  # about 115 days on a timer: more is a broken clock, not a workshop
MAX_TEST_SCORE = 10_000.0
INT64 = (-(2**63), 2**63 - 1)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$")


class RowValueError(ValidationError):
    """A row the rules refuse: key is the problem, table and column say where."""

    def __init__(self, key: str, table: str, column: str) -> None:
        super().__init__(key, table=table, column=column)
        self.table = table
        self.column = column

    def __str__(self) -> str:
        return f"{self.table}.{self.column}: {self.key}"


# -- the kinds of rule ---------------------------------------------------------------------


def _text_problem(value: object, limit: int, *, utf8_bytes: bool = False) -> str | None:
    if not isinstance(value, str):
        return "not_text"
    if "\x00" in value:
        return "text_has_nul"
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        return "text_has_lone_surrogate"
    size = len(value.encode("utf-8")) if utf8_bytes else len(value)
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
    def problem(self, value: object) -> str | None:
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

# -- the map -------------------------------------------------------------------------------

_ANY_TEXT = Text(MAX_ANY_TEXT_BYTES, utf8_bytes=True)
_ANY_INTEGER = Number(*INT64)
_ANY_REAL = Number(-1e300, 1e300, integer=False)
_FLAG = Number(0, 1)
_POSITION = Number(0, MAX_POSITION)
_ROUND = Number(1, MAX_ROUNDS)
_KEY = Text(MAX_KEY_LENGTH)
_LABEL = Text(MAX_LABEL_LENGTH)
_CELL = Text(MAX_CELL_LENGTH)
_LONG = Text(MAX_TEXT_LENGTH)
_SECONDS = Number(-MAX_SECONDS, MAX_SECONDS, integer=False)
_FRACTION = Number(0.0, 1.0, integer=False)
_STAMPS: dict[str, Rule] = {"created_at": Stamp(), "updated_at": Stamp(), "deleted_at": Stamp()}
_OWNED: dict[str, Rule] = {"id": Id(), "session_id": Id(), **_STAMPS}

RULES: dict[str, dict[str, Rule]] = {
    "sessions": {
        "id": Id(),
        **_STAMPS,
        "title": Text(MAX_TITLE_LENGTH, non_blank=True),
        "organiser": _LONG,
        "venue": _LONG,
        "facilitators": Json("texts"),
        "objectives": Json("texts"),
        "report_language": Choice.of(ReportLanguage),
    },
    "session_days": {
        **_OWNED,
        "day_date": Day(),
        "start_time": ClockTime(),
        "end_time": ClockTime(),
    },
    "activities": {
        **_OWNED,
        "day_id": Id(),
        "position": _POSITION,
        "title": Text(MAX_TITLE_LENGTH),
        "kind": Choice.of(ActivityKind),
        "planned_minutes": Number(0, MAX_PLANNED_MINUTES),
        "instructions": _LONG,
        "guiding_questions": Json("texts"),
        "materials": _LONG,
        "grouping": Choice.of(Grouping),
        "method_key": _KEY,
    },
    "participants": {
        **_OWNED,
        "number": _POSITION,
        "name": Text(MAX_NAME_LENGTH),
        **{name: Text(MAX_FIELD_LENGTH) for name in ("nip", "position", "institution")},
        **{name: Text(MAX_FIELD_LENGTH) for name in ("phone", "email")},
        "gender": Choice.of(Gender),
    },
    "attendance": {
        **_OWNED,
        "participant_id": Id(),
        "day_id": Id(),
        "present": _FLAG,
        "checked_in_at": Stamp(),
    },
    "group_formations": {
        **_OWNED,
        "activity_id": Id(),
        "day_id": Id(),
        "seed": _ANY_INTEGER,
        "plan": Json("object"),
    },
    "participant_groups": {**_OWNED, "formation_id": Id(), "name": _LABEL, "position": _POSITION},
    "group_members": {
        **_OWNED,
        **{name: Id() for name in ("formation_id", "group_id", "participant_id")},
    },
    "notes": {
        **_OWNED,
        "activity_id": Id(),
        "text": Text(MAX_NOTE_BYTES, non_blank=True, utf8_bytes=True),
        "kind": Choice.of(NoteKind),
        "tags": Json("texts", item_limit=MAX_LABEL_LENGTH, max_items=MAX_TAGS),
        "group_label": _LABEL,
        "group_id": Id(allow_empty=True),
        "speaker": _LABEL,
        "participant_id": Id(allow_empty=True),
        "author": _LABEL,
        "starred": _FLAG,
    },
    "work_plan_items": {
        **_OWNED,
        "position": _POSITION,
        **{
            name: _CELL
            for name in ("action", "output", "outcome_indicator", "target", "pic", "institution")
        },
        "deadline": Day(),
        "group_label": _LABEL,
        "group_id": Id(allow_empty=True),
        "status": Choice.of(WorkPlanStatus),
    },
    "commitments": {
        **_OWNED,
        "position": _POSITION,
        "owner_kind": Choice.of(CommitmentOwner),
        "owner_label": _LABEL,
        "owner_id": Id(allow_empty=True),
        "text": _CELL,
    },
    "votes": {
        **_OWNED,
        "activity_id": Id(),
        "question": Text(2000),
        "method": Choice.of(VoteMethod),
    },
    "vote_options": {
        **_OWNED,
        "vote_id": Id(),
        "position": _POSITION,
        "label": _LABEL,
        "count": Number(0, MAX_COUNT),
    },
    "reaction_tallies": {
        **_OWNED,
        "target_kind": Choice.of(ReactionTarget),
        "target_key": _KEY,
        "target_label": _LABEL,
        **{f"count_{score}": Number(0, MAX_RESPONSES) for score in range(1, 6)},
    },
    "test_scores": {
        **_OWNED,
        "position": _POSITION,
        "participant_name": Text(MAX_LABEL_LENGTH, non_blank=True),
        "participant_id": Id(allow_empty=True),
        "pre_score": Number(0, MAX_TEST_SCORE, integer=False),
        "post_score": Number(0, MAX_TEST_SCORE, integer=False),
        "max_score": Number(1e-9, MAX_TEST_SCORE, integer=False),
    },
    "run_state": {
        **_OWNED,
        "day_id": Id(),
        "activity_id": Id(),
        "timer_mode": Choice.of(TimerMode),
        "timer_status": Choice.of(TimerStatus),
        **{name: _SECONDS for name in ("total_s", "planned_s", "banked_s")},
        "anchor_monotonic": _ANY_REAL,
        "anchor_wall": Stamp(),
        "thresholds": Json("object"),
        "rounds": Json("object"),
        "parallel": Json("object_or_list"),
        "process_token": _KEY,
        "day_over": _FLAG,
    },
    "run_events": {
        **_OWNED,
        "day_id": Id(allow_empty=True),
        "activity_id": Id(allow_empty=True),
        "kind": Choice.of(EventKind),
        "at": Stamp(),
        "elapsed_s": _SECONDS,
        "delta_s": _SECONDS,
    },
    "activity_timer_settings": {
        **_OWNED,
        "activity_id": Id(),
        "mode": Choice.of(TimerMode),
        "warning_fraction": _FRACTION,
        "danger_fraction": _FRACTION,
        "warning_seconds": Number(0, MAX_SECONDS, integer=False),
        "danger_seconds": Number(0, MAX_SECONDS, integer=False),
    },
    "role_plays": {
        **_OWNED,
        "activity_id": Id(),
        "scenario_key": _KEY,
        "scenario_title": _LABEL,
        "round_count": _ROUND,
        "cast_from": Choice.of(CastFrom),
        "seed": _ANY_INTEGER,
    },
    "role_play_rounds": {
        **_OWNED,
        "role_play_id": Id(),
        "round_number": _ROUND,
        "minutes": Number(0, MAX_PLANNED_MINUTES),
    },
    "role_play_casting": {
        **_OWNED,
        "role_play_id": Id(),
        "round_number": _ROUND,
        "person_key": _KEY,
        "person_name": _LABEL,
        "role_key": _KEY,
    },
    "observer_scores": {
        **_OWNED,
        "role_play_id": Id(),
        "round_number": _ROUND,
        **{name: _KEY for name in ("observer_key", "observer_role", "item_key", "value_key")},
        "observer_name": _LABEL,
        "score": Number(SCORE_MIN, SCORE_MAX),
    },
    "case_assignments": {
        **_OWNED,
        "activity_id": Id(),
        "group_name": _LABEL,
        "case_key": _KEY,
        "case_title": _LABEL,
    },
    "case_answers": {**_OWNED, "assignment_id": Id(), "question_index": Number(0, 100)},
    "game_plays": {
        **_OWNED,
        "activity_id": Id(),
        "game_key": _KEY,
        "game_title": _LABEL,
        "round_count": _ROUND,
    },
    "game_scores": {
        **_OWNED,
        "game_play_id": Id(),
        "round_number": _ROUND,
        "group_name": _LABEL,
        "points": Number(-MAX_POINTS, MAX_POINTS, integer=False),
    },
}


def _day_ends_after_start(row: Mapping[str, object]) -> str | None:
    start, end = row.get("start_time"), row.get("end_time")
    if isinstance(start, str) and isinstance(end, str) and end[:5] <= start[:5]:
        return "day_ends_before_start"
    return None


def _scores_within_maximum(row: Mapping[str, object]) -> str | None:
    top = row.get("max_score")
    for name in ("pre_score", "post_score"):
        value = row.get(name)
        if isinstance(value, int | float) and isinstance(top, int | float) and value > top:
            return "number_out_of_range"
    return None


# Checks that need two columns of the same row: (table, column to name, check).
ROW_CHECKS: tuple[tuple[str, str, Callable[[Mapping[str, object]], str | None]], ...] = (
    ("session_days", "end_time", _day_ends_after_start),
    ("test_scores", "pre_score", _scores_within_maximum),
)


# -- checking ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    table: str
    column: str
    key: str


def _generic(value: object) -> Rule | None:
    if isinstance(value, str):
        return _ANY_TEXT
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _ANY_INTEGER
    if isinstance(value, float):
        return _ANY_REAL
    return None


def row_problem(table: str, row: Mapping[str, object]) -> RowProblem | None:
    """The first problem of a row (columns in the row's order), or None when it is fine."""
    rules = RULES.get(table, {})
    for column, value in row.items():
        if value is None:
            continue
        rule = rules.get(column) or _generic(value)
        problem = rule.problem(value) if rule else None
        if problem:
            return RowProblem(table, column, problem)
    for checked_table, column, check in ROW_CHECKS:
        if checked_table == table:
            problem = check(row)
            if problem:
                return RowProblem(table, column, problem)
    return None


def check_row(table: str, row: Mapping[str, object]) -> None:
    """Raise RowValueError when the rules refuse the row."""
    problem = row_problem(table, row)
    if problem:
        raise RowValueError(problem.key, problem.table, problem.column)


def check_values(table: str, **values: object) -> None:
    """Check some columns of a row (an UPDATE that sets only these)."""
    check_row(table, values)

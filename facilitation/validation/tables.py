"""The map: table -> column -> rule, and the few checks that need two columns of a row.

Limits and choices come from the domain (its enums and MAX_ constants), so a bundle row and
the app's own write are held to the same bounds. Generous where the app itself is: a note may
hold 1 MiB of text because the note box accepts that much.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from facilitation.activity import MAX_PLANNED_MINUTES, ActivityKind, Grouping
from facilitation.evaluation import MAX_RESPONSES, ReactionTarget
from facilitation.method_runs import MAX_NOTE_LENGTH, CastFrom
from facilitation.notes import MAX_LABEL_LENGTH, MAX_NOTE_BYTES, MAX_TAGS, NoteKind
from facilitation.participants import MAX_FIELD_LENGTH, MAX_NAME_LENGTH, Gender
from facilitation.roleplay import SCORE_MAX, SCORE_MIN
from facilitation.run_log import EventKind
from facilitation.scoring import MAX_POINTS
from facilitation.session import MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, ReportLanguage
from facilitation.tallies import MAX_COUNT, VoteMethod
from facilitation.timer import TimerMode, TimerStatus
from facilitation.validation.rules import (
    INT64,
    MAX_ANY_TEXT_BYTES,
    Choice,
    ClockTime,
    Day,
    Id,
    Json,
    Number,
    Rule,
    Stamp,
    Text,
)
from facilitation.workplans import MAX_CELL_LENGTH, CommitmentOwner, WorkPlanStatus

MAX_KEY_LENGTH = 200  # library keys, person and observer keys
MAX_POSITION = 1_000_000
MAX_ROUNDS = 50
MAX_SECONDS = 10_000_000.0  # a threshold of about 115 days is a broken value, not a workshop
MAX_ELAPSED = 1e12  # a run recovered after the laptop was off for years still counts it all
MAX_TEST_SCORE = 10_000.0

# -- the map -------------------------------------------------------------------------------

ANY_TEXT = Text(MAX_ANY_TEXT_BYTES, utf8_bytes=True)
ANY_INTEGER = Number(*INT64)
ANY_REAL = Number(-1e300, 1e300, integer=False)
_FLAG = Number(0, 1)
_POSITION = Number(0, MAX_POSITION)
_ROUND = Number(1, MAX_ROUNDS)
_KEY = Text(MAX_KEY_LENGTH)
_LABEL = Text(MAX_LABEL_LENGTH)
_CELL = Text(MAX_CELL_LENGTH)
_LONG = Text(MAX_TEXT_LENGTH)
_SECONDS = Number(-MAX_ELAPSED, MAX_ELAPSED, integer=False)
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
        # the activity editor bounds none of these: only what no one would type is refused
        "instructions": ANY_TEXT,
        "guiding_questions": Json("texts", item_limit=MAX_ANY_TEXT_BYTES),
        "materials": ANY_TEXT,
        "grouping": Choice.of(Grouping),
        "method_key": _KEY,
    },
    "participants": {
        **_OWNED,
        "number": _POSITION,
        "name": Text(MAX_NAME_LENGTH),
        **{name: Text(MAX_FIELD_LENGTH) for name in ("nip", "position", "institution")},
        **{name: Text(MAX_FIELD_LENGTH) for name in ("phone", "email")},
        **{name: Text(MAX_FIELD_LENGTH) for name in ("rank_grade", "birth_place")},
        "birth_date": Day(allow_empty=True),
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
        "seed": ANY_INTEGER,
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
        "anchor_monotonic": ANY_REAL,
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
    # Not in bundles (a library serves every session), but the store's writes obey it too.
    "library_items": {
        **_STAMPS,
        "id": _KEY,
        "kind": Choice(frozenset({"role_play", "case"})),
        "content": Json("object"),
        "based_on": _KEY,
    },
    "role_plays": {
        **_OWNED,
        "activity_id": Id(),
        "scenario_key": _KEY,
        "scenario_title": _LABEL,
        "round_count": _ROUND,
        "cast_from": Choice.of(CastFrom),
        "debrief_notes": Text(MAX_NOTE_LENGTH),
        "seed": ANY_INTEGER,
    },
    "role_play_rounds": {
        **_OWNED,
        "role_play_id": Id(),
        "round_number": _ROUND,
        "minutes": Number(0, MAX_PLANNED_MINUTES),
        "debrief_notes": Text(MAX_NOTE_LENGTH),
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

"""The map: table -> column -> rule (the session, its agenda, people, groups, notes, work
plans, votes and the library; the run's and methods' tables are in day_tables), and the few
checks that need two columns of a row.

Limits and choices come from the domain (its enums and MAX_ constants), so a bundle row and
the app's own write are held to the same bounds. Generous where the app itself is: a note may
hold 1 MiB of text because the note box accepts that much.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from facilitation.notes import MAX_LABEL_LENGTH
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

MAX_KEY_LENGTH = 200  # library keys, person and observer keys
MAX_POSITION = 1_000_000
MAX_ROUNDS = 50
MAX_SECONDS = 10_000_000.0  # a threshold of about 115 days is a broken value, not a workshop
MAX_ELAPSED = 1e12  # a run recovered after the laptop was off for years still counts it all
MAX_TEST_SCORE = 10_000.0

# -- shared rules -------------------------------------------------------------------------------

ANY_TEXT = Text(MAX_ANY_TEXT_BYTES, utf8_bytes=True)
ANY_INTEGER = Number(*INT64)
ANY_REAL = Number(-1e300, 1e300, integer=False)
FLAG = Number(0, 1)
POSITION = Number(0, MAX_POSITION)
ROUND = Number(1, MAX_ROUNDS)
KEY = Text(MAX_KEY_LENGTH)
LABEL = Text(MAX_LABEL_LENGTH)
SECONDS = Number(-MAX_ELAPSED, MAX_ELAPSED, integer=False)
FRACTION = Number(0.0, 1.0, integer=False)
STAMPS: dict[str, Rule] = {"created_at": Stamp(), "updated_at": Stamp(), "deleted_at": Stamp()}
OWNED: dict[str, Rule] = {"id": Id(), "session_id": Id(), **STAMPS}


def _session_tables() -> dict[str, dict[str, Rule]]:
    """The session and its days."""
    from facilitation.session import MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, ReportLanguage

    long = Text(MAX_TEXT_LENGTH)
    return {
        "sessions": {
            "id": Id(),
            **STAMPS,
            "title": Text(MAX_TITLE_LENGTH, non_blank=True),
            "organiser": long,
            "venue": long,
            "facilitators": Json("texts"),
            "objectives": Json("texts"),
            "report_language": Choice.of(ReportLanguage),
        },
        "session_days": {
            **OWNED,
            "day_date": Day(),
            "start_time": ClockTime(),
            "end_time": ClockTime(),
        },
    }


def _activity_tables() -> dict[str, dict[str, Rule]]:
    """The agenda's activities."""
    from facilitation.activity import MAX_PLANNED_MINUTES, ActivityKind, Grouping
    from facilitation.session import MAX_TITLE_LENGTH

    return {
        "activities": {
            **OWNED,
            "day_id": Id(),
            "position": POSITION,
            "title": Text(MAX_TITLE_LENGTH),
            "kind": Choice.of(ActivityKind),
            "planned_minutes": Number(0, MAX_PLANNED_MINUTES),
            # the activity editor bounds none of these: only what no one would type is refused
            "instructions": ANY_TEXT,
            "guiding_questions": Json("texts", item_limit=MAX_ANY_TEXT_BYTES),
            "materials": ANY_TEXT,
            "grouping": Choice.of(Grouping),
            "method_key": KEY,
        },
    }


def _people_tables() -> dict[str, dict[str, Rule]]:
    """Participants and their attendance."""
    from facilitation.participants import MAX_FIELD_LENGTH, MAX_NAME_LENGTH, Gender

    return {
        "participants": {
            **OWNED,
            "number": POSITION,
            "name": Text(MAX_NAME_LENGTH),
            **{name: Text(MAX_FIELD_LENGTH) for name in ("nip", "position", "institution")},
            **{name: Text(MAX_FIELD_LENGTH) for name in ("phone", "email")},
            **{name: Text(MAX_FIELD_LENGTH) for name in ("rank_grade", "birth_place")},
            "birth_date": Day(allow_empty=True),
            "gender": Choice.of(Gender),
        },
        "attendance": {
            **OWNED,
            "participant_id": Id(),
            "day_id": Id(),
            "present": FLAG,
            "checked_in_at": Stamp(),
        },
    }


def _group_tables() -> dict[str, dict[str, Rule]]:
    """Group formations."""
    return {
        "group_formations": {
            **OWNED,
            "activity_id": Id(),
            "day_id": Id(),
            "seed": ANY_INTEGER,
            "plan": Json("object"),
        },
        "participant_groups": {
            **OWNED,
            "formation_id": Id(),
            "name": LABEL,
            "position": POSITION,
        },
        "group_members": {
            **OWNED,
            **{name: Id() for name in ("formation_id", "group_id", "participant_id")},
        },
    }


def _note_tables() -> dict[str, dict[str, Rule]]:
    """Notes."""
    from facilitation.notes import MAX_NOTE_BYTES, MAX_TAGS, NoteKind

    return {
        "notes": {
            **OWNED,
            "activity_id": Id(),
            "text": Text(MAX_NOTE_BYTES, non_blank=True, utf8_bytes=True),
            "kind": Choice.of(NoteKind),
            "tags": Json("texts", item_limit=MAX_LABEL_LENGTH, max_items=MAX_TAGS),
            "group_label": LABEL,
            "group_id": Id(allow_empty=True),
            "speaker": LABEL,
            "participant_id": Id(allow_empty=True),
            "author": LABEL,
            "starred": FLAG,
        },
    }


def _workplan_tables() -> dict[str, dict[str, Rule]]:
    """Work plans and commitments."""
    from facilitation.evaluation import SOURCES
    from facilitation.workplans import MAX_CELL_LENGTH, CommitmentOwner, WorkPlanStatus

    cell = Text(MAX_CELL_LENGTH)
    return {
        "work_plan_items": {
            **OWNED,
            "position": POSITION,
            **{
                name: cell
                for name in (
                    "action",
                    "output",
                    "outcome_indicator",
                    "target",
                    "pic",
                    "institution",
                )
            },
            "deadline": Day(),
            "group_label": LABEL,
            "group_id": Id(allow_empty=True),
            "status": Choice.of(WorkPlanStatus),
        },
        "commitments": {
            **OWNED,
            "position": POSITION,
            "owner_kind": Choice.of(CommitmentOwner),
            "owner_label": LABEL,
            "owner_id": Id(allow_empty=True),
            "text": cell,
            "source": Choice(frozenset(SOURCES)),
        },
    }


def _tally_tables() -> dict[str, dict[str, Rule]]:
    """Votes."""
    from facilitation.tallies import MAX_COUNT, VoteMethod

    return {
        "votes": {
            **OWNED,
            "activity_id": Id(),
            "question": Text(2000),
            "method": Choice.of(VoteMethod),
        },
        "vote_options": {
            **OWNED,
            "vote_id": Id(),
            "position": POSITION,
            "label": LABEL,
            "count": Number(0, MAX_COUNT),
        },
    }


def _library_tables() -> dict[str, dict[str, Rule]]:
    """Not in bundles (a library serves every session), but the store's writes obey it too."""
    return {
        "library_items": {
            **STAMPS,
            "id": KEY,
            "kind": Choice(frozenset({"role_play", "case"})),
            "content": Json("object"),
            "based_on": KEY,
        },
    }


# Each builder with the tables it makes (the run's and methods' tables: day_tables).
BUILDERS: tuple[tuple[Callable[[], dict[str, dict[str, Rule]]], tuple[str, ...]], ...] = (
    (_session_tables, ("sessions", "session_days")),
    (_activity_tables, ("activities",)),
    (_people_tables, ("participants", "attendance")),
    (_group_tables, ("group_formations", "participant_groups", "group_members")),
    (_note_tables, ("notes",)),
    (_workplan_tables, ("work_plan_items", "commitments")),
    (_tally_tables, ("votes", "vote_options")),
    (_library_tables, ("library_items",)),
)


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

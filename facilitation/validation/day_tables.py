"""The map for the day's tables: reactions and test scores, the run's state and log, the
timers' settings, and the role plays, cases and games run in a session (see tables)."""

from __future__ import annotations

from collections.abc import Callable

from facilitation.validation.rules import Choice, Id, Json, Number, Rule, Stamp, Text
from facilitation.validation.tables import (
    ANY_INTEGER,
    ANY_REAL,
    FLAG,
    FRACTION,
    KEY,
    LABEL,
    MAX_SECONDS,
    MAX_TEST_SCORE,
    OWNED,
    POSITION,
    ROUND,
    SECONDS,
)


def _evaluation_tables() -> dict[str, dict[str, Rule]]:
    """Reactions and test scores."""
    from facilitation.evaluation import MAX_RESPONSES, SOURCES, ReactionTarget
    from facilitation.notes import MAX_LABEL_LENGTH

    source = Choice(frozenset(SOURCES))  # typed by a note-taker or fed from phones

    return {
        "reaction_tallies": {
            **OWNED,
            "target_kind": Choice.of(ReactionTarget),
            "target_key": KEY,
            "target_label": LABEL,
            **{f"count_{score}": Number(0, MAX_RESPONSES) for score in range(1, 6)},
            "source": source,
        },
        "test_scores": {
            **OWNED,
            "position": POSITION,
            "participant_name": Text(MAX_LABEL_LENGTH, non_blank=True),
            "participant_id": Id(allow_empty=True),
            "pre_score": Number(0, MAX_TEST_SCORE, integer=False),
            "post_score": Number(0, MAX_TEST_SCORE, integer=False),
            "max_score": Number(1e-9, MAX_TEST_SCORE, integer=False),
            "source": source,
        },
    }


def _run_tables() -> dict[str, dict[str, Rule]]:
    """The run's state, its log and the timers' settings."""
    from facilitation.run_log import EventKind
    from facilitation.timer import TimerMode, TimerStatus

    return {
        "run_state": {
            **OWNED,
            "day_id": Id(),
            "activity_id": Id(),
            "timer_mode": Choice.of(TimerMode),
            "timer_status": Choice.of(TimerStatus),
            **{name: SECONDS for name in ("total_s", "planned_s", "banked_s")},
            "anchor_monotonic": ANY_REAL,
            "anchor_wall": Stamp(),
            "thresholds": Json("object"),
            "rounds": Json("object"),
            "parallel": Json("object_or_list"),
            "process_token": KEY,
            "day_over": FLAG,
        },
        "run_events": {
            **OWNED,
            "day_id": Id(allow_empty=True),
            "activity_id": Id(allow_empty=True),
            "kind": Choice.of(EventKind),
            "at": Stamp(),
            "elapsed_s": SECONDS,
            "delta_s": SECONDS,
        },
        "activity_timer_settings": {
            **OWNED,
            "activity_id": Id(),
            "mode": Choice.of(TimerMode),
            "warning_fraction": FRACTION,
            "danger_fraction": FRACTION,
            "warning_seconds": Number(0, MAX_SECONDS, integer=False),
            "danger_seconds": Number(0, MAX_SECONDS, integer=False),
        },
        # Not in bundles (a library serves every session), but the store's writes obey it too.
    }


def _method_tables() -> dict[str, dict[str, Rule]]:
    """Role plays, cases and games run in the session."""
    from facilitation.activity import MAX_PLANNED_MINUTES
    from facilitation.method_runs import MAX_NOTE_LENGTH, CastFrom
    from facilitation.roleplay import SCORE_MAX, SCORE_MIN
    from facilitation.scoring import MAX_POINTS

    return {
        "role_plays": {
            **OWNED,
            "activity_id": Id(),
            "scenario_key": KEY,
            "scenario_title": LABEL,
            "round_count": ROUND,
            "cast_from": Choice.of(CastFrom),
            "debrief_notes": Text(MAX_NOTE_LENGTH),
            "seed": ANY_INTEGER,
        },
        "role_play_rounds": {
            **OWNED,
            "role_play_id": Id(),
            "round_number": ROUND,
            "minutes": Number(0, MAX_PLANNED_MINUTES),
            "debrief_notes": Text(MAX_NOTE_LENGTH),
        },
        "role_play_casting": {
            **OWNED,
            "role_play_id": Id(),
            "round_number": ROUND,
            "person_key": KEY,
            "person_name": LABEL,
            "role_key": KEY,
        },
        "observer_scores": {
            **OWNED,
            "role_play_id": Id(),
            "round_number": ROUND,
            **{name: KEY for name in ("observer_key", "observer_role", "item_key", "value_key")},
            "observer_name": LABEL,
            "score": Number(SCORE_MIN, SCORE_MAX),
        },
        "case_assignments": {
            **OWNED,
            "activity_id": Id(),
            "group_name": LABEL,
            "case_key": KEY,
            "case_title": LABEL,
        },
        "case_answers": {**OWNED, "assignment_id": Id(), "question_index": Number(0, 100)},
        "game_plays": {
            **OWNED,
            "activity_id": Id(),
            "game_key": KEY,
            "game_title": LABEL,
            "round_count": ROUND,
        },
        "game_scores": {
            **OWNED,
            "game_play_id": Id(),
            "round_number": ROUND,
            "group_name": LABEL,
            "points": Number(-MAX_POINTS, MAX_POINTS, integer=False),
        },
    }


BUILDERS: tuple[tuple[Callable[[], dict[str, dict[str, Rule]]], tuple[str, ...]], ...] = (
    (_evaluation_tables, ("reaction_tallies", "test_scores")),
    (_run_tables, ("run_state", "run_events", "activity_timer_settings")),
    (
        _method_tables,
        (
            "role_plays",
            "role_play_rounds",
            "role_play_casting",
            "observer_scores",
            "case_assignments",
            "case_answers",
            "game_plays",
            "game_scores",
        ),
    ),
)

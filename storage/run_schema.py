"""Tables of the run: the live timer state of each session and the log of what happened."""

from __future__ import annotations

import sqlite_utils

_STATEMENTS = (
    # One live row per session: the activity that is on and its timer's anchors, rewritten in
    # one transaction at every change so a crash loses nothing.
    """
    CREATE TABLE run_state (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        day_id TEXT NOT NULL,
        activity_id TEXT,
        timer_mode TEXT,
        timer_status TEXT,
        total_s REAL,
        planned_s REAL,
        banked_s REAL,
        anchor_monotonic REAL,
        anchor_wall TEXT,
        thresholds TEXT NOT NULL DEFAULT '{}',
        rounds TEXT,
        parallel TEXT,
        process_token TEXT NOT NULL DEFAULT '',
        day_over INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX run_state_by_session ON run_state(session_id)",
    """
    CREATE TABLE run_events (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        day_id TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        elapsed_s REAL NOT NULL DEFAULT 0,
        delta_s REAL NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX run_events_by_session ON run_events(session_id, at)",
    # Per-activity timer behaviour (count up, warning/danger thresholds).
    """
    CREATE TABLE activity_timer_settings (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        warning_fraction REAL NOT NULL,
        warning_seconds REAL NOT NULL,
        danger_fraction REAL NOT NULL,
        danger_seconds REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX activity_timer_settings_by_activity"
    " ON activity_timer_settings(activity_id)",
)


def create_run_tables(db: sqlite_utils.Database) -> None:
    for statement in _STATEMENTS:
        db.execute(statement)

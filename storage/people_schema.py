"""Tables for people and groups: participants, attendance per day, group formations.

Every row has a UUID, its session, timestamps and a tombstone, so a later bundle merge can
treat these tables like all others. Attendance ids are derived from (participant, day), so
two laptops checking in the same person produce the same row rather than two.
"""

from __future__ import annotations

import sqlite_utils

_STATEMENTS = (
    """
    CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        number INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX participants_by_session ON participants(session_id, number)",
    """
    CREATE TABLE attendance (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        participant_id TEXT NOT NULL REFERENCES participants(id),
        day_id TEXT NOT NULL REFERENCES session_days(id),
        present INTEGER NOT NULL DEFAULT 0,
        checked_in_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX attendance_by_person_day ON attendance(participant_id, day_id)",
    "CREATE INDEX attendance_by_day ON attendance(day_id)",
    """
    CREATE TABLE group_formations (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT REFERENCES activities(id),
        day_id TEXT REFERENCES session_days(id),
        seed INTEGER NOT NULL,
        plan TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX group_formations_by_session ON group_formations(session_id, activity_id)",
    """
    CREATE TABLE participant_groups (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        formation_id TEXT NOT NULL REFERENCES group_formations(id),
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX participant_groups_by_formation ON participant_groups(formation_id, position)",
    """
    CREATE TABLE group_members (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        formation_id TEXT NOT NULL REFERENCES group_formations(id),
        group_id TEXT NOT NULL REFERENCES participant_groups(id),
        participant_id TEXT NOT NULL REFERENCES participants(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX group_members_by_group ON group_members(group_id)",
    "CREATE INDEX group_members_by_formation ON group_members(formation_id, participant_id)",
)


def create_people_tables(db: sqlite_utils.Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in _STATEMENTS:
        db.execute(statement)

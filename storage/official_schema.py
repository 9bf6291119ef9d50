"""Tables of the official paperwork: the report's narrative sections, the facilitators and
resource persons with the activities they led, and the photos attached to activities.

Like every session table: UUIDs, the session, edit times and a tombstone, so bundles carry and
merge them. A section's id and a presenter-activity link's id are derived from what they are
(session and section; presenter and activity), so two laptops writing the same one make the
same row rather than two. Photos are stored in the store itself (base64 JPEG, at most 1600 px
and 400 KiB each; facilitation/photos.py), so a backup and a bundle hold them with the rest.
"""

from __future__ import annotations

import sqlite_utils

_STATEMENTS = (
    """
    CREATE TABLE report_texts (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        section TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX report_texts_by_section ON report_texts(session_id, section)",
    """
    CREATE TABLE presenters (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        number INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'facilitator',
        nip TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX presenters_by_session ON presenters(session_id, number)",
    """
    CREATE TABLE presenter_activities (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        presenter_id TEXT NOT NULL REFERENCES presenters(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX presenter_activities_by_pair"
    " ON presenter_activities(presenter_id, activity_id)",
    """
    CREATE TABLE activity_photos (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        caption TEXT NOT NULL DEFAULT '',
        jpeg TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX activity_photos_by_session ON activity_photos(session_id, position)",
)


def create_official_tables(db: sqlite_utils.Database) -> None:
    for statement in _STATEMENTS:
        db.execute(statement)

"""The table of the session's paperwork values (facilitation/paperwork.py): one row per
session, its id derived from the session's like jp_settings, so two laptops make one row."""

from __future__ import annotations

import sqlite_utils


def create_paperwork_tables(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE paperwork_settings (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id),
            honorarium_rate INTEGER NOT NULL DEFAULT 0,
            address TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute(
        "CREATE UNIQUE INDEX paperwork_settings_by_session ON paperwork_settings(session_id)"
    )

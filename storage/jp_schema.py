"""Tables for JP hours and certificates (schema version 8 on the branch that made them).

jp_settings and certificate_settings hold one row per session (their id derived from the
session's, like attendance rows, so two laptops make the same row). activity_jp holds the
facilitator's decision for an activity whose default (facilitation/jp.py) they overrode.
certificate_register keeps every certificate issued, one row per revision; rows are never
deleted by the app. issued_certificate_numbers has no session: it remembers every number
this store ever handed out, so emptying the trash cannot make a number free again.
"""

from __future__ import annotations

import sqlite_utils

_STAMPS = """
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
"""

_STATEMENTS = (
    f"""
    CREATE TABLE jp_settings (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        jp_minutes INTEGER NOT NULL DEFAULT 45,
        min_attendance_percent INTEGER NOT NULL DEFAULT 80,
        {_STAMPS}
    )
    """,
    "CREATE UNIQUE INDEX jp_settings_by_session ON jp_settings(session_id)",
    f"""
    CREATE TABLE activity_jp (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        counts INTEGER NOT NULL,
        {_STAMPS}
    )
    """,
    "CREATE UNIQUE INDEX activity_jp_by_activity ON activity_jp(activity_id)",
    f"""
    CREATE TABLE certificate_settings (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        number_pattern TEXT NOT NULL DEFAULT '{{no:03}}/SKP/{{org}}/{{year}}',
        org_code TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        signatory_name TEXT NOT NULL DEFAULT '',
        signatory_position TEXT NOT NULL DEFAULT '',
        signatory_nip TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE UNIQUE INDEX certificate_settings_by_session ON certificate_settings(session_id)",
    f"""
    CREATE TABLE certificate_register (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        participant_id TEXT NOT NULL,
        number TEXT NOT NULL,
        no INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        check_value TEXT NOT NULL,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        jp_minutes INTEGER NOT NULL DEFAULT 0,
        jp_text TEXT NOT NULL DEFAULT '',
        issued_on TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE INDEX certificate_register_by_number ON certificate_register(number)",
    "CREATE INDEX certificate_register_by_session ON certificate_register(session_id)",
    """
    CREATE TABLE issued_certificate_numbers (
        number TEXT PRIMARY KEY,
        no INTEGER NOT NULL,
        issued_at TEXT NOT NULL
    )
    """,
)


def create_jp_tables(db: sqlite_utils.Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in _STATEMENTS:
        db.execute(statement)

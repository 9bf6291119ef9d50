"""Tables for what is captured during a session: notes (with full-text search), work plans,
commitments, votes and evaluation.

Every table follows the store's conventions (UUID text ids, session_id, created/updated/
deleted timestamps, trash instead of DELETE) so a bundle merge can treat them generically.
The search index is an FTS5 external-content table over notes, kept in step by triggers; it
joins on the notes table's implicit rowid, which rows copied in by a merge get afresh.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = (
    """
    CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT REFERENCES activities(id),
        text TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'idea',
        tags TEXT NOT NULL DEFAULT '[]',
        group_label TEXT NOT NULL DEFAULT '',
        group_id TEXT,
        speaker TEXT NOT NULL DEFAULT '',
        participant_id TEXT,
        author TEXT NOT NULL DEFAULT '',
        starred INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX notes_by_session ON notes(session_id, created_at)",
    "CREATE INDEX notes_by_activity ON notes(activity_id)",
    """
    CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, tags, speaker, group_label,
        content='notes', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, text, tags, speaker, group_label)
        VALUES (new.rowid, new.text, new.tags, new.speaker, new.group_label);
    END
    """,
    """
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text, tags, speaker, group_label)
        VALUES ('delete', old.rowid, old.text, old.tags, old.speaker, old.group_label);
    END
    """,
    # Starring or trashing a note leaves the index alone; only searchable columns re-index.
    """
    CREATE TRIGGER notes_fts_update AFTER UPDATE OF text, tags, speaker, group_label ON notes
    BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text, tags, speaker, group_label)
        VALUES ('delete', old.rowid, old.text, old.tags, old.speaker, old.group_label);
        INSERT INTO notes_fts(rowid, text, tags, speaker, group_label)
        VALUES (new.rowid, new.text, new.tags, new.speaker, new.group_label);
    END
    """,
    """
    CREATE TABLE work_plan_items (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        position INTEGER NOT NULL DEFAULT 0,
        action TEXT NOT NULL DEFAULT '',
        output TEXT NOT NULL DEFAULT '',
        outcome_indicator TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        pic TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        institution TEXT NOT NULL DEFAULT '',
        group_label TEXT NOT NULL DEFAULT '',
        group_id TEXT,
        status TEXT NOT NULL DEFAULT 'planned',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX work_plan_items_by_session ON work_plan_items(session_id, position)",
    """
    CREATE TABLE commitments (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        position INTEGER NOT NULL DEFAULT 0,
        owner_kind TEXT NOT NULL DEFAULT 'group',
        owner_label TEXT NOT NULL DEFAULT '',
        owner_id TEXT,
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX commitments_by_session ON commitments(session_id, position)",
    """
    CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT REFERENCES activities(id),
        question TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'show_of_hands',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX votes_by_session ON votes(session_id)",
    """
    CREATE TABLE vote_options (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        vote_id TEXT NOT NULL REFERENCES votes(id),
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX vote_options_by_vote ON vote_options(vote_id, position)",
    """
    CREATE TABLE reaction_tallies (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        target_kind TEXT NOT NULL,
        target_key TEXT NOT NULL,
        target_label TEXT NOT NULL DEFAULT '',
        count_1 INTEGER NOT NULL DEFAULT 0,
        count_2 INTEGER NOT NULL DEFAULT 0,
        count_3 INTEGER NOT NULL DEFAULT 0,
        count_4 INTEGER NOT NULL DEFAULT 0,
        count_5 INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX reaction_tallies_by_session ON reaction_tallies(session_id, target_kind)",
    """
    CREATE TABLE test_scores (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        position INTEGER NOT NULL DEFAULT 0,
        participant_name TEXT NOT NULL,
        participant_id TEXT,
        pre_score REAL,
        post_score REAL,
        max_score REAL NOT NULL DEFAULT 100,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX test_scores_by_session ON test_scores(session_id, position)",
)


def create_capture_tables(db: sqlite_utils.Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in STATEMENTS:
        db.execute(statement)

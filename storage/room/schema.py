"""Tables of phones in the room. They follow the store's conventions (UUID text ids,
session_id, created/updated/deleted stamps, trash instead of DELETE) so bundles carry and
merge them generically.

- room_questions: prepared per activity in the Plan; state and results_shown are set live.
- room_answers: one row per answer received; a device's replaced answer is trashed
  (deleted_at), so the current answer is the device's one untrashed row.
- room_posts: ideas/questions (one per message) and the cloud's words (one per normalised
  word), each moderated; room_upvotes: one per device and post (trashed when withdrawn).
- room_codes: the personal code of each participant.

The record's own tables gain a `source` column ('' typed in, 'phones' made from the room's
answers by storage/room/feed.py): pre/post test scores, reaction tallies and commitments.
"""

from __future__ import annotations

import sqlite_utils

_STAMPS = """
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
"""

STATEMENTS = (
    f"""
    CREATE TABLE room_questions (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        position INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL,
        prompt TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '[]',
        correct TEXT NOT NULL DEFAULT '[]',
        settings TEXT NOT NULL DEFAULT '{{}}',
        targets TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT 'draft',
        results_shown INTEGER NOT NULL DEFAULT 0,
        {_STAMPS}
    )
    """,
    "CREATE INDEX room_questions_by_activity ON room_questions(activity_id, position)",
    "CREATE INDEX room_questions_by_session ON room_questions(session_id)",
    f"""
    CREATE TABLE room_answers (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        question_id TEXT NOT NULL REFERENCES room_questions(id),
        device_key TEXT NOT NULL,
        client_id TEXT NOT NULL,
        participant_id TEXT,
        value TEXT NOT NULL,
        received_at TEXT NOT NULL,
        {_STAMPS}
    )
    """,
    "CREATE INDEX room_answers_by_question ON room_answers(question_id, device_key)",
    "CREATE INDEX room_answers_by_session ON room_answers(session_id)",
    f"""
    CREATE TABLE room_posts (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        question_id TEXT NOT NULL REFERENCES room_questions(id),
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        norm TEXT NOT NULL DEFAULT '',
        device_key TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'pending',
        {_STAMPS}
    )
    """,
    "CREATE INDEX room_posts_by_question ON room_posts(question_id, kind)",
    f"""
    CREATE TABLE room_upvotes (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        post_id TEXT NOT NULL REFERENCES room_posts(id),
        device_key TEXT NOT NULL,
        {_STAMPS}
    )
    """,
    "CREATE INDEX room_upvotes_by_post ON room_upvotes(post_id)",
    f"""
    CREATE TABLE room_codes (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        participant_id TEXT NOT NULL REFERENCES participants(id),
        code TEXT NOT NULL,
        {_STAMPS}
    )
    """,
    "CREATE INDEX room_codes_by_session ON room_codes(session_id, code)",
    "ALTER TABLE test_scores ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE reaction_tallies ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE commitments ADD COLUMN source TEXT NOT NULL DEFAULT ''",
)


def create_room_tables(db: sqlite_utils.Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in STATEMENTS:
        db.execute(statement)

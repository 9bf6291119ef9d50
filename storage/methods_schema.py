"""Tables for the methods: the user's own role-play scenarios and cases, role-play runs (cast
per round, debrief notes, observer scores), case assignments with the groups' answers, and game
rounds with points.

Every table follows the store's conventions (UUID text ids, session_id where a row belongs to
a session, created/updated/deleted timestamps, trash instead of DELETE) so a bundle merge can
treat them generically. Nothing is UNIQUE beyond the id for the same reason: two laptops may
both score a round, and the merge keeps the newest row; readers pick the newest alive row.
"""

from __future__ import annotations

import sqlite_utils

_STAMPS = """
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
"""

STATEMENTS = (
    # The user's scenarios and cases (not tied to a session: a library serves every session).
    # content is the item's bilingual JSON, in the same shape as resources/library/*.json.
    f"""
    CREATE TABLE library_items (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        based_on TEXT,
        {_STAMPS}
    )
    """,
    "CREATE INDEX library_items_by_kind ON library_items(kind)",
    f"""
    CREATE TABLE role_plays (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        scenario_key TEXT NOT NULL,
        scenario_title TEXT NOT NULL DEFAULT '',
        round_count INTEGER NOT NULL DEFAULT 1,
        cast_from TEXT NOT NULL DEFAULT 'participants',
        seed INTEGER NOT NULL DEFAULT 0,
        debrief_notes TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE INDEX role_plays_by_activity ON role_plays(activity_id)",
    "CREATE INDEX role_plays_by_session ON role_plays(session_id)",
    f"""
    CREATE TABLE role_play_rounds (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        role_play_id TEXT NOT NULL REFERENCES role_plays(id),
        round_number INTEGER NOT NULL,
        minutes INTEGER NOT NULL DEFAULT 10,
        debrief_notes TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE INDEX role_play_rounds_by_play ON role_play_rounds(role_play_id, round_number)",
    # One row per person (participant or group) per round; role_key '' = audience.
    f"""
    CREATE TABLE role_play_casting (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        role_play_id TEXT NOT NULL REFERENCES role_plays(id),
        round_number INTEGER NOT NULL,
        person_key TEXT NOT NULL,
        person_name TEXT NOT NULL,
        role_key TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE INDEX role_play_casting_by_play ON role_play_casting(role_play_id, round_number)",
    f"""
    CREATE TABLE observer_scores (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        role_play_id TEXT NOT NULL REFERENCES role_plays(id),
        round_number INTEGER NOT NULL,
        observer_key TEXT NOT NULL,
        observer_name TEXT NOT NULL DEFAULT '',
        observer_role TEXT NOT NULL,
        item_key TEXT NOT NULL,
        value_key TEXT NOT NULL,
        score INTEGER,
        {_STAMPS}
    )
    """,
    "CREATE INDEX observer_scores_by_play ON observer_scores(role_play_id, round_number)",
    f"""
    CREATE TABLE case_assignments (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        group_name TEXT NOT NULL,
        case_key TEXT NOT NULL,
        case_title TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE INDEX case_assignments_by_activity ON case_assignments(activity_id)",
    "CREATE INDEX case_assignments_by_session ON case_assignments(session_id)",
    f"""
    CREATE TABLE case_answers (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        assignment_id TEXT NOT NULL REFERENCES case_assignments(id),
        question_index INTEGER NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        {_STAMPS}
    )
    """,
    "CREATE INDEX case_answers_by_assignment ON case_answers(assignment_id, question_index)",
    f"""
    CREATE TABLE game_plays (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        activity_id TEXT NOT NULL REFERENCES activities(id),
        game_key TEXT NOT NULL,
        game_title TEXT NOT NULL DEFAULT '',
        round_count INTEGER NOT NULL DEFAULT 1,
        {_STAMPS}
    )
    """,
    "CREATE INDEX game_plays_by_activity ON game_plays(activity_id)",
    "CREATE INDEX game_plays_by_session ON game_plays(session_id)",
    f"""
    CREATE TABLE game_scores (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        game_play_id TEXT NOT NULL REFERENCES game_plays(id),
        round_number INTEGER NOT NULL,
        group_name TEXT NOT NULL,
        points REAL,
        {_STAMPS}
    )
    """,
    "CREATE INDEX game_scores_by_play ON game_scores(game_play_id, round_number)",
)


def create_methods_tables(db: sqlite_utils.Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in STATEMENTS:
        db.execute(statement)

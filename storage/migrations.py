"""Ordered schema migrations. The schema version lives in PRAGMA user_version.

Never edit a released migration: add a new one at the end. Each runs in its own transaction
together with the version bump, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from storage.capture_schema import create_capture_tables
from storage.jp_schema import create_jp_tables
from storage.methods_schema import create_methods_tables
from storage.official_schema import create_official_tables
from storage.paperwork_schema import create_paperwork_tables
from storage.people_schema import create_people_tables
from storage.room.schema import create_room_tables
from storage.run_schema import create_run_tables
from storage.search_index import record_terms


def _v1_sessions_and_agenda(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            organiser TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            facilitators TEXT NOT NULL DEFAULT '[]',
            objectives TEXT NOT NULL DEFAULT '[]',
            report_language TEXT NOT NULL DEFAULT 'id',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE session_days (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id),
            day_date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX session_days_by_session ON session_days(session_id);
        CREATE TABLE activities (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id),
            day_id TEXT NOT NULL REFERENCES session_days(id),
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            planned_minutes INTEGER NOT NULL,
            instructions TEXT NOT NULL DEFAULT '',
            guiding_questions TEXT NOT NULL DEFAULT '[]',
            materials TEXT NOT NULL DEFAULT '',
            grouping TEXT NOT NULL DEFAULT 'whole_room',
            method_key TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX activities_by_day ON activities(day_id, position);
        CREATE INDEX activities_by_session ON activities(session_id);
        """,
    )


def _v2_settings(db: sqlite_utils.Database) -> None:
    # Small key/value facts about the store itself (e.g. that the sample session was offered).
    _run_script(
        db,
        """
        CREATE TABLE store_facts (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    )


def _v7_role_plays_in_groups(db: sqlite_utils.Database) -> None:
    # A large room plays the same roles in every group at once; each cast row names its group.
    db.execute("ALTER TABLE role_plays ADD COLUMN in_groups INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE role_play_casting ADD COLUMN group_name TEXT NOT NULL DEFAULT ''")


def _v10_notes_list_indexes(db: sqlite_utils.Database) -> None:
    # A 20,000-note session: the Notes page reads its list keys, change stamp and the names
    # used from these indexes alone instead of three passes over every note's row.
    _run_script(
        db,
        """
        CREATE INDEX IF NOT EXISTS notes_live ON notes(session_id, deleted_at, created_at);
        CREATE INDEX IF NOT EXISTS notes_changed ON notes(session_id, updated_at);
        CREATE INDEX IF NOT EXISTS notes_names
            ON notes(session_id, deleted_at, speaker, group_label, tags);
        """,
    )


def _v12_participant_details(db: sqlite_utils.Database) -> None:
    # Pangkat/golongan for certificates and the daftar hadir; birth place and date for the
    # official paperwork (personal data, left out of redacted bundles like the NIP).
    for column in ("rank_grade", "birth_place", "birth_date"):
        db.execute(f"ALTER TABLE participants ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _v13_notes_index_queue(db: sqlite_utils.Database) -> None:
    # Saving a note no longer writes the search index: the note's rowid waits in a queue that
    # the next search (or the start-up merge) indexes first (storage/search_index.py). An
    # edit or delete of a note still waiting leaves the index alone: it was never in it.
    # notes_live (session_id, deleted_at, created_at) serves every query notes_by_session did
    # (NoteRepository.for_session asks for live or trashed notes in its terms): one index
    # less to write on every save.
    # One statement at a time: the triggers' bodies hold semicolons.
    waiting = "SELECT 1 FROM notes_fts_pending WHERE rowid = old.rowid"
    columns = "text, tags, speaker, group_label"
    old = "old.text, old.tags, old.speaker, old.group_label"
    for statement in (
        "CREATE TABLE notes_fts_pending (rowid INTEGER PRIMARY KEY)",
        "DROP INDEX IF EXISTS notes_by_session",
        "DROP TRIGGER notes_fts_insert",
        "DROP TRIGGER notes_fts_delete",
        "DROP TRIGGER notes_fts_update",
        "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
        " INSERT OR IGNORE INTO notes_fts_pending(rowid) VALUES (new.rowid); END",
        "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
        f" INSERT INTO notes_fts(notes_fts, rowid, {columns})"
        f" SELECT 'delete', old.rowid, {old} WHERE NOT EXISTS ({waiting});"
        " DELETE FROM notes_fts_pending WHERE rowid = old.rowid; END",
        f"CREATE TRIGGER notes_fts_update AFTER UPDATE OF {columns} ON notes"
        f" WHEN NOT EXISTS ({waiting}) BEGIN"
        f" INSERT INTO notes_fts(notes_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});"
        f" INSERT INTO notes_fts(rowid, {columns})"
        " VALUES (new.rowid, new.text, new.tags, new.speaker, new.group_label); END",
    ):
        db.execute(statement)


def _v14_notes_search_terms(db: sqlite_utils.Database) -> None:
    # A one-word search scores only the few notes that can make the list
    # (storage.search_ranking.best_for_word): notes_fts_terms lists each word's notes by
    # weighted count, then length. The queue's indexing adds to the small
    # notes_fts_terms_recent (a big table's rows for a few notes lie on as many pages as
    # words), which the start-up merge moves into notes_fts_terms; searches read both.
    # Deleting a note empties its rows; editing an indexed note takes it out of the index and
    # queues it again, so its words are read afresh, by FTS5's tokenizer, before the next
    # search.
    waiting = "SELECT 1 FROM notes_fts_pending WHERE rowid = old.rowid"
    columns = "text, tags, speaker, group_label"
    old = "old.text, old.tags, old.speaker, old.group_label"
    forget = (
        " DELETE FROM notes_fts_terms WHERE note = old.rowid;"
        " DELETE FROM notes_fts_terms_recent WHERE note = old.rowid;"
    )
    for statement in (
        *(
            f"CREATE TABLE {table} (term TEXT NOT NULL, freq INTEGER NOT NULL,"
            " size INTEGER NOT NULL, note INTEGER NOT NULL,"
            " PRIMARY KEY (term, freq, size, note)) WITHOUT ROWID"
            for table in ("notes_fts_terms", "notes_fts_terms_recent")
        ),
        "CREATE INDEX notes_fts_terms_by_note ON notes_fts_terms(note)",
        "CREATE INDEX notes_fts_terms_recent_by_note ON notes_fts_terms_recent(note)",
        "DROP TRIGGER notes_fts_delete",
        "DROP TRIGGER notes_fts_update",
        "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
        f" INSERT INTO notes_fts(notes_fts, rowid, {columns})"
        f" SELECT 'delete', old.rowid, {old} WHERE NOT EXISTS ({waiting});{forget}"
        " DELETE FROM notes_fts_pending WHERE rowid = old.rowid; END",
        f"CREATE TRIGGER notes_fts_update AFTER UPDATE OF {columns} ON notes"
        f" WHEN NOT EXISTS ({waiting}) BEGIN"
        f" INSERT INTO notes_fts(notes_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});"
        f"{forget} INSERT OR IGNORE INTO notes_fts_pending(rowid) VALUES (new.rowid); END",
    ):
        db.execute(statement)
    # The notes already indexed: their words now (the queued ones get theirs when indexed).
    record_terms(
        db.conn,
        "notes n WHERE n.rowid NOT IN (SELECT rowid FROM notes_fts_pending)",
        "notes_fts_terms",
    )


def _v16_notes_search_term_counts(db: sqlite_utils.Database) -> None:
    # How many notes of notes_fts_terms (the word list's big part) hold each word how often:
    # bm25's idf counts a word's notes, and a search reads them here instead of counting the
    # word's rows (storage.search_two_words, storage.search_ranking.best_for_word). The
    # start-up merge adds the rows it moves in (storage.search_index.move_recent_terms); a
    # row leaving the big part, whichever way, takes itself off here; the recent part is
    # small and counted when searched.
    counts = "notes_fts_term_counts"
    where = "term = old.term AND freq = old.freq"
    for statement in (
        f"CREATE TABLE {counts} (term TEXT NOT NULL, freq INTEGER NOT NULL,"
        " notes INTEGER NOT NULL, PRIMARY KEY (term, freq)) WITHOUT ROWID",
        f"INSERT INTO {counts} SELECT term, freq, count(*) FROM notes_fts_terms"
        " GROUP BY term, freq",
        "CREATE TRIGGER notes_fts_terms_counted AFTER DELETE ON notes_fts_terms BEGIN"
        f" UPDATE {counts} SET notes = notes - 1 WHERE {where};"
        f" DELETE FROM {counts} WHERE {where} AND notes <= 0; END",
    ):
        db.execute(statement)


def _v17_notes_fewer_pages_per_save(db: sqlite_utils.Database) -> None:
    # A note's save wrote ~9.5 pages to the write-ahead log, ~7 of them for the queue row and
    # four indexes; now ~4.5 (the row, its id, two indexes; docs/bundle-format.md, schema 17).
    # - No queue row for a new note: the notes waiting to be indexed are those with a rowid
    #   above the index's highest (max(id) of FTS5's notes_fts_docsize, which has a row for
    #   every note indexed) plus the edited ones, still queued by the update trigger. A new
    #   note's rowid is above every note's, so above the index's: it waits until indexed.
    # - notes_names stays: without it the names offered as one types were read from every
    #   note of the session (~29 ms instead of ~7 at 20,000 notes).
    # - notes_changed, for the change stamp, holds only notes changed since they were saved:
    #   a new note changes the stamp through the live count.
    # - notes_by_activity served only the foreign key's check when an activity is deleted for
    #   good (storage.trash, which checks the keys once instead).
    waiting = (
        "(old.rowid > (SELECT coalesce(max(id), 0) FROM notes_fts_docsize)"
        " OR EXISTS (SELECT 1 FROM notes_fts_pending WHERE rowid = old.rowid))"
    )
    columns = "text, tags, speaker, group_label"
    old = "old.text, old.tags, old.speaker, old.group_label"
    forget = (
        " DELETE FROM notes_fts_terms WHERE note = old.rowid;"
        " DELETE FROM notes_fts_terms_recent WHERE note = old.rowid;"
    )
    for statement in (
        "DROP TRIGGER notes_fts_insert",
        "DROP TRIGGER notes_fts_delete",
        "DROP TRIGGER notes_fts_update",
        "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
        f" INSERT INTO notes_fts(notes_fts, rowid, {columns})"
        f" SELECT 'delete', old.rowid, {old} WHERE NOT {waiting};{forget}"
        " DELETE FROM notes_fts_pending WHERE rowid = old.rowid; END",
        f"CREATE TRIGGER notes_fts_update AFTER UPDATE OF {columns} ON notes"
        f" WHEN NOT {waiting} BEGIN"
        f" INSERT INTO notes_fts(notes_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});"
        f"{forget} INSERT OR IGNORE INTO notes_fts_pending(rowid) VALUES (new.rowid); END",
        "DROP INDEX notes_by_activity",
        "DROP INDEX notes_changed",
        "CREATE INDEX notes_changed ON notes(session_id, updated_at, created_at)"
        " WHERE updated_at <> created_at",
    ):
        db.execute(statement)


def _v18_earlier_groupings_from_one_index(db: sqlite_utils.Database) -> None:
    # Avoiding earlier pairs reads who sat in which group of every live formation; with the
    # group and the trash mark in the formation's index, that read touches no table row. The
    # lookups by formation and person keep the same leading columns.
    db.execute("DROP INDEX IF EXISTS group_members_by_formation")
    db.execute(
        "CREATE INDEX group_members_by_formation"
        " ON group_members(formation_id, participant_id, group_id, deleted_at)"
    )


def _v19_memberships_without_a_group_index(db: sqlite_utils.Database) -> None:
    # Nothing reads memberships by group: every read leads with the formation. The index was
    # a random-order insert at each of a formation's 500 memberships (~1.5 ms of the save, a
    # quarter of its log pages). Groups are deleted only when the trash is emptied, which
    # checks the foreign keys once over the store, not per deleted group.
    db.execute("DROP INDEX IF EXISTS group_members_by_group")


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    # sqlite3's executescript() commits first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_sessions_and_agenda,
    _v2_settings,
    create_capture_tables,
    create_run_tables,
    create_people_tables,
    create_methods_tables,
    _v7_role_plays_in_groups,
    create_official_tables,
    create_jp_tables,
    _v10_notes_list_indexes,
    create_room_tables,
    _v12_participant_details,
    _v13_notes_index_queue,
    _v14_notes_search_terms,
    create_paperwork_tables,
    _v16_notes_search_term_counts,
    _v17_notes_fewer_pages_per_save,
    _v18_earlier_groupings_from_one_index,
    _v19_memberships_without_a_group_index,
)
LATEST_VERSION = len(MIGRATIONS)


class NewerSchemaError(RuntimeError):
    """The file was written by a newer Lokakarya; opening it here could damage it."""


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> list[int]:
    """Bring the store up to target; return the versions applied."""
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise NewerSchemaError(current)
    applied = []
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    return applied

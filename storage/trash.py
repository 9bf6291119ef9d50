"""Emptying the trash: sessions in it are deleted for good, with everything recorded in them.

Everywhere else the store never deletes (a trashed row is a tombstone a bundle merge carries);
this is the one place it does, because a facilitator must be able to make personal data go
away. The rows go in one transaction, children before parents; the notes' full-text index
forgets them (its delete trigger, then a merge of its segments, which still hold the words of
deleted notes until merged). With secure_delete on, SQLite overwrites the freed bytes with
zeros, and the checkpoint afterwards empties the write-ahead log, so neither the store's
files nor a backup copied from them later keep the purged text in free pages.

The letterhead and logo paths noted for a purged session (store_facts) go in the same
transaction; the image files themselves are the user's and stay where they are.

Not purged: trashed items inside sessions that are still in use (notes, participants,
activities); they stay tombstones so a merged bundle cannot bring them back. A bundle made
before the purge still holds a purged session, and importing it brings it back.
"""

from __future__ import annotations

import logging
import sqlite3

import sqlite_utils

from storage.bundles import session_tables
from storage.paperwork import forget_files

log = logging.getLogger(__name__)

_TRASHED = "SELECT id FROM sessions WHERE deleted_at IS NOT NULL"


def trashed_session_count(db: sqlite_utils.Database) -> int:
    return db.execute(f"SELECT count(*) FROM ({_TRASHED})").fetchone()[0]


def empty_trash(db: sqlite_utils.Database) -> int:
    """Delete every session in the trash and all its rows; returns how many sessions went."""
    count = trashed_session_count(db)
    if not count:
        return 0
    db.execute("PRAGMA secure_delete=ON")
    # The foreign keys are checked over the whole store, before and after, instead of row by
    # row: then each activity deleted would look for its notes among every note of the store
    # (no index leads with notes.activity_id: one less to write at every note's save). A row
    # left pointing at a deleted one refuses the purge, as the row-by-row check would.
    # Inside a caller's transaction the pragma does nothing and they are checked row by row.
    (keys,) = db.execute("PRAGMA foreign_keys").fetchone()
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            forget_files(db, _TRASHED)  # the paths noted for them; the files stay
            dangling = _dangling(db) if keys else set()
            for table in reversed(session_tables(db)):
                key = "id" if table == "sessions" else "session_id"
                db.execute(f"DELETE FROM [{table}] WHERE {key} IN ({_TRASHED})")
            if keys and not _dangling(db) <= dangling:
                raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
            if "notes_fts" in db.table_names():
                # Merging the index's segments drops the entries of deleted notes for good.
                db.execute("INSERT INTO notes_fts(notes_fts) VALUES('optimize')")
    finally:
        db.execute(f"PRAGMA foreign_keys={int(keys)}")
        db.execute("PRAGMA secure_delete=OFF")
    busy, _frames, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("after emptying the trash the write-ahead log could not be emptied yet")
    log.info("trash emptied: %d sessions deleted for good", count)
    return count


def _dangling(db: sqlite_utils.Database) -> set[tuple]:
    """The rows whose foreign key points at no row: (table, rowid, parent, key number)."""
    return set(db.execute("PRAGMA foreign_key_check").fetchall())

"""Keeping the notes' full-text index current and compact.

Saving a note only queues its rowid (notes_fts_pending, migration 13): tokenising it and
writing a new index segment on every Enter cost more than the note's own INSERT. The queue is
indexed, in one transaction, by the next search before it reads the index
(index_pending_notes) and by the start-up merge below. The note itself is durable when saved;
the index is derived from the notes, so that transaction need not wait for the disk
(synchronous=NORMAL): lost in a power cut, its notes are simply still queued.

Every batch of notes indexed adds a small segment to the index; FTS5 merges them only now and
then, so after a day of notes a search reads many segments, and each result's snippet seeks through
all of them. Merged into one segment, the snippets of 50 results over 20,000 notes cost ~4x
less. The merge runs in small steps, each its own short transaction, from a worker's own
connection after the start-up backup: a note saved meanwhile waits for one step at most.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

STEP_PAGES = 64  # index pages written per step: a few milliseconds
MAX_STEPS = 2000  # bounded, whatever the file holds


def index_pending_notes(conn: sqlite3.Connection) -> int:
    """Index the notes saved (or copied in by a merge) since the index was last brought up to
    date; the number of notes indexed. Inside a caller's transaction it joins it."""
    if conn.execute("SELECT 1 FROM notes_fts_pending LIMIT 1").fetchone() is None:
        return 0  # the usual case: one lookup in an empty table
    if conn.in_transaction:
        return _index_queue(conn)
    (synchronous,) = conn.execute("PRAGMA synchronous").fetchone()
    conn.execute("PRAGMA synchronous=NORMAL")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            indexed = _index_queue(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute(f"PRAGMA synchronous={int(synchronous)}")
    return indexed


def _index_queue(conn: sqlite3.Connection) -> int:
    indexed = conn.execute(
        "INSERT INTO notes_fts(rowid, text, tags, speaker, group_label)"
        " SELECT n.rowid, n.text, n.tags, n.speaker, n.group_label"
        " FROM notes_fts_pending p JOIN notes n ON n.rowid = p.rowid ORDER BY p.rowid"
    ).rowcount
    conn.execute("DELETE FROM notes_fts_pending")
    return indexed


def merge_search_index(db_path: Path) -> int:
    """Index the queued notes, then merge the notes' index down to one segment; the number of
    merge steps that did work."""
    conn = sqlite3.connect(str(db_path), timeout=10, isolation_level=None)
    try:
        index_pending_notes(conn)
        worked = 0
        for _step in range(MAX_STEPS):
            before = conn.total_changes
            # Negative: segments of every level merge together, as 'optimize' would do at once.
            conn.execute(
                "INSERT INTO notes_fts(notes_fts, rank) VALUES ('merge', ?)", [-STEP_PAGES]
            )
            if conn.total_changes - before < 2:  # FTS5: nothing left to merge
                break
            worked += 1
        return worked
    finally:
        conn.close()

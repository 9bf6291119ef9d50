"""Keeping the notes' full-text index current and compact.

Saving a note writes nothing for the index: tokenising it and writing a new index segment on
every Enter cost more than the note's own INSERT (migration 13), and so did a queue row of its
own (migration 17). The notes waiting to be indexed are those above the index's highest rowid
(a new note's rowid is above every note's) and the edited ones, queued in notes_fts_pending.
They are indexed, in one transaction, by the next search before it reads the index
(index_pending_notes) and by the start-up merge below. The note itself is durable when saved;
the index is derived from the notes, so that transaction need not wait for the disk
(synchronous=NORMAL): lost in a power cut, its notes are simply still queued. The same
transaction lists the notes' words in notes_fts_terms_recent (migration 14, record_terms),
which a one-word search ranks from with notes_fts_terms (storage.search_ranking.best_for_word).

The recent words are moved into notes_fts_terms by the start-up merge, a few notes per step:
kept small, the recent table takes a batch's rows on a few pages, where the big one spreads
them over as many pages as there are words. The same step adds them to notes_fts_term_counts
(migration 16: how many of the big table's notes hold each word how often, for bm25's idf);
a row deleted from the big table takes itself off by a trigger.

Every batch of notes indexed adds a small segment to the index; FTS5 merges them only now and
then, so after a day of notes a search reads many segments, and each result's snippet seeks through
all of them. Merged into one segment, the snippets of 50 results over 20,000 notes cost ~4x
less. The merge runs in small steps, each its own short transaction, from a worker's own
connection after the start-up backup: a note saved meanwhile waits for one step at most.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from storage.search_ranking import COLUMN_WEIGHTS

TOKENIZER = "unicode61 remove_diacritics 2"  # notes_fts's (storage.capture_schema)

MOVE_NOTES = 200  # recent notes whose words move into notes_fts_terms per step
STEP_PAGES = 64  # index pages written per step: a few milliseconds
MAX_STEPS = 2000  # bounded, whatever the file holds


# The highest rowid in the index: FTS5's notes_fts_docsize has one row per indexed note.
INDEXED_UP_TO = "SELECT coalesce(max(id), 0) FROM notes_fts_docsize"


def _waiting(above: str) -> str:
    """The rowids (as note) of the notes waiting to be indexed: those saved since, above the
    index's highest rowid (above), and the edited ones queued (migration 17)."""
    return (
        "SELECT rowid AS note FROM notes_fts_pending"
        f" UNION SELECT rowid FROM notes WHERE rowid > {above}"
    )


def waiting_notes(conn: sqlite3.Connection) -> int:
    """How many notes wait to be indexed."""
    return conn.execute(f"SELECT count(*) FROM ({_waiting(f'({INDEXED_UP_TO})')})").fetchone()[0]


def index_pending_notes(conn: sqlite3.Connection) -> int:
    """Index the notes saved (or copied in by a merge) since the index was last brought up to
    date; the number of notes indexed. Inside a caller's transaction it joins it."""
    nothing = (
        "SELECT NOT EXISTS (SELECT 1 FROM notes_fts_pending)"
        f" AND NOT EXISTS (SELECT 1 FROM notes WHERE rowid > ({INDEXED_UP_TO}))"
    )
    if conn.execute(nothing).fetchone()[0]:
        return 0  # the usual case: an empty table, and two lookups at the ends of b-trees
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
    (last,) = conn.execute(INDEXED_UP_TO).fetchone()  # fixed before the index grows
    queued = f"({_waiting(str(int(last)))}) p JOIN notes n ON n.rowid = p.note"
    indexed = conn.execute(
        "INSERT INTO notes_fts(rowid, text, tags, speaker, group_label)"
        f" SELECT n.rowid, n.text, n.tags, n.speaker, n.group_label FROM {queued}"
        " ORDER BY p.note"
    ).rowcount
    record_terms(conn, queued, "notes_fts_terms_recent")
    conn.execute("DELETE FROM notes_fts_pending")
    return indexed


def record_terms(conn: sqlite3.Connection, notes: str, table: str) -> None:
    """Add to table (notes_fts_terms or its recent part, migration 14) one row per word and note for
    the notes n of the FROM clause notes: the word's weighted count in the note and the note's
    length in words, both as bm25() counts them (read by storage.search_ranking.best_for_word). The
    words are FTS5's own: the notes go through a scratch FTS5 table of this connection with the same
    tokenizer, and its fts5vocab 'instance' table lists every word of every column."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_terms_scratch USING fts5("
        f"{', '.join(COLUMN_WEIGHTS)}, content='', tokenize='{TOKENIZER}')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_terms_words"
        " USING fts5vocab(temp, notes_terms_scratch, 'instance')"
    )
    conn.execute("INSERT INTO temp.notes_terms_scratch(notes_terms_scratch) VALUES ('delete-all')")
    conn.execute(
        f"INSERT INTO temp.notes_terms_scratch(rowid, {', '.join(COLUMN_WEIGHTS)})"
        f" SELECT n.rowid, n.text, n.tags, n.speaker, n.group_label FROM {notes}"
    )
    counts: dict[tuple[str, int], int] = {}
    sizes: dict[int, int] = {}
    for term, note, column in conn.execute("SELECT term, doc, col FROM temp.notes_terms_words"):
        key = (term, note)
        counts[key] = counts.get(key, 0) + COLUMN_WEIGHTS[column]
        sizes[note] = sizes.get(note, 0) + 1
    conn.executemany(  # in the table's order: each row lands next to the one before
        f"INSERT INTO {table}(term, freq, size, note) VALUES (?, ?, ?, ?)",
        sorted((term, freq, sizes[note], note) for (term, note), freq in counts.items()),
    )
    if (
        table == "notes_fts_terms"
        and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'notes_fts_term_counts'"
        ).fetchone()
    ):  # the big table's counts by word and freq (migration 16) keep in step
        held: dict[tuple[str, int], int] = {}
        for (term, _note), freq in counts.items():
            held[term, freq] = held.get((term, freq), 0) + 1
        conn.executemany(
            "INSERT INTO notes_fts_term_counts(term, freq, notes) VALUES (?, ?, ?)"
            " ON CONFLICT (term, freq) DO UPDATE SET notes = notes + excluded.notes",
            [(term, freq, n) for (term, freq), n in held.items()],
        )
    conn.execute("INSERT INTO temp.notes_terms_scratch(notes_terms_scratch) VALUES ('delete-all')")


def snippets(
    conn: sqlite3.Connection, expression: str, rowids: list[int], marks: tuple[str, str]
) -> dict[int, str]:
    """The snippets of the notes rowids for expression (marks: the highlight's start and end),
    by rowid: exactly snippet() over notes_fts, whose words and positions they are.

    Asked of notes_fts with "rowid IN (...)", FTS5 sets up the whole query again for every
    note, seeking each word's entries among 20,000 notes': most of a search's snippet cost.
    snippet() needs only the note and its own matches, so the notes are indexed alone in a
    scratch FTS5 table of this connection (same columns and tokenizer, content read from the
    notes) and the query runs once over those few."""
    conn.execute(
        "CREATE TEMP VIEW IF NOT EXISTS notes_shown AS"
        f" SELECT rowid AS rowid, {', '.join(COLUMN_WEIGHTS)} FROM main.notes"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_shown_fts USING fts5("
        f"{', '.join(COLUMN_WEIGHTS)}, content='notes_shown', content_rowid='rowid',"
        f" tokenize='{TOKENIZER}')"
    )
    empty = "INSERT INTO temp.notes_shown_fts(notes_shown_fts) VALUES ('delete-all')"
    conn.execute(empty)
    try:
        conn.execute(
            f"INSERT INTO temp.notes_shown_fts(rowid, {', '.join(COLUMN_WEIGHTS)})"
            f" SELECT rowid, {', '.join(COLUMN_WEIGHTS)} FROM main.notes"
            " WHERE rowid IN (SELECT value FROM json_each(?))",
            [json.dumps(rowids)],
        )
        return dict(
            conn.execute(
                "SELECT rowid, snippet(notes_shown_fts, 0, ?, ?, '…', 24) FROM notes_shown_fts"
                " WHERE notes_shown_fts MATCH ?",
                [*marks, expression],
            )
        )
    finally:
        conn.execute(empty)


def merge_search_index(db_path: Path) -> int:
    """Index the queued notes, then merge the notes' index down to one segment; the number of
    merge steps that did work."""
    conn = sqlite3.connect(str(db_path), timeout=10, isolation_level=None)
    try:
        index_pending_notes(conn)
        move_recent_terms(conn)
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


def move_recent_terms(conn: sqlite3.Connection) -> int:
    """Move the words of the recently indexed notes into notes_fts_terms, a few notes per
    transaction; the number of steps."""
    steps = 0
    for _step in range(MAX_STEPS):
        conn.execute("BEGIN IMMEDIATE")
        try:
            (last,) = conn.execute(
                "SELECT max(note) FROM (SELECT DISTINCT note FROM notes_fts_terms_recent"
                " ORDER BY note LIMIT ?)",
                [MOVE_NOTES],
            ).fetchone()
            if last is not None:
                conn.execute(
                    "INSERT INTO notes_fts_terms SELECT * FROM notes_fts_terms_recent"
                    " WHERE note <= ? ORDER BY term, freq, size, note",
                    [last],
                )
                conn.execute(  # the notes holding each word so often (migration 16)
                    "INSERT INTO notes_fts_term_counts(term, freq, notes)"
                    " SELECT term, freq, count(*) FROM notes_fts_terms_recent WHERE note <= ?"
                    " GROUP BY term, freq ON CONFLICT (term, freq)"
                    " DO UPDATE SET notes = notes + excluded.notes",
                    [last],
                )
                conn.execute("DELETE FROM notes_fts_terms_recent WHERE note <= ?", [last])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if last is None:
            break
        steps += 1
    return steps

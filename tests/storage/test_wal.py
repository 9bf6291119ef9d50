"""The store's write-ahead log: checkpoints left to a keeper, run from a connection of their
own (storage/wal.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.database import DB_FILENAME, connect
from storage.wal import BACKSTOP_PAGES, checkpoint, defer_checkpoints, log_stamp

PAGE = 4096


def _fill(conn: sqlite3.Connection, pages: int) -> None:
    """Commit about `pages` pages of new rows, one transaction each 100 pages."""
    conn.execute("CREATE TABLE IF NOT EXISTS filler (body BLOB)")
    for _ in range(pages // 100):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO filler VALUES (?)", [(b"x" * (PAGE - 100),)] * 100)
        conn.execute("COMMIT")


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / DB_FILENAME


def test_a_deferring_connection_leaves_a_thousand_pages_in_the_log(store: Path) -> None:
    db = connect(store)
    defer_checkpoints(db.conn)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BACKSTOP_PAGES
    _fill(db.conn, 100)
    size = store.stat().st_size
    _fill(db.conn, 1500)  # SQLite's own default would have checkpointed past 1,000 pages
    assert store.stat().st_size == size
    frames, done = checkpoint(store)  # while the app's connection stays open
    assert frames >= 1500 and done == frames
    assert store.stat().st_size >= size + 1500 * PAGE
    assert db.execute("SELECT count(*) FROM filler").fetchone()[0] == 1600
    db.close()


def test_the_default_connection_checkpoints_by_itself(store: Path) -> None:
    """The comparison the test above relies on: without deferring, the commit checkpoints."""
    db = connect(store)
    _fill(db.conn, 100)
    size = store.stat().st_size
    _fill(db.conn, 1500)
    assert store.stat().st_size > size
    db.close()


def test_the_log_stamp_changes_with_every_commit_even_after_a_checkpoint(store: Path) -> None:
    assert log_stamp(store) is None  # no store, no log
    db = connect(store)
    _fill(db.conn, 100)
    before = log_stamp(store)
    assert before is not None
    checkpoint(store)
    assert log_stamp(store) == before  # a checkpoint writes the store, not the log
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO filler VALUES (x'00')")
    db.execute("COMMIT")  # the log restarts from its beginning: the same size, a new time
    assert log_stamp(store) != before
    db.close()


def test_a_checkpoint_never_makes_a_store_where_there_is_none(tmp_path: Path) -> None:
    missing = tmp_path / DB_FILENAME
    with pytest.raises(sqlite3.OperationalError):
        checkpoint(missing)
    assert list(tmp_path.iterdir()) == []


def test_a_checkpoint_beside_an_open_reader_keeps_what_the_reader_sees(store: Path) -> None:
    db = connect(store)
    defer_checkpoints(db.conn)
    _fill(db.conn, 200)
    reader = sqlite3.connect(str(store), isolation_level=None)
    reader.execute("BEGIN")
    seen = reader.execute("SELECT count(*) FROM filler").fetchone()[0]
    _fill(db.conn, 200)  # written after the reader's snapshot
    frames, done = checkpoint(store)  # PASSIVE: stops short of what the reader still needs
    assert done < frames
    assert reader.execute("SELECT count(*) FROM filler").fetchone()[0] == seen
    reader.execute("COMMIT")
    reader.close()
    frames, done = checkpoint(store)
    assert done == frames
    assert db.execute("SELECT count(*) FROM filler").fetchone()[0] == 400
    db.close()

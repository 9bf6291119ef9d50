"""Checkpoints of the write-ahead log, kept off the app's own connection.

A checkpoint copies what the write-ahead log holds back into the store's file. By default
SQLite runs one inside the commit that finds the log past 1,000 pages, on the committing
thread: forming 50 groups writes ~290 pages, so about one formation in four paid a checkpoint
of ~1,000 pages on the GUI thread (21-36 ms instead of ~11 ms here, well past 100 ms on a slow
laptop). As SQLite's documentation suggests ("run checkpoints during idle moments or in a
separate thread"), the app's connection leaves them to a keeper (ui/common/wal_keeper.py) that
checkpoints from a worker thread's connection of its own once writes pause, and keeps SQLite's
automatic checkpoint only as a backstop at BACKSTOP_PAGES. Nothing of durability changes: every
commit is on disk in the log (synchronous=FULL) before it returns, checkpointed or not.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

BACKSTOP_PAGES = 10_000  # ~40 MB of log (4 KiB pages), reached only if the keeper cannot run


def defer_checkpoints(conn: sqlite3.Connection) -> None:
    """This connection's commits checkpoint only past BACKSTOP_PAGES of log."""
    conn.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")


def log_stamp(db_path: Path) -> tuple[int, int] | None:
    """(size, modification time) of the store's write-ahead log; None when there is none. It
    changes with every commit (the log is rewritten from its start after a full checkpoint,
    so its size alone does not)."""
    try:
        found = os.stat(f"{db_path}-wal")
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def checkpoint(db_path: Path) -> tuple[int, int]:
    """Copy what the log holds into the store, from a connection of this thread's own, without
    waiting for readers or writers (PASSIVE: what they still need stays in the log). Returns
    (frames in the log, frames checkpointed); (-1, -1) when the store is not in WAL mode."""
    # mode=rw: a store moved away meanwhile is an error here, never a new empty file.
    uri = f"{Path(db_path).absolute().as_uri()}?mode=rw"
    conn = sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=FULL")  # the store's file synced as the app's writes are
        _busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        conn.close()
    return frames, done

"""Is a database file readable and sound? Used before opening the store and for backups."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


def is_healthy(path: Path) -> bool:
    """True when SQLite can read the file and quick_check finds nothing wrong."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        log.warning("store %s failed to open for checking: %s", path, error)
        return False
    healthy = rows == [("ok",)]
    if not healthy:
        log.warning("store %s failed quick_check: %s", path, rows[:5])
    return healthy

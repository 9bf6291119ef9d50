"""Is a database file readable and sound? Used before opening the store and for backups."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


def is_healthy(path: Path) -> bool:
    """True when SQLite can read the file and quick_check finds nothing wrong."""
    try:
        # as_uri() escapes '#', '?' and '%', which would otherwise cut the path short.
        uri = f"{Path(path).absolute().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # quick_check can report damaged text that is not valid UTF-8.
        log.warning("store %s failed to open for checking: %s", path, error)
        return False
    healthy = rows == [("ok",)]
    if not healthy:
        log.warning("store %s failed quick_check: %s", path, rows[:5])
    return healthy

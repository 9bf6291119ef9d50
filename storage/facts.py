"""Small facts about the store itself, e.g. whether the sample session was already offered."""

from __future__ import annotations

import sqlite_utils

from facilitation.clock import utc_now_iso


def get_fact(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM store_facts WHERE key=?", [key]).fetchone()
    return row[0] if row else None


def set_fact(db: sqlite_utils.Database, key: str, value: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO store_facts(key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at",
            [key, value, utc_now_iso()],
        )

"""Helpers the methods' repositories share: ids, timestamps, finding an activity's session."""

from __future__ import annotations

import uuid

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.validation import check_row
from storage.sessions import NotFoundError


class MethodsRepositoryBase:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    @staticmethod
    def _new_id() -> str:
        return str(uuid.uuid4())

    def _session_of_activity(self, activity_id: str) -> str:
        row = self.db.execute(
            "SELECT session_id FROM activities WHERE id=? AND deleted_at IS NULL", [activity_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(activity_id)
        return row[0]

    def _touch_session(self, session_id: str, now: str) -> None:
        self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])

    def _stamped(self, row: dict, now: str) -> dict:
        return {"id": self._new_id(), **row, "created_at": now, "updated_at": now}

    def _insert(self, table: str, row: dict) -> None:
        """Insert a row the row rules accept (RowValueError otherwise)."""
        check_row(table, row)
        self.db[table].insert(row)

"""Who was present on which day of a session. One check-in = one transaction."""

from __future__ import annotations

import uuid

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from storage.sessions import NotFoundError

# Fixed namespace: the attendance id of (participant, day) is the same on every laptop.
_ATTENDANCE_NAMESPACE = uuid.UUID("8f6c3a52-44a1-4c59-9d55-4f3b1c7e2a10")


def attendance_id(participant_id: str, day_id: str) -> str:
    return str(uuid.uuid5(_ATTENDANCE_NAMESPACE, f"{participant_id}/{day_id}"))


class AttendanceRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def present_ids(self, day_id: str) -> set[str]:
        return {
            row[0]
            for row in self.db.execute(
                "SELECT a.participant_id FROM attendance a"
                " JOIN participants p ON p.id = a.participant_id"
                " WHERE a.day_id=? AND a.present=1 AND a.deleted_at IS NULL"
                " AND p.deleted_at IS NULL",
                [day_id],
            )
        }

    def set_present(self, participant_id: str, day_id: str, present: bool) -> None:
        now = utc_now_iso(self.clock)
        with self.db.atomic():
            row = self.db.execute(
                "SELECT p.session_id FROM participants p JOIN session_days d"
                " ON d.session_id = p.session_id"
                " WHERE p.id=? AND d.id=? AND p.deleted_at IS NULL AND d.deleted_at IS NULL",
                [participant_id, day_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(f"{participant_id}/{day_id}")
            session_id = row[0]
            record_id = attendance_id(participant_id, day_id)
            checked_in_at = now if present else None
            changed = self.db.execute(
                "UPDATE attendance SET present=?, checked_in_at=?, updated_at=?, deleted_at=NULL"
                " WHERE id=?",
                [int(present), checked_in_at, now, record_id],
            ).rowcount
            if not changed:
                self.db["attendance"].insert(
                    {
                        "id": record_id,
                        "session_id": session_id,
                        "participant_id": participant_id,
                        "day_id": day_id,
                        "present": int(present),
                        "checked_in_at": checked_in_at,
                        "created_at": now,
                        "updated_at": now,
                        "deleted_at": None,
                    }
                )
            self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])

    def toggle(self, participant_id: str, day_id: str) -> bool:
        """Flip present/absent; returns the new state."""
        row = self.db.execute(
            "SELECT present FROM attendance WHERE id=? AND deleted_at IS NULL",
            [attendance_id(participant_id, day_id)],
        ).fetchone()
        present = not (row and row[0])
        self.set_present(participant_id, day_id, present)
        return present

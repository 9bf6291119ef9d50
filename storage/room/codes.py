"""Personal codes of a session's participants: made once, kept, looked up from a phone."""

from __future__ import annotations

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.room.codes import codes_for, normalise_code
from facilitation.room.records import stored_id
from storage.transactions import write_transaction


class PersonalCodes:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def codes(self, session_id: str) -> dict[str, str]:
        """participant id -> code, for the session's participants that have one."""
        return {
            row[0]: row[1]
            for row in self.db.execute(
                "SELECT participant_id, code FROM room_codes WHERE session_id=?"
                " AND deleted_at IS NULL ORDER BY updated_at",
                [session_id],
            )
        }

    def ensure(self, session_id: str) -> dict[str, str]:
        """Give every participant of the session (not in the trash) a code; return them all.
        One transaction; codes already given stay as they are (they may be printed)."""
        with write_transaction(self.db.conn, "room_write"):
            existing = self.codes(session_id)
            everyone = [
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM participants WHERE session_id=? AND deleted_at IS NULL"
                    " ORDER BY number, name",
                    [session_id],
                )
            ]
            now = utc_now_iso(self.clock)
            made = codes_for(everyone, existing)
            for participant_id, code in made.items():
                self.db.execute(
                    "INSERT INTO room_codes (id, session_id, participant_id, code, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                    " code=excluded.code, deleted_at=NULL, updated_at=excluded.updated_at",
                    [stored_id(session_id, participant_id, "code"), session_id, participant_id]
                    + [code, now, now],
                )
        return existing | made

    def participant_for(self, session_id: str, typed: object) -> str | None:
        """Whose code a phone typed, in this session only; None when nobody's (or, after a
        merge gave two people the same code, when it is ambiguous)."""
        code = normalise_code(typed)
        if code is None:
            return None
        rows = self.db.execute(
            "SELECT c.participant_id FROM room_codes c JOIN participants p"
            " ON p.id=c.participant_id AND p.session_id=c.session_id"
            " WHERE c.session_id=? AND c.code=? AND c.deleted_at IS NULL"
            " AND p.deleted_at IS NULL LIMIT 2",
            [session_id, code],
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

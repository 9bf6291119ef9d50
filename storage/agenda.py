"""Activities on a day's agenda: add, edit, reorder, trash and restore, one transaction each."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from facilitation.activity import Activity
from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.validation import check_row
from storage.rows import activity_from_row, activity_to_row, changed_values
from storage.sessions import NotFoundError


class AgendaRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    def _session_of_day(self, day_id: str) -> str:
        row = self.db.execute(
            "SELECT session_id FROM session_days WHERE id=? AND deleted_at IS NULL",
            [day_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(day_id)
        return row[0]

    def _ids_in_order(self, day_id: str) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT id FROM activities WHERE day_id=? AND deleted_at IS NULL ORDER BY position",
                [day_id],
            )
        ]

    def _write_order(self, ids: list[str], now: str) -> None:
        for position, activity_id in enumerate(ids):
            self.db.execute(
                "UPDATE activities SET position=?, updated_at=CASE WHEN position=? THEN"
                " updated_at ELSE ? END WHERE id=?",
                [position, position, now, activity_id],
            )

    def _touch_session(self, session_id: str, now: str) -> None:
        self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])

    def activities(self, day_id: str) -> list[Activity]:
        return [
            activity_from_row(row)
            for row in self.db.query(
                "SELECT * FROM activities WHERE day_id=? AND deleted_at IS NULL ORDER BY position",
                [day_id],
            )
        ]

    def titles(self, session_id: str) -> dict[str, list[tuple[str, str]]]:
        """(id, title) of each live activity by day id, in the day's order: what a list of
        activities to choose from shows, without reading whole activities."""
        by_day: dict[str, list[tuple[str, str]]] = {}
        for day_id, activity_id, title in self.db.execute(
            "SELECT day_id, id, title FROM activities WHERE session_id=? AND deleted_at IS NULL"
            " ORDER BY position",
            [session_id],
        ):
            by_day.setdefault(day_id, []).append((activity_id, title))
        return by_day

    def get(self, activity_id: str) -> Activity:
        rows = list(self.db.query("SELECT * FROM activities WHERE id=?", [activity_id]))
        if not rows:
            raise NotFoundError(activity_id)
        return activity_from_row(rows[0])

    def insert(self, day_id: str, activity: Activity, index: int | None = None) -> Activity:
        """Put an activity on the day at index (the end when None)."""
        check_row("activities", activity_to_row(activity))
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_day(day_id)
            # An activity already on this day (e.g. undo repeated) is moved, not doubled.
            ids = [i for i in self._ids_in_order(day_id) if i != activity.id]
            index = len(ids) if index is None else max(0, min(index, len(ids)))
            existing = self.db.execute(
                "SELECT day_id FROM activities WHERE id=?", [activity.id]
            ).fetchone()
            activity = replace(activity, updated_at=now)
            if existing:
                # Undo of a removal: bring the same record back rather than a copy.
                self.db.execute(
                    "UPDATE activities SET deleted_at=NULL, day_id=?, updated_at=? WHERE id=?",
                    [day_id, now, activity.id],
                )
                if existing[0] != day_id:
                    # Close the gap it leaves if it was still live on another day.
                    self._write_order(self._ids_in_order(existing[0]), now)
            else:
                activity = replace(activity, created_at=now)
                self.db["activities"].insert(
                    {
                        **activity_to_row(activity),
                        "session_id": session_id,
                        "day_id": day_id,
                        "position": len(ids),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            ids.insert(index, activity.id)
            self._write_order(ids, now)
            self._touch_session(session_id, now)
        return activity

    def update(self, activity: Activity, before: Activity | None = None) -> Activity:
        """Save an edit; with before (the activity as the UI read it) only the changed fields."""
        now = self._now()
        row = activity_to_row(activity)
        check_row("activities", row)
        del row["id"]
        values = changed_values(row, activity_to_row(before) if before else None)
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE activities SET "
                + "".join(f"{column}=?, " for column in values)
                + "updated_at=? WHERE id=? AND deleted_at IS NULL",
                [*values.values(), now, activity.id],
            ).rowcount
            if not changed:
                raise NotFoundError(activity.id)
            self.db.execute(
                "UPDATE sessions SET updated_at=? WHERE id="
                "(SELECT session_id FROM activities WHERE id=?)",
                [now, activity.id],
            )
        return replace(activity, updated_at=now)

    def move(self, day_id: str, activity_id: str, new_index: int) -> None:
        now = self._now()
        with self.db.atomic():
            ids = self._ids_in_order(day_id)
            if activity_id not in ids:
                raise NotFoundError(activity_id)
            ids.remove(activity_id)
            ids.insert(max(0, min(new_index, len(ids))), activity_id)
            self._write_order(ids, now)
            self._touch_session(self._session_of_day(day_id), now)

    def move_to_trash(self, activity_id: str) -> int:
        """Trash an activity; returns the index it had, so undo can put it back there."""
        now = self._now()
        with self.db.atomic():
            row = self.db.execute(
                "SELECT day_id, session_id FROM activities WHERE id=? AND deleted_at IS NULL",
                [activity_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(activity_id)
            day_id, session_id = row
            ids = self._ids_in_order(day_id)
            index = ids.index(activity_id)
            self.db.execute(
                "UPDATE activities SET deleted_at=?, updated_at=? WHERE id=?",
                [now, now, activity_id],
            )
            ids.remove(activity_id)
            self._write_order(ids, now)
            self._touch_session(session_id, now)
        return index

    def trashed(self, session_id: str) -> list[tuple[Activity, str]]:
        """Trashed activities of a session (with their day id), most recently trashed first."""
        return [
            (activity_from_row(row), row["day_id"])
            for row in self.db.query(
                "SELECT a.* FROM activities a JOIN session_days d ON d.id = a.day_id"
                " WHERE a.session_id=? AND a.deleted_at IS NOT NULL AND d.deleted_at IS NULL"
                " ORDER BY a.deleted_at DESC",
                [session_id],
            )
        ]

    def restore(self, activity_id: str, day_id: str, index: int | None = None) -> Activity:
        return self.insert(day_id, self.get(activity_id), index)

"""Sessions and their days. Every public method is one user action and one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.session import Session, SessionDay, validate_session
from facilitation.validation import check_row
from storage import tolerant
from storage.rows import (
    activity_from_row,
    activity_to_row,
    changed_values,
    day_from_row,
    day_to_row,
    session_from_row,
    session_to_row,
)
from storage.transactions import change_stamp


def _check_session(session: Session) -> None:
    """The domain's checks, then the row rules every stored value obeys (RowValueError)."""
    validate_session(session)
    check_row("sessions", session_to_row(session))
    for day in session.days:
        check_row("session_days", day_to_row(day))
        for activity in day.activities:
            check_row("activities", activity_to_row(activity))


class NotFoundError(LookupError):
    """The record does not exist (or not any more)."""


@dataclass(frozen=True)
class SessionSummary:
    id: str
    title: str
    organiser: str
    venue: str
    first_date: date | None
    day_count: int
    activity_count: int
    updated_at: str
    deleted_at: str | None


class SessionRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- reading -------------------------------------------------------------------------

    def list(self, search: str = "", in_trash: bool = False) -> list[SessionSummary]:
        """Sessions newest first, filtered by a case-insensitive text in title/organiser/venue."""
        # % and _ typed by the user are literal characters, not LIKE wildcards.
        literal = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{literal}%"
        rows = self.db.execute(
            """
            SELECT s.id, s.title, s.organiser, s.venue, s.updated_at, s.deleted_at,
                   (SELECT min(day_date) FROM session_days d
                     WHERE d.session_id = s.id AND d.deleted_at IS NULL) AS first_date,
                   (SELECT count(*) FROM session_days d
                     WHERE d.session_id = s.id AND d.deleted_at IS NULL) AS day_count,
                   (SELECT count(*) FROM activities a
                     WHERE a.session_id = s.id AND a.deleted_at IS NULL) AS activity_count
              FROM sessions s
             WHERE (s.deleted_at IS NOT NULL) = ?
               AND (s.title LIKE ? ESCAPE '\\' OR s.organiser LIKE ? ESCAPE '\\'
                    OR s.venue LIKE ? ESCAPE '\\')
             ORDER BY first_date DESC, s.title
            """,
            (in_trash, pattern, pattern, pattern),
        ).fetchall()
        return [
            SessionSummary(
                id=row[0],
                title=row[1],
                organiser=row[2],
                venue=row[3],
                updated_at=row[4],
                deleted_at=row[5],
                first_date=self._first_date(row[0], row[6]),
                day_count=row[7],
                activity_count=row[8],
            )
            for row in rows
        ]

    def _first_date(self, session_id: str, text: str | None) -> date | None:
        """The earliest day; an impossible date left by an older version is passed over."""
        first = tolerant.day(text, f"session_days of {session_id}")
        if first is not None or not text:
            return first
        dates = [
            tolerant.day(row[0], f"session_days of {session_id}")
            for row in self.db.execute(
                "SELECT day_date FROM session_days WHERE session_id=? AND deleted_at IS NULL",
                [session_id],
            )
        ]
        return min((d for d in dates if d is not None), default=None)

    def stamp(self) -> tuple[int, int] | None:
        """What changes with every write to the store (another connection's commit, this
        connection's insert, update or delete): a session read under one stamp is still the
        stored one while the stamp holds. None inside a transaction, which may be rolled back."""
        conn = self.db.conn
        if conn.in_transaction:
            return None
        return change_stamp(conn)

    def get(self, session_id: str) -> Session:
        """The session with its days and activities; a day or activity row no rule accepts
        (left by an older version) is skipped and logged rather than failing the session."""
        rows = list(self.db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
        if not rows:
            raise NotFoundError(session_id)
        day_rows = tolerant.readable(
            "session_days",
            self.db.query(
                "SELECT * FROM session_days WHERE session_id = ? AND deleted_at IS NULL"
                " ORDER BY day_date",
                [session_id],
            ),
        )
        activity_rows = tolerant.readable(
            "activities",
            self.db.query(
                "SELECT * FROM activities WHERE session_id = ? AND deleted_at IS NULL"
                " ORDER BY position",
                [session_id],
            ),
        )
        days = []
        for day_row in day_rows:
            activities = [
                activity_from_row(row) for row in activity_rows if row["day_id"] == day_row["id"]
            ]
            days.append(day_from_row(day_row, activities))
        return session_from_row(rows[0], days)

    def find(self, id_or_title_prefix: str) -> list[SessionSummary]:
        """Sessions whose id equals, or whose title starts with, the given text."""
        text = id_or_title_prefix.strip()
        matches = [s for s in self.list() if s.id == text]
        if matches:
            return matches
        folded = text.casefold()
        return [s for s in self.list() if s.title.casefold().startswith(folded)]

    # -- writing -------------------------------------------------------------------------

    def create(self, session: Session) -> Session:
        """Store a new session with its days and their activities, all or nothing."""
        _check_session(session)
        now = self._now()
        with self.db.atomic():
            self.db["sessions"].insert(
                {**session_to_row(session), "created_at": now, "updated_at": now}
            )
            days = tuple(self._insert_day(session.id, day, now) for day in session.days)
        return replace(session, days=days, created_at=now, updated_at=now)

    def _insert_day(self, session_id: str, day: SessionDay, now: str) -> SessionDay:
        """The day stored; returned with its activities' times as stored."""
        self.db["session_days"].insert(
            {
                **day_to_row(day),
                "session_id": session_id,
                "created_at": now,
                "updated_at": now,
            }
        )
        activities = tuple(replace(a, created_at=now, updated_at=now) for a in day.activities)
        for position, activity in enumerate(activities):
            self.db["activities"].insert(
                {
                    **activity_to_row(activity),
                    "session_id": session_id,
                    "day_id": day.id,
                    "position": position,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        return replace(day, activities=activities)

    def update_details(self, session: Session, before: Session | None = None) -> Session:
        """Save title, organiser, venue, people, objectives and the list of days.

        Days that disappear go to the trash with their activities; new days are added empty
        (or with the activities they carry). before: the session as the UI read it; then only
        what differs from it is written, and only the days the user removed go, so a day or a
        field someone else changed meanwhile (a merge, an import) stays.
        """
        _check_session(session)
        now = self._now()
        row = session_to_row(session)
        del row["id"]
        values = changed_values(row, session_to_row(before) if before else None)
        with self.db.atomic():
            updated = self.db.execute(
                "UPDATE sessions SET "
                + "".join(f"{column}=?, " for column in values)
                + "updated_at=? WHERE id=?",
                [*values.values(), now, session.id],
            ).rowcount
            if not updated:
                raise NotFoundError(session.id)
            existing = {
                row["id"]
                for row in self.db.query(
                    "SELECT id FROM session_days WHERE session_id=? AND deleted_at IS NULL",
                    [session.id],
                )
            }
            kept = {day.id for day in session.days}
            shown = {day.id for day in before.days} if before else existing
            for gone in (shown - kept) & existing:
                self._trash_day(gone, now)
            read_days = {day.id: day_to_row(day) for day in before.days} if before else {}
            for day in session.days:
                if day.id not in existing:
                    self._insert_day(session.id, day, now)
                    continue
                day_values = changed_values(day_to_row(day), read_days.get(day.id))
                day_values.pop("id", None)
                if day_values:
                    self.db.execute(
                        "UPDATE session_days SET "
                        + "".join(f"{column}=?, " for column in day_values)
                        + "updated_at=? WHERE id=?",
                        [*day_values.values(), now, day.id],
                    )
        return replace(session, updated_at=now)

    def _trash_day(self, day_id: str, now: str) -> None:
        self.db.execute(
            "UPDATE session_days SET deleted_at=?, updated_at=? WHERE id=?", [now, now, day_id]
        )
        self.db.execute(
            "UPDATE activities SET deleted_at=?, updated_at=?"
            " WHERE day_id=? AND deleted_at IS NULL",
            [now, now, day_id],
        )

    def duplicate(self, session_id: str, title: str) -> Session:
        """A full copy with new ids, so the copy can be changed without touching the original."""
        original = self.get(session_id)
        days = tuple(
            replace(
                day,
                id=str(uuid.uuid4()),
                activities=tuple(replace(a, id=str(uuid.uuid4())) for a in day.activities),
            )
            for day in original.days
        )
        copy_of = replace(original, id=str(uuid.uuid4()), title=title, deleted_at=None, days=days)
        return self.create(copy_of)

    def move_to_trash(self, session_id: str) -> None:
        self._set_deleted(session_id, self._now())

    def restore(self, session_id: str) -> None:
        self._set_deleted(session_id, None)

    def _set_deleted(self, session_id: str, deleted_at: str | None) -> None:
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE sessions SET deleted_at=?, updated_at=? WHERE id=?",
                [deleted_at, self._now(), session_id],
            ).rowcount
            if not changed:
                raise NotFoundError(session_id)

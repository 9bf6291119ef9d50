"""Participants of a session: import, add, edit, trash and restore, one transaction each."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.participants import Gender, Participant, validate_participant
from facilitation.validation import RowCheck, check_row
from storage import tolerant
from storage.rows import changed_values
from storage.sessions import NotFoundError

_FIELDS = (
    "number",
    "name",
    "nip",
    "position",
    "institution",
    "gender",
    "phone",
    "email",
    "rank_grade",
    "birth_place",
    "birth_date",
)


def participant_from_row(row: dict) -> Participant:
    return Participant(
        id=row["id"],
        number=row["number"],
        name=row["name"],
        nip=row["nip"],
        position=row["position"],
        institution=row["institution"],
        gender=tolerant.choice(Gender, row["gender"], Gender.UNKNOWN, "participants.gender"),
        phone=row["phone"],
        email=row["email"],
        rank_grade=row.get("rank_grade") or "",
        birth_place=row.get("birth_place") or "",
        birth_date=row.get("birth_date") or "",
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


# The columns of a listed participant in Participant's own field order, so 500 rows are built
# positionally from tuples: no dict per row (sqlite-utils' query) and no keyword matching.
_LISTED = (
    "name, nip, position, institution, gender, phone, email, number, coalesce(rank_grade, ''),"
    " coalesce(birth_place, ''), coalesce(birth_date, ''), id, created_at, updated_at"
)
_GENDERS = Gender._value2member_map_


def _listed(row: tuple) -> Participant:
    gender = _GENDERS.get(row[4])
    if gender is None:
        gender = tolerant.choice(Gender, row[4], Gender.UNKNOWN, "participants.gender")
    return Participant(row[0], row[1], row[2], row[3], gender, *row[5:])


def _to_row(participant: Participant) -> dict:
    row = {name: getattr(participant, name) for name in _FIELDS}
    row["gender"] = str(participant.gender)
    return row


# A stored participant's columns in check_row's order (the id, then _to_row's), for the
# import's RowCheck and its INSERT.
_CHECKED = ("id", *_FIELDS)
_INSERTED = ("id", "session_id", *_FIELDS, "created_at", "updated_at")
_INSERT = (
    f"INSERT INTO participants ({', '.join(_INSERTED)})"
    f" VALUES ({', '.join('?' for _ in _INSERTED)})"
)


def _checked_values(participant: Participant) -> tuple:
    """_CHECKED's values: what _to_row gives, as a tuple."""
    p = participant
    return (
        p.id, p.number, p.name, p.nip, p.position, p.institution, str(p.gender), p.phone,
        p.email, p.rank_grade, p.birth_place, p.birth_date,
    )  # fmt: skip


def _validate(participant: Participant) -> None:
    """The participant's own checks (worded keys), then the row rules every stored row obeys."""
    validate_participant(participant)
    check_row("participants", {"id": participant.id, **_to_row(participant)})


class ParticipantRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    def _touch_session(self, session_id: str, now: str) -> None:
        self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])

    def _require_session(self, session_id: str) -> None:
        if not self.db.execute("SELECT 1 FROM sessions WHERE id=?", [session_id]).fetchone():
            raise NotFoundError(session_id)

    def _next_number(self, session_id: str) -> int:
        row = self.db.execute(
            "SELECT max(number) FROM participants WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()
        return (row[0] or 0) + 1

    # -- reading -------------------------------------------------------------------------------

    def list(self, session_id: str) -> list[Participant]:
        """Everyone on the session's list, in the office's order."""
        return [
            _listed(row)
            for row in self.db.execute(
                f"SELECT {_LISTED} FROM participants WHERE session_id=? AND deleted_at IS NULL"
                " ORDER BY number, name",
                [session_id],
            )
        ]

    def names(self, session_id: str) -> list[tuple[str, str, str]]:
        """(name, id, institution) of everyone on the list, in the list's order: what a note box
        completes, read as three columns instead of 500 whole participants."""
        return self.db.execute(
            "SELECT name, id, institution FROM participants"
            " WHERE session_id=? AND deleted_at IS NULL ORDER BY number, name",
            [session_id],
        ).fetchall()

    def get(self, participant_id: str) -> Participant:
        rows = list(self.db.query("SELECT * FROM participants WHERE id=?", [participant_id]))
        if not rows:
            raise NotFoundError(participant_id)
        return participant_from_row(rows[0])

    def count(self, session_id: str) -> int:
        return self.db.execute(
            "SELECT count(*) FROM participants WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()[0]

    # -- writing -------------------------------------------------------------------------------

    def add(self, session_id: str, participant: Participant) -> Participant:
        """Add one person at the end of the list (or bring a trashed one back, for undo)."""
        _validate(participant)
        now = self._now()
        with self.db.atomic():
            self._require_session(session_id)
            existing = self.db.execute(
                "SELECT session_id FROM participants WHERE id=?", [participant.id]
            ).fetchone()
            if existing:
                self.db.execute(
                    "UPDATE participants SET deleted_at=NULL, updated_at=? WHERE id=?",
                    [now, participant.id],
                )
            else:
                if participant.number <= 0:
                    participant.number = self._next_number(session_id)
                participant.created_at = now
                self.db["participants"].insert(
                    {
                        "id": participant.id,
                        "session_id": session_id,
                        **_to_row(participant),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            self._touch_session(session_id, now)
        participant.updated_at = now
        return participant

    def import_roster(self, session_id: str, participants: Sequence[Participant]) -> list[str]:
        """Add a whole sheet: everyone or, if anything fails, no one. Returns the new ids.

        5,000 rows are checked with one RowCheck (each column's rule found once) and written
        with one executemany of tuples: no dict per row, no sqlite-utils on the hot path."""
        check = RowCheck("participants", _CHECKED)
        for participant in participants:
            validate_participant(participant)
            check(_checked_values(participant))
        now = self._now()
        with self.db.atomic():
            self._require_session(session_id)
            number = self._next_number(session_id)
            rows = []
            for participant in participants:
                participant.number = number
                number += 1
                participant.created_at = participant.updated_at = now
                rows.append(
                    (participant.id, session_id, *_checked_values(participant)[1:], now, now)
                )
            self.db.conn.executemany(_INSERT, rows)
            self._touch_session(session_id, now)
        return [participant.id for participant in participants]

    def update(self, participant: Participant, before: Participant | None = None) -> Participant:
        """Save an edit. before: the person as the UI read them; only the fields that differ
        from it are written, so newer values of the other fields (a merge, an import) stay."""
        _validate(participant)
        now = self._now()
        row = _to_row(participant)
        del row["number"]
        values = changed_values(row, _to_row(before) if before else None)
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE participants SET "
                + "".join(f"{column}=?, " for column in values)
                + "updated_at=? WHERE id=? AND deleted_at IS NULL",
                [*values.values(), now, participant.id],
            ).rowcount
            if not changed:
                raise NotFoundError(participant.id)
            self.db.execute(
                "UPDATE sessions SET updated_at=? WHERE id="
                "(SELECT session_id FROM participants WHERE id=?)",
                [now, participant.id],
            )
        participant.updated_at = now
        return participant

    def move_to_trash(self, participant_ids: Sequence[str]) -> None:
        self._set_deleted(participant_ids, self._now())

    def restore(self, participant_ids: Sequence[str]) -> None:
        self._set_deleted(participant_ids, None)

    def _set_deleted(self, participant_ids: Sequence[str], deleted_at: str | None) -> None:
        now = self._now()
        with self.db.atomic():
            for participant_id in participant_ids:
                changed = self.db.execute(
                    "UPDATE participants SET deleted_at=?, updated_at=? WHERE id=?",
                    [deleted_at, now, participant_id],
                ).rowcount
                if not changed:
                    raise NotFoundError(participant_id)
            if participant_ids:
                self.db.execute(
                    "UPDATE sessions SET updated_at=? WHERE id="
                    "(SELECT session_id FROM participants WHERE id=?)",
                    [now, participant_ids[0]],
                )

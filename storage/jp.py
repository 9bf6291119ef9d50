"""A session's JP settings, the facilitator's per-activity JP decisions and certificate
settings; and the JP each participant earned, read from the agenda, the run and attendance."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

import sqlite_utils

from facilitation.certificates import CertificateSettings, check_settings
from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.jp import JpRules, ParticipantJp, SessionJp, check_rules, session_jp
from facilitation.participants import Participant
from facilitation.run_log import actual_timings
from facilitation.session import Session
from facilitation.validation import check_row
from storage.sessions import NotFoundError, SessionRepository

_NAMESPACE = uuid.UUID("3b0e6f0c-9a51-4d8e-8a52-7f2a1c0d9e41")
_CERTIFICATE_FIELDS = tuple(f.name for f in fields(CertificateSettings))


def _row_id(kind: str, key: str) -> str:
    """The same id on every laptop, so two laptops' settings of one session are one row."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}/{key}"))


class JpRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _require_session(self, session_id: str) -> None:
        if not self.db.execute(
            "SELECT 1 FROM sessions WHERE id=? AND deleted_at IS NULL", [session_id]
        ).fetchone():
            raise NotFoundError(session_id)

    def _touch(self, session_id: str, now: str) -> None:
        self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])

    # -- JP rules ------------------------------------------------------------------------------

    def rules(self, session_id: str) -> JpRules:
        row = self.db.execute(
            "SELECT jp_minutes, min_attendance_percent FROM jp_settings"
            " WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()
        decisions = {
            activity_id: bool(counts)
            for activity_id, counts in self.db.execute(
                "SELECT activity_id, counts FROM activity_jp"
                " WHERE session_id=? AND deleted_at IS NULL",
                [session_id],
            )
        }
        if row is None:
            return JpRules(decisions=decisions)
        try:
            return JpRules(row[0], row[1], decisions)
        except ValueError:  # a damaged row: the defaults, rather than no JP at all
            return JpRules(decisions=decisions)

    def set_settings(self, session_id: str, jp_minutes: int, min_attendance_percent: int) -> None:
        """JpSettingsError when a value is out of range; nothing is changed then."""
        check_rules(jp_minutes, min_attendance_percent)
        now = utc_now_iso(self.clock)
        row = {
            "id": _row_id("jp", session_id),
            "session_id": session_id,
            "jp_minutes": jp_minutes,
            "min_attendance_percent": min_attendance_percent,
        }
        check_row("jp_settings", row)
        with self.db.atomic():
            self._require_session(session_id)
            self.db.execute(
                "INSERT INTO jp_settings (id, session_id, jp_minutes, min_attendance_percent,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(session_id) DO UPDATE"
                " SET jp_minutes=excluded.jp_minutes,"
                " min_attendance_percent=excluded.min_attendance_percent,"
                " updated_at=excluded.updated_at, deleted_at=NULL",
                [*row.values(), now, now],
            )
            self._touch(session_id, now)

    def set_counts(self, activity_id: str, counts: bool | None) -> None:
        """Decide whether an activity counts toward JP; None returns it to its kind's default."""
        now = utc_now_iso(self.clock)
        with self.db.atomic():
            found = self.db.execute(
                "SELECT session_id FROM activities WHERE id=? AND deleted_at IS NULL",
                [activity_id],
            ).fetchone()
            if found is None:
                raise NotFoundError(activity_id)
            session_id = found[0]
            if counts is None:
                self.db.execute(
                    "UPDATE activity_jp SET deleted_at=?, updated_at=? WHERE activity_id=?",
                    [now, now, activity_id],
                )
            else:
                self.db.execute(
                    "INSERT INTO activity_jp (id, session_id, activity_id, counts, created_at,"
                    " updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(activity_id) DO UPDATE"
                    " SET counts=excluded.counts, updated_at=excluded.updated_at,"
                    " deleted_at=NULL",
                    [_row_id("activity", activity_id), session_id, activity_id, int(counts)]
                    + [now, now],
                )
            self._touch(session_id, now)

    # -- certificate settings ------------------------------------------------------------------

    def certificate_settings(self, session_id: str) -> CertificateSettings:
        row = self.db.execute(
            f"SELECT {', '.join(_CERTIFICATE_FIELDS)} FROM certificate_settings"
            " WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()
        return CertificateSettings(*row) if row else CertificateSettings()

    def set_certificate_settings(self, session_id: str, settings: CertificateSettings) -> None:
        """CertificateError (a pattern without {no}, an unknown field...) changes nothing."""
        check_settings(settings)
        values = {name: getattr(settings, name) for name in _CERTIFICATE_FIELDS}
        row = {"id": _row_id("certificate", session_id), "session_id": session_id, **values}
        check_row("certificate_settings", row)
        now = utc_now_iso(self.clock)
        updates = ", ".join(f"{name}=excluded.{name}" for name in _CERTIFICATE_FIELDS)
        with self.db.atomic():
            self._require_session(session_id)
            self.db.execute(
                f"INSERT INTO certificate_settings ({', '.join(row)}, created_at, updated_at)"
                f" VALUES ({', '.join('?' * (len(row) + 2))}) ON CONFLICT(session_id) DO UPDATE"
                f" SET {updates}, updated_at=excluded.updated_at, deleted_at=NULL",
                [*row.values(), now, now],
            )
            self._touch(session_id, now)


# -- reading what each participant earned -----------------------------------------------------


@dataclass(frozen=True)
class JpStanding:
    """The session's JP and each participant's credit, read in one pass."""

    session: Session
    jp: SessionJp
    people: tuple[tuple[Participant, ParticipantJp], ...]
    attendance_taken: bool

    def of(self, participant_id: str) -> ParticipantJp | None:
        for participant, credit in self.people:
            if participant.id == participant_id:
                return credit
        return None


def load_standing(db: sqlite_utils.Database, session_id: str) -> JpStanding:
    from storage.participants import ParticipantRepository
    from storage.run_state import RunRepository

    session = SessionRepository(db).get(session_id)
    rules = JpRepository(db).rules(session_id)
    timings = actual_timings(RunRepository(db).events(session_id))
    jp = session_jp(session, rules, timings)
    participants = ParticipantRepository(db).list(session_id)
    present: dict[str, set[str]] = {}
    day_ids = [day.id for day in session.days]
    if day_ids:
        marks = ",".join("?" * len(day_ids))
        for participant_id, day_id in db.execute(
            f"SELECT participant_id, day_id FROM attendance WHERE present=1"
            f" AND deleted_at IS NULL AND day_id IN ({marks})",
            day_ids,
        ):
            present.setdefault(participant_id, set()).add(day_id)
    taken = bool(present)
    people = tuple(
        (p, jp.credit(present.get(p.id, set()) if taken else None)) for p in participants
    )
    return JpStanding(session, jp, people, taken)

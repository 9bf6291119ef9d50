"""The register of issued certificates: numbers handed out once, revisions, verification.

Every issue is one transaction. A person who already has a certificate of the session keeps
its number: unchanged, the same entry is printed again; corrected (name, NIP or JP changed),
a new revision of the same number is registered. A new number is never one this store has
handed out before: issued_certificate_numbers (which emptying the trash does not touch)
and the whole register (imported laptops' entries too) are both consulted.

The check value is keyed with a secret made once per store (store_facts), never carried in a
bundle: only the laptop that issued a certificate can confirm it.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import sqlite_utils

from facilitation.certificates import (
    CertificateError,
    check_matches,
    check_settings,
    check_value,
    format_number,
    normalise_check,
)
from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.validation import check_row
from storage.jp import JpRepository
from storage.sessions import NotFoundError

SECRET_FACT = "certificate_secret"
_COLUMNS = (
    "id",
    "session_id",
    "participant_id",
    "number",
    "no",
    "revision",
    "check_value",
    "name",
    "nip",
    "jp_minutes",
    "jp_text",
    "issued_on",
    "issuer",
)


@dataclass(frozen=True)
class CertificateSubject:
    """Who a certificate is for, as it will be printed."""

    participant_id: str
    name: str
    nip: str
    jp_minutes: int
    jp_text: str


@dataclass(frozen=True)
class RegisterEntry:
    id: str
    session_id: str
    participant_id: str
    number: str
    no: int
    revision: int
    check_value: str
    name: str
    nip: str
    jp_minutes: int
    jp_text: str
    issued_on: date
    issuer: str


def _entry(row: Sequence) -> RegisterEntry:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["issued_on"] = date.fromisoformat(values["issued_on"])
    return RegisterEntry(**values)


class VerifyStatus(StrEnum):
    VALID = "valid"  # this laptop issued it and it is the current revision
    SUPERSEDED = "superseded"  # genuine, but a corrected revision replaced it
    OTHER_LAPTOP = "other_laptop"  # in a register imported from another laptop
    WRONG_CHECK = "wrong_check"  # the number is known, the check value does not match
    UNKNOWN = "unknown"  # no such number in the register


@dataclass(frozen=True)
class Verification:
    status: VerifyStatus
    entry: RegisterEntry | None = None
    session_title: str = ""
    latest_revision: int | None = None


def store_secret(db: sqlite_utils.Database, clock: Clock | None = None) -> bytes:
    """This store's key for check values, made (inside the caller's transaction) when first
    needed. 32 random bytes from the operating system."""
    row = db.execute("SELECT value FROM store_facts WHERE key=?", [SECRET_FACT]).fetchone()
    if row is None:
        value = secrets.token_hex(32)
        db.execute(
            "INSERT INTO store_facts(key, value, updated_at) VALUES (?, ?, ?)",
            [SECRET_FACT, value, utc_now_iso(clock)],
        )
        return bytes.fromhex(value)
    return bytes.fromhex(row[0])


def _device(db: sqlite_utils.Database) -> str:
    from storage.bundles import device_id

    return device_id(db)


class CertificateRegister:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # -- reading -------------------------------------------------------------------------------

    def entries(self, session_id: str | None = None) -> list[RegisterEntry]:
        """Every registered certificate and revision, in number order."""
        where = "deleted_at IS NULL" + (" AND session_id=?" if session_id else "")
        return [
            _entry(row)
            for row in self.db.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM certificate_register WHERE {where}"
                " ORDER BY no, number, revision",
                [session_id] if session_id else [],
            )
        ]

    def current(self, session_id: str) -> dict[str, RegisterEntry]:
        """participant id -> the latest revision of their certificate in this session."""
        latest: dict[str, RegisterEntry] = {}
        for entry in self.entries(session_id):
            known = latest.get(entry.participant_id)
            if known is None or (entry.revision, entry.issued_on) >= (
                known.revision,
                known.issued_on,
            ):
                latest[entry.participant_id] = entry
        return latest

    # -- issuing -------------------------------------------------------------------------------

    def issue(
        self, session_id: str, subjects: Sequence[CertificateSubject], issued_on: date
    ) -> list[RegisterEntry]:
        """Register (or find) a certificate for each subject; one transaction for them all.
        CertificateError when the session's numbering settings cannot make a number."""
        settings = JpRepository(self.db).certificate_settings(session_id)
        check_settings(settings)
        issued: list[RegisterEntry] = []
        with self.db.atomic():
            if not self.db.execute(
                "SELECT 1 FROM sessions WHERE id=? AND deleted_at IS NULL", [session_id]
            ).fetchone():
                raise NotFoundError(session_id)
            secret = store_secret(self.db, self.clock)
            me = _device(self.db)
            latest = self.current(session_id)
            now = utc_now_iso(self.clock)
            for subject in subjects:
                known = latest.get(subject.participant_id)
                if known is not None and _same(known, subject):
                    issued.append(known)
                    continue
                if known is not None:
                    number, no = known.number, known.no
                    revision = self._last_revision(number) + 1
                else:
                    no, number = self._new_number(settings, issued_on, me)
                    revision = 0
                entry = RegisterEntry(
                    id=str(uuid.uuid4()),
                    session_id=session_id,
                    participant_id=subject.participant_id,
                    number=number,
                    no=no,
                    revision=revision,
                    check_value=check_value(secret, number, revision, subject.name),
                    name=subject.name,
                    nip=subject.nip,
                    jp_minutes=subject.jp_minutes,
                    jp_text=subject.jp_text,
                    issued_on=issued_on,
                    issuer=me,
                )
                self._insert(entry, now)
                latest[subject.participant_id] = entry
                issued.append(entry)
            self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])
        return issued

    def _insert(self, entry: RegisterEntry, now: str) -> None:
        row = {name: getattr(entry, name) for name in _COLUMNS}
        row["issued_on"] = entry.issued_on.isoformat()
        check_row("certificate_register", row)
        self.db["certificate_register"].insert(
            {**row, "created_at": now, "updated_at": now, "deleted_at": None}
        )

    def _last_revision(self, number: str) -> int:
        row = self.db.execute(
            "SELECT max(revision) FROM certificate_register WHERE number=?", [number]
        ).fetchone()
        return row[0] if row and row[0] is not None else -1

    def _new_number(self, settings, issued_on: date, me: str) -> tuple[int, str]:
        """The next running count and its number, past every number ever handed out here."""
        highest = max(
            self.db.execute("SELECT max(no) FROM issued_certificate_numbers").fetchone()[0] or 0,
            self.db.execute(
                "SELECT max(no) FROM certificate_register WHERE issuer=?", [me]
            ).fetchone()[0]
            or 0,
        )
        no = highest + 1
        while True:
            number = format_number(settings.number_pattern, no, settings.org_code, issued_on)
            taken = self.db.execute(
                "SELECT 1 FROM issued_certificate_numbers WHERE number=?"
                " UNION ALL SELECT 1 FROM certificate_register WHERE number=? LIMIT 1",
                [number, number],
            ).fetchone()
            if not taken:
                break
            no += 1
        self.db.execute(
            "INSERT INTO issued_certificate_numbers(number, no, issued_at) VALUES (?,?,?)",
            [number, no, utc_now_iso(self.clock)],
        )
        return no, number

    # -- verifying -----------------------------------------------------------------------------

    def verify(self, number: str, check: str) -> Verification:
        """Is a printed number and check value one of this register's certificates?"""
        number = number.strip()
        rows = [
            _entry(row)
            for row in self.db.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM certificate_register"
                " WHERE number=? AND deleted_at IS NULL ORDER BY revision",
                [number],
            )
        ]
        if not rows:
            return Verification(VerifyStatus.UNKNOWN)
        typed = normalise_check(check)
        me = _device(self.db)
        secret_row = self.db.execute(
            "SELECT value FROM store_facts WHERE key=?", [SECRET_FACT]
        ).fetchone()
        secret = bytes.fromhex(secret_row[0]) if secret_row else None
        latest = max(entry.revision for entry in rows)
        for entry in rows:
            if not check_matches(entry.check_value, typed):
                continue
            title = self._title(entry.session_id)
            if entry.issuer != me or secret is None:
                return Verification(VerifyStatus.OTHER_LAPTOP, entry, title, latest)
            expected = check_value(secret, entry.number, entry.revision, entry.name)
            if not check_matches(expected, typed):
                continue  # a register row this laptop's key did not make
            status = VerifyStatus.VALID if entry.revision == latest else VerifyStatus.SUPERSEDED
            return Verification(status, entry, title, latest)
        return Verification(VerifyStatus.WRONG_CHECK, latest_revision=latest)

    def _title(self, session_id: str) -> str:
        row = self.db.execute("SELECT title FROM sessions WHERE id=?", [session_id]).fetchone()
        return row[0] if row else ""


def _same(entry: RegisterEntry, subject: CertificateSubject) -> bool:
    return (entry.name, entry.nip, entry.jp_minutes) == (
        subject.name,
        subject.nip,
        subject.jp_minutes,
    )


__all__ = [
    "CertificateError",
    "CertificateRegister",
    "CertificateSubject",
    "RegisterEntry",
    "Verification",
    "VerifyStatus",
    "store_secret",
]

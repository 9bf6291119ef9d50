"""The paperwork values a facilitator should type once: the session's honorarium rate and
agency address (paperwork_settings, carried in bundles), the letterhead and logo files chosen
on this laptop for the session (store_facts: a path on this disk means nothing on another),
and what was last used, offered to the next session (store_facts, never carried).

A session that has saved nothing of its own is offered the last used values; saving what a
document or a certificate used makes them the session's and the next session's default."""

from __future__ import annotations

import json
import uuid

import sqlite_utils

from facilitation.certificates import CertificateSettings, check_settings
from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.paperwork import (
    LastUsed,
    LetterheadFiles,
    SessionPaperwork,
    check_files,
    check_paperwork,
)
from facilitation.validation import check_row
from storage.facts import get_fact
from storage.sessions import NotFoundError

LAST_USED_FACT = "paperwork_last_used"
_FILES_FACT = "paperwork_files:"  # + the session's id
_NAMESPACE = uuid.UUID("9d3c2a57-5f0e-4b8e-9a61-2c4e8f1b7d30")


def paperwork_row_id(session_id: str) -> str:
    """The same id on every laptop, so two laptops' values for one session are one row."""
    return str(uuid.uuid5(_NAMESPACE, f"paperwork/{session_id}"))


class PaperworkRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # -- reading -------------------------------------------------------------------------------

    def last_used(self) -> LastUsed:
        try:
            return LastUsed.from_json(json.loads(get_fact(self.db, LAST_USED_FACT) or "{}"))
        except ValueError:
            return LastUsed()

    def own_paperwork(self, session_id: str) -> SessionPaperwork | None:
        row = self.db.execute(
            "SELECT honorarium_rate, address FROM paperwork_settings"
            " WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()
        return SessionPaperwork(int(row[0]), str(row[1])) if row else None

    def paperwork(self, session_id: str) -> SessionPaperwork:
        """The session's own values, else the last used ones."""
        return self.own_paperwork(session_id) or self.last_used().paperwork

    def files(self, session_id: str) -> LetterheadFiles:
        """The letterhead and logo chosen for the session on this laptop, else the last used.
        Files that are gone are still named here: LetterheadFiles.missing() tells."""
        text = get_fact(self.db, _FILES_FACT + session_id)
        if text is None:
            return self.last_used().files
        return LastUsed.from_json({"files": _loads(text)}).files

    def certificate_settings(self, session_id: str) -> CertificateSettings:
        """The session's certificate settings, else the last saved ones (for a new session)."""
        own = self.db.execute(
            "SELECT 1 FROM certificate_settings WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()
        if own:
            from storage.jp import JpRepository

            return JpRepository(self.db).certificate_settings(session_id)
        return self.last_used().certificate

    # -- saving --------------------------------------------------------------------------------

    def save(
        self,
        session_id: str,
        paperwork: SessionPaperwork | None = None,
        files: LetterheadFiles | None = None,
        certificate: CertificateSettings | None = None,
    ) -> None:
        """Make what a document used the session's values and the next session's default,
        in one transaction. PaperworkError or CertificateError for a value the rules refuse
        (nothing is changed); NotFoundError for a session that is gone."""
        if paperwork is not None:
            check_paperwork(paperwork)
            row = {
                "id": paperwork_row_id(session_id),
                "session_id": session_id,
                "honorarium_rate": paperwork.honorarium_rate,
                "address": paperwork.address,
            }
            check_row("paperwork_settings", row)
        if files is not None:
            check_files(files)
        if certificate is not None:
            check_settings(certificate)
        now = utc_now_iso(self.clock)
        with self.db.atomic():
            if not self.db.execute(
                "SELECT 1 FROM sessions WHERE id=? AND deleted_at IS NULL", [session_id]
            ).fetchone():
                raise NotFoundError(session_id)
            last = self.last_used()
            if paperwork is not None and paperwork != self.own_paperwork(session_id):
                self.db.execute(
                    "INSERT INTO paperwork_settings (id, session_id, honorarium_rate, address,"
                    " created_at, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(session_id) DO"
                    " UPDATE SET honorarium_rate=excluded.honorarium_rate,"
                    " address=excluded.address, updated_at=excluded.updated_at,"
                    " deleted_at=NULL",
                    [*row.values(), now, now],
                )
                self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])
            files_text = json.dumps(LastUsed(files=files).to_json()["files"]) if files else ""
            if files is not None and files_text != get_fact(self.db, _FILES_FACT + session_id):
                self._set_fact(_FILES_FACT + session_id, files_text, now)
            remembered = LastUsed(
                _kept(paperwork, last.paperwork),
                files if files is not None else last.files,
                certificate if certificate is not None else last.certificate,
            )
            if remembered != last:
                self._set_fact(LAST_USED_FACT, json.dumps(remembered.to_json()), now)

    def _set_fact(self, key: str, value: str, now: str) -> None:
        self.db.execute(
            "INSERT INTO store_facts(key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at",
            [key, value, now],
        )


def forget_files(db: sqlite_utils.Database, sessions: str) -> None:
    """Forget the letterhead and logo paths chosen for the sessions the query sessions selects
    (their ids), inside the caller's transaction: only the store's note of them, never the
    files themselves. The last used values (a suggestion for any session) stay."""
    db.execute(
        f"DELETE FROM store_facts WHERE key IN (SELECT ? || id FROM ({sessions}))", [_FILES_FACT]
    )


def _kept(used: SessionPaperwork | None, last: SessionPaperwork) -> SessionPaperwork:
    """An empty value (a rate of 0, no address) never erases the one remembered."""
    if used is None:
        return last
    return SessionPaperwork(
        used.honorarium_rate or last.honorarium_rate, used.address or last.address
    )


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None

"""Issuing a session's certificates and gathering what their pages print.

Only participants who completed (facilitation/jp.py) get one. Issuing registers the numbers
(storage/certificates.py) in one transaction; the pages are then built from the register's
entries, so a printed page always says what the register holds.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils

from facilitation.documents.certificates import CertificateBatch, CertificatePerson
from facilitation.documents.report.flow import check_image
from facilitation.jp import jp_text
from storage.certificates import CertificateRegister, CertificateSubject, RegisterEntry
from storage.jp import JpRepository, JpStanding, load_standing
from storage.paperwork import PaperworkRepository


class NoOneCompletedError(LookupError):
    """No participant of the session has completed it (or attendance was never taken)."""


def completing_subjects(
    standing: JpStanding, only: Collection[str] | None = None
) -> list[CertificateSubject]:
    jp_minutes = standing.jp.rules.jp_minutes
    subjects = []
    for participant, credit in standing.people:
        if not credit.completed or credit.credited_minutes is None:
            continue
        if only is not None and participant.id not in only:
            continue
        subjects.append(
            CertificateSubject(
                participant_id=participant.id,
                name=participant.name,
                nip=participant.nip,
                jp_minutes=credit.credited_minutes,
                jp_text=jp_text(credit.credited_minutes, jp_minutes, decimal_comma=False),
            )
        )
    return subjects


def person_on_certificate(row: Mapping, entry: RegisterEntry, lang: str) -> CertificatePerson:
    """A page's person from their participants row (rank/grade when the roster has it) and
    their register entry (number, revision, check value, name and JP as registered)."""
    jp = entry.jp_text.replace(".", ",") if lang == "id" else entry.jp_text
    return CertificatePerson(
        number=entry.number,
        revision=entry.revision,
        check=entry.check_value,
        name=entry.name,
        nip=entry.nip,
        rank_grade=str(row.get("rank_grade") or ""),
        position=str(row.get("position") or ""),
        institution=str(row.get("institution") or ""),
        jp_text=jp,
    )


@dataclass(frozen=True)
class IssuedCertificates:
    batch: CertificateBatch
    entries: tuple[RegisterEntry, ...]


def issue_certificates(
    db: sqlite_utils.Database,
    session_id: str,
    lang: str,
    issued_on: date,
    kop: Path | None = None,
    logo: Path | None = None,
    only: Collection[str] | None = None,
) -> IssuedCertificates:
    """Register a certificate for every completing participant (or those of only) and
    gather their pages. NoOneCompletedError when there is no one to certify;
    CertificateError for numbering settings that cannot make a number; ReportImageError for
    a letterhead or logo that cannot be used (checked before anything is registered)."""
    kop_image = check_image(kop) if kop else None
    logo_image = check_image(logo) if logo else None
    standing = load_standing(db, session_id)
    subjects = completing_subjects(standing, only)
    if not subjects:
        raise NoOneCompletedError(session_id)
    entries = CertificateRegister(db).issue(session_id, subjects, issued_on)
    rows = {
        row["id"]: row
        for row in db.query("SELECT * FROM participants WHERE session_id=?", [session_id])
    }
    people = tuple(
        person_on_certificate(rows.get(entry.participant_id, {}), entry, lang) for entry in entries
    )
    settings = JpRepository(db).certificate_settings(session_id)
    session = standing.session
    batch = CertificateBatch(
        training_title=session.title,
        organiser=session.organiser,
        venue=session.venue,
        days=tuple(sorted(day.date for day in session.days)),
        issuing_institution=settings.institution or session.organiser,
        place=settings.place or session.venue,
        signed_on=issued_on,
        signatory_name=settings.signatory_name,
        signatory_position=settings.signatory_position,
        signatory_nip=settings.signatory_nip,
        people=people,
        lang=lang,
        kop=kop_image,
        logo=logo_image,
        address=own.address if (own := PaperworkRepository(db).own_paperwork(session_id)) else "",
    )
    return IssuedCertificates(batch, tuple(entries))

"""Gathering the official documents' data: the session report's data plus the paperwork's
own tables (storage/official.py)."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from facilitation.documents.official.data import (
    OfficialData,
    PhotoLine,
    PresenterLine,
    Signatory,
)
from facilitation.official import jp_minutes, jp_taught
from facilitation.session import Session
from storage.jp import JpRepository
from storage.official import OfficialRepository
from storage.paperwork import PaperworkRepository
from storage.report_source import load_report_data


def session_settings(db: sqlite_utils.Database, session_id: str) -> dict[str, object]:
    """The session's settings the paperwork reads (only `jp_minutes`, the JP setting of the
    People page's JP tab; 45 when the session never set it)."""
    return {"jp_minutes": JpRepository(db).rules(session_id).jp_minutes}


def load_official_data(db: sqlite_utils.Database, session_id: str) -> OfficialData:
    report = load_report_data(db, session_id)
    session = report.session
    repository = OfficialRepository(db)
    minutes = jp_minutes(session_settings(db, session_id))
    order = [activity.id for day in session.days for activity in day.activities]
    titles = report.activity_titles
    presenters = []
    for presenter in repository.presenters(session_id):
        led = sorted((a for a in presenter.activity_ids if a in titles), key=order.index)
        presenters.append(
            PresenterLine(
                name=presenter.name,
                role=presenter.role,
                nip=presenter.nip,
                position=presenter.position,
                institution=presenter.institution,
                activities=tuple(titles[a] for a in led),
                jp=jp_taught(session, led, minutes),
                activity_ids=tuple(led),
            )
        )
    photos = [
        PhotoLine(titles.get(p.activity_id, ""), p.caption, p.jpeg, p.width, p.height)
        for p in sorted(
            repository.photos(session_id),
            key=lambda p: (
                order.index(p.activity_id) if p.activity_id in order else len(order),
                p.position,
            ),
        )
    ]
    return OfficialData(
        report=report,
        texts=repository.section_texts(session_id),
        presenters=presenters,
        photos=photos,
        jp_minutes=minutes,
        signatory=_signatory(db, session_id),
        present_by_day=present_by_day(db, session),
        address=own.address if (own := PaperworkRepository(db).own_paperwork(session_id)) else "",
    )


def present_by_day(db: sqlite_utils.Database, session: Session) -> dict[date, int]:
    """Registered participants checked in on each day, for a day's berita acara; only when
    attendance was taken at all (else the documents say it was not)."""
    counts = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT a.day_id, COUNT(*) FROM attendance a JOIN participants p"
            " ON p.id = a.participant_id AND p.deleted_at IS NULL"
            " WHERE p.session_id=? AND a.deleted_at IS NULL AND a.present=1 GROUP BY a.day_id",
            [session.id],
        )
    }
    if not counts:
        return {}
    return {day.date: counts.get(day.id, 0) for day in session.days}


def _signatory(db: sqlite_utils.Database, session_id: str) -> Signatory:
    """The certificates' signatory signs the approval page and the berita acara too."""
    settings = JpRepository(db).certificate_settings(session_id)
    return Signatory(settings.signatory_name, settings.signatory_position, settings.signatory_nip)


def captured_decisions(db: sqlite_utils.Database, session_id: str) -> list[str]:
    """The decisions noted during the session, in the order they were taken: offered as the
    start of the conclusions."""
    return [
        row["text"]
        for row in db.query(
            "SELECT text FROM notes WHERE session_id=? AND kind='decision'"
            " AND deleted_at IS NULL ORDER BY created_at LIMIT 200",
            [session_id],
        )
    ]

"""The JP part of the session report, read from the agenda, the run, attendance and the
certificate register (one reader of storage/report_source.py's list)."""

from __future__ import annotations

import sqlite_utils

from facilitation.documents.report.data import SessionReportData
from facilitation.documents.report.jp_data import JpDayLine, JpPersonLine, JpSummary, RegisterLine
from storage.certificates import CertificateRegister
from storage.jp import load_standing


def read_jp(db: sqlite_utils.Database, data: SessionReportData) -> None:
    standing = load_standing(db, data.session.id)
    register = CertificateRegister(db)
    current = register.current(data.session.id)
    people = []
    for index, (participant, credit) in enumerate(standing.people, start=1):
        entry = current.get(participant.id)
        people.append(
            JpPersonLine(
                number=participant.number or index,
                name=participant.name,
                nip=participant.nip,
                credited_minutes=credit.credited_minutes,
                attendance_percent=credit.attendance_percent,
                completed=credit.completed,
                certificate=entry.number if entry else "",
                revision=entry.revision if entry else 0,
            )
        )
    days = tuple(
        JpDayLine(day.date, day.planned_minutes, day.delivered_minutes) for day in standing.jp.days
    )
    lines = tuple(
        RegisterLine(e.number, e.revision, e.name, e.nip, e.jp_text, e.issued_on, e.check_value)
        for e in register.entries(data.session.id)
    )
    rules = standing.jp.rules
    data.jp = JpSummary(rules.jp_minutes, rules.min_attendance_percent, days, tuple(people), lines)

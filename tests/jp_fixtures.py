"""A two-day training with five participants and their attendance, for the JP and
certificate tests of every layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from facilitation.activity import Activity, ActivityKind
from facilitation.certificates import CertificateSettings
from facilitation.participants import Participant
from facilitation.session import Session, SessionDay
from storage.attendance import AttendanceRepository
from storage.jp import JpRepository
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository

NAMES = (
    ("Siti Rahmawati, S.Sos.", "197803122005012002"),
    ("Budi Santoso", "198001012006041001"),
    ("Made Ayu Lestari", ""),
    ("Yohanes Pattiasina", "199002022015031003"),
    ("Nur Aini", ""),
)


@dataclass
class JpSession:
    session: Session
    people: list[Participant]

    @property
    def day_ids(self) -> list[str]:
        return [day.id for day in self.session.days]


def make_jp_session(db: sqlite_utils.Database, title: str = "Pelatihan Budaya Kerja") -> JpSession:
    """Day one: 225 minutes of JP (opening and break left out), day two: 135. Siti and Budi
    were there both days, Made only on day one, Yohanes only on day two, Nur never."""
    session = Session(
        title=title,
        organiser="BPSDM Provinsi Maluku",
        venue="Aula Kantor Gubernur, Ambon",
        days=[
            SessionDay(
                date=date(2026, 3, 10),
                activities=[
                    Activity("Pembukaan", ActivityKind.OPENING, 30),
                    Activity("Ceramah budaya kerja", ActivityKind.LECTURE, 90),
                    Activity("Rehat kopi", ActivityKind.BREAK, 15),
                    Activity("Diskusi kelompok", ActivityKind.GROUP_DISCUSSION, 135),
                ],
            ),
            SessionDay(
                date=date(2026, 3, 11),
                activities=[
                    Activity("Bermain peran", ActivityKind.ROLE_PLAY, 90),
                    Activity("Pleno", ActivityKind.PLENARY, 45),
                    Activity("Penutupan", ActivityKind.CLOSING, 30),
                ],
            ),
        ],
    )
    session = SessionRepository(db).create(session)
    participants = ParticipantRepository(db)
    people = [
        participants.add(
            session.id,
            Participant(name=name, nip=nip, position="Analis", institution="Dinas Kominfo"),
        )
        for name, nip in NAMES
    ]
    attendance = AttendanceRepository(db)
    day1, day2 = (day.id for day in session.days)
    for person, days in zip(people, ([day1, day2], [day1, day2], [day1], [day2], []), strict=True):
        for day in days:
            attendance.set_present(person.id, day, True)
    JpRepository(db).set_certificate_settings(
        session.id,
        CertificateSettings(
            org_code="BPSDM",
            institution="Pemerintah Provinsi Maluku",
            signatory_name="Dr. Ir. Hendrik Latuheru, M.Si.",
            signatory_position="Kepala BPSDM Provinsi Maluku",
            signatory_nip="196805051990031004",
        ),
    )
    return JpSession(session, people)

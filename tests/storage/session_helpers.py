"""Sessions with every field filled (hostile text included), a clock the test moves, and
ways to compare a whole store before and after, for the SessionRepository tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from facilitation.activity import Activity, ActivityKind, Grouping
from facilitation.session import ReportLanguage, Session, SessionDay

START = datetime(2025, 3, 1, 8, 30, 0, 123456, tzinfo=UTC)

TRICKY = "Ibu Siti 🌱 <b>&amp;</b> & \"kutip\" 'tunggal' — é e\u0301 ß 漢字 \u200b\t\r\nakhir  "


class FakeClock:
    """A clock the test moves by hand (the Clock protocol: now() and monotonic())."""

    def __init__(self, start: datetime = START) -> None:
        self.moment = start
        self.seconds = 1000.0

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, **delta: float) -> str:
        step = timedelta(**delta)
        self.moment += step
        self.seconds += step.total_seconds()
        return iso(self.moment)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def dump(db) -> list[str]:
    """Everything in the file, as SQL text, to compare before/after an operation."""
    return [
        *db.conn.iterdump(),
        f"user_version={db.execute('PRAGMA user_version').fetchone()[0]}",
    ]


def make_activity(title: str, minutes: int = 30, **extra) -> Activity:
    return Activity(title=title, kind=ActivityKind.LECTURE, planned_minutes=minutes, **extra)


def make_session(title: str = "Pelatihan Budaya Kerja", **extra) -> Session:
    days = extra.pop(
        "days",
        [
            SessionDay(
                date=date(2025, 3, 10),
                start=time(8, 0),
                end=time(16, 30),
                activities=[
                    Activity(
                        title="Pembukaan 🎉 <b>&</b>",
                        kind=ActivityKind.OPENING,
                        planned_minutes=15,
                        instructions=TRICKY,
                        guiding_questions=["Apa harapan Anda? 🤔", "<i>&nbsp;</i>", ""],
                        materials="Spidol & kertas plano\nproyektor",
                        grouping=Grouping.WHOLE_ROOM,
                        method_key="opening_circle",
                    ),
                    Activity(
                        title="Diskusi kelompok",
                        kind=ActivityKind.GROUP_DISCUSSION,
                        planned_minutes=90,
                        grouping=Grouping.GROUPS,
                    ),
                ],
            ),
            SessionDay(
                date=date(2025, 3, 11),
                start=time(9, 15),
                end=time(15, 45),
                activities=[
                    Activity(
                        title="Bermain peran ✨",
                        kind=ActivityKind.ROLE_PLAY,
                        planned_minutes=60,
                        grouping=Grouping.PAIRS,
                        instructions="Langkah 1 < langkah 2 && 3 > 2",
                    ),
                    make_activity("Istirahat", 15),
                    make_activity("Refleksi", 0),
                ],
            ),
        ],
    )
    return Session(
        title=title,
        organiser=extra.pop("organiser", "Dinas Kesehatan — Kab. Sleman <b>&</b>"),
        venue=extra.pop("venue", "Aula 'Merapi' 🏔️"),
        days=days,
        facilitators=extra.pop("facilitators", ["Ibu Siti 🌱", "Pak Budi & <i>tim</i>"]),
        objectives=extra.pop("objectives", [TRICKY, "Memahami nilai 'jujur' & \"adil\""]),
        report_language=extra.pop("report_language", ReportLanguage.ENGLISH),
        **extra,
    )


def all_ids(db) -> list[str]:
    ids = []
    for table in ("sessions", "session_days", "activities"):
        ids += [row[0] for row in db.execute(f"SELECT id FROM {table}")]
    return ids


def assert_uuid(value: str) -> None:
    parsed = uuid.UUID(value)
    assert str(parsed) == value
    assert parsed.version == 4

"""A berita acara for one day of a multi-day session: that day's date, activities,
facilitators and attendance only, in both languages; the whole session as before."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from pypdf import PdfReader

from facilitation.documents.official.berita_acara import one_day, write_berita_acara
from facilitation.documents.official.data import OfficialData, PresenterLine
from facilitation.documents.report.data import (
    AgendaLine,
    AttendanceSummary,
    PersonLine,
    ReportDay,
    SessionReportData,
)
from facilitation.documents.report.pdf import ReportOptions
from facilitation.official import PresenterRole
from facilitation.session import Session, SessionDay

DAYS = (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))
TITLES = ("Kontrak belajar", "Studi kasus pelayanan", "Rencana tindak lanjut")


def _three_days() -> OfficialData:
    session = Session(
        title="Pelatihan Pelayanan Publik",
        organiser="BKPSDM Kabupaten Sleman",
        venue="Aula Lt. 2",
        days=[SessionDay(day) for day in DAYS],
        facilitators=["Dra. Sri Lestari"],
    )
    days = [
        ReportDay(
            day,
            time(8),
            time(15 + n),
            (AgendaLine(f"a{n}", title, "discussion", time(8), time(9, 30), 90),),
        )
        for n, (day, title) in enumerate(zip(DAYS, TITLES, strict=True))
    ]
    people = tuple(PersonLine(n, f"Peserta {n}", present_days=1 + n % 3) for n in range(1, 21))
    report = SessionReportData(
        session=session, days=days, attendance=AttendanceSummary(people, (), True)
    )
    return OfficialData(
        report=report,
        presenters=[
            PresenterLine("Dra. Sri Lestari", PresenterRole.FACILITATOR, activity_ids=("a0",)),
            PresenterLine(
                "Ir. Bambang Wijaya", PresenterRole.RESOURCE_PERSON, activity_ids=("a1",)
            ),
            PresenterLine("Dr. Citra Ayu", PresenterRole.RESOURCE_PERSON, activity_ids=("a2",)),
        ],
        present_by_day={DAYS[0]: 20, DAYS[1]: 17, DAYS[2]: 13},
    )


def _read(data: OfficialData, lang: str, day: date | None = None) -> tuple[str, int]:
    buffer = io.BytesIO()
    write_berita_acara(data, ReportOptions(lang=lang), buffer, day)
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    return "\n".join(page.extract_text() for page in pages), len(pages)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_days_berita_acara_tells_that_day_only(lang):
    read, pages = _read(_three_days(), lang, DAYS[1])
    flat = read.replace("\n", " ")
    assert pages == 1
    assert ("Selasa, 3 Maret 2026" if lang == "id" else "Tuesday, 3 March 2026") in flat
    assert ("Hari ke-2 dari 3" if lang == "id" else "Day 2 of 3") in flat
    for other in ("Senin, 2 Maret 2026", "Rabu, 4 Maret 2026", "Monday, 2", "Wednesday, 4"):
        assert other not in flat
    assert "Studi kasus pelayanan" in flat
    assert "Kontrak belajar" not in flat and "Rencana tindak lanjut" not in flat
    assert "Ir. Bambang Wijaya" in flat
    assert "Dra. Sri Lestari" not in flat and "Dr. Citra Ayu" not in flat
    assert ("Peserta hadir hari ini 17 orang" if lang == "id" else "present that day 17") in flat
    assert ("Peserta terdaftar 20 orang" if lang == "id" else "Registered participants 20") in flat
    assert "16.00" in flat or "16:00" in flat  # that day's end, not the last day's


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_whole_session_berita_acara_covers_every_day_as_before(lang):
    read, pages = _read(_three_days(), lang)
    flat = read.replace("\n", " ")
    assert pages == 1
    assert (
        "Senin, 2 Maret 2026 – Rabu, 4 Maret 2026" if lang == "id" else "Monday, 2 March"
    ) in flat
    assert all(title in flat for title in TITLES)
    assert "Hari ke-" not in flat and "Day 1 of" not in flat
    # present on any day: all 20 (each was present at least one day)
    assert ("Peserta hadir 20 orang" if lang == "id" else "Participants present 20") in flat


def test_a_day_without_attendance_taken_says_so():
    data = _three_days()
    data.present_by_day = {}
    read, _pages = _read(data, "id", DAYS[0])
    assert "kehadiran belum dicatat" in read.replace("\n", " ")


def test_a_day_no_one_led_falls_back_to_the_sessions_facilitators():
    data = _three_days()
    narrowed, scope = one_day(data, DAYS[2])
    assert [p.name for p in narrowed.presenters] == ["Dr. Citra Ayu"]
    assert (scope.number, scope.of, scope.present) == (3, 3, 13)
    data.presenters = data.presenters[:1]
    read, _pages = _read(data, "id", DAYS[2])
    assert "Dra. Sri Lestari" in read  # the session's facilitator signs


def test_a_one_day_session_chosen_by_day_has_no_day_count():
    data = _three_days()
    data.report.days = data.report.days[:1]
    read, _pages = _read(data, "en", DAYS[0])
    assert "Day 1 of 1" not in read and "Monday, 2 March 2026" in read


@pytest.mark.attack("official-report")
def test_a_day_the_session_does_not_have_is_refused_before_anything_is_drawn():
    buffer = io.BytesIO()
    with pytest.raises(ValueError, match="day_not_in_session"):
        write_berita_acara(_three_days(), ReportOptions(lang="id"), buffer, date(2026, 3, 9))
    assert buffer.getvalue() == b""


@pytest.mark.attack("redaction leaks")
def test_a_redacted_days_berita_acara_still_finds_its_presenters():
    data = _three_days()
    data.presenters[1] = PresenterLine(
        "Ir. Bambang Wijaya",
        PresenterRole.RESOURCE_PERSON,
        nip="198001012005011001",
        activity_ids=("a1",),
    )
    buffer = io.BytesIO()
    write_berita_acara(data, ReportOptions(lang="id", redact=True), buffer, DAYS[1])
    read = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Ir. Bambang Wijaya" in read and "198001012005011001" not in read

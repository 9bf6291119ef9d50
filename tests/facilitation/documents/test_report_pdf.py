"""The session report PDF: what an office reads in it, in both languages, whatever was typed."""

from __future__ import annotations

import io
import time as clock
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from facilitation.documents.report.data import NoteLine, ReportDay, SessionReportData
from facilitation.documents.report.flow import ReportImageError, check_image
from facilitation.documents.report.pdf import ReportOptions, save_report, write_report
from facilitation.session import Session, SessionDay
from storage.database import open_store
from storage.report_source import load_report_data
from tests.report_fixtures import fill_day, sample_session

HOSTILE = (
    '<img src="/etc/passwd"/> & <font size=40>besar</font>',
    "<b>tebal?</b> &amp; &lt; <para> </para> <br/> ]]>",
    "Tabel \"kutip\" 'tunggal' — ≥ 5 ★ 😀",
)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _render(data: SessionReportData, **options) -> bytes:
    buffer = io.BytesIO()
    write_report(data, ReportOptions(**options), buffer)
    return buffer.getvalue()


def _bare(title: str = "Rapat Internalisasi BerAKHLAK", notes=()) -> SessionReportData:
    session = Session(
        title=title,
        organiser="Sekretariat Daerah",
        venue="Ruang Rapat Lt. 3",
        days=[SessionDay(date(2022, 3, 23))],
        facilitators=["Dra. Sri Lestari"],
    )
    day = ReportDay(date(2022, 3, 23), time(8, 0), time(16, 0), ())
    return SessionReportData(session=session, days=[day], notes=list(notes))


@pytest.fixture
def filled(data_dir: Path):
    opened = open_store(data_dir)
    session = sample_session(opened.db)
    fill_day(opened.db, session)
    yield opened.db, session
    opened.db.close()


def test_hostile_markup_prints_literally():
    notes = [NoteLine(text=text, kind="idea", activity_id=None) for text in HOSTILE]
    text = _text(_render(_bare("Judul <i>miring</i> & co", notes)))
    assert "Judul <i>miring</i> & co" in text
    for hostile in HOSTILE[:2]:
        assert hostile in text
    assert "Tabel \"kutip\" 'tunggal' — ≥ 5 ★" in text


def test_indonesian_and_arabic_text_round_trip():
    notes = [
        NoteLine(text=t, kind="quote", activity_id=None)
        for t in ("Pelayanan prima, bersih dari KKN: ‘amanah’ – Tiếng Việt ñ", "السلام عليكم")
    ]
    pdf = _render(_bare(notes=notes), lang="id")
    text = _text(pdf)
    assert "Rabu, 23 Maret 2022" in text
    assert "Pelayanan prima, bersih dari KKN: ‘amanah’ – Tiếng Việt ñ" in text
    # DejaVu has Arabic letters; without a shaping engine they are drawn unjoined, but every
    # letter is in the file (the extractor may give them in either direction).
    arabic = next(line for line in text.splitlines() if "ل" in line)
    letters = [ch for ch in arabic if "\u0600" <= ch <= "\u06ff"]
    assert sorted(letters) == sorted("السلامعليكم")
    assert "★" in _text(_render(_bare(notes=[NoteLine("x", "idea", None, starred=True)])))


def test_cjk_without_glyphs_does_not_break_the_line():
    # DejaVu Sans has no CJK glyphs: they print as blanks, the Latin around them survives.
    note = NoteLine(text="Awal 你好世界 akhir", kind="idea", activity_id=None)
    text = _text(_render(_bare(notes=[note])))
    assert "Awal" in text and "akhir" in text


def test_a_one_megabyte_note_renders_quickly():
    words = ("pelayanan prima bersih dari KKN " * 40_000)[: 1024 * 1024 - 20]
    note = NoteLine(text="MULAI " + words + " SELESAI", kind="idea", activity_id=None)
    unbroken = NoteLine(text="x" * 200_000, kind="idea", activity_id=None)
    started = clock.perf_counter()
    pdf = _render(_bare(notes=[note, unbroken]))
    assert clock.perf_counter() - started < 30
    text = _text(pdf)
    assert "MULAI" in text and "SELESAI" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 100


def test_the_sample_day_report_has_every_section_and_page_numbers(filled, tmp_path):
    db, session = filled
    target = tmp_path / "laporan.pdf"
    save_report(load_report_data(db, session.id), ReportOptions(lang="id"), target)
    text = _text(target.read_bytes())
    pages = len(PdfReader(target).pages)
    for heading in (
        "LAPORAN KEGIATAN",
        "Agenda: Rencana dan Pelaksanaan",
        "Kehadiran",
        "Peserta per instansi",
        "Kelompok",
        "Hasil Kegiatan",
        "Rencana Kerja",
        "Komitmen Bersama",
        "Hasil Pemungutan Suara",
        "Evaluasi",
        "Pengesahan",
        "Rabu, 23 Maret 2022",
        f"Halaman {pages} dari {pages}",
    ):
        assert heading in text, heading
    assert "dilewati" in text  # the skipped activity
    assert not list(tmp_path.glob("*.part"))


def test_english_report_and_sections_absent_without_data(data_dir):
    opened = open_store(data_dir)
    session = sample_session(opened.db, "en")
    text = _text(_render(load_report_data(opened.db, session.id), lang="en"))
    assert "Wednesday, 23 March 2022" in text and "Agenda" in text and "Page 1 of" in text
    for absent in (
        "Attendance",
        "What Each Activity Produced",
        "Work Plans",
        "Evaluation",
        "Planned and Actual",
    ):
        assert absent not in text
    opened.db.close()


def test_redaction_leaves_out_nip_from_the_report(filled):
    db, session = filled
    data = load_report_data(db, session.id)
    nip = data.attendance.people[0].nip
    assert nip in _text(_render(data))
    redacted = _text(_render(data, redact=True))
    assert nip not in redacted and "perlindungan data pribadi" in redacted


def test_letterhead_must_be_a_real_local_image(tmp_path):
    png = tmp_path / "kop.png"
    Image.new("RGB", (1600, 260), "navy").save(png)
    assert check_image(png).width == 1600
    fake = tmp_path / "fake.png"
    fake.write_text("<svg/>")
    broken = tmp_path / "broken.png"
    broken.write_bytes(png.read_bytes()[:40])
    for path, key in (
        (Path("https://example.com/kop.png"), "image_not_a_file"),
        (tmp_path / "missing.png", "image_not_a_file"),
        (fake, "image_not_png_or_jpeg"),
        (broken, "image_unreadable"),
    ):
        with pytest.raises(ReportImageError) as error:
            check_image(path)
        assert error.value.key == key


def test_letterhead_and_logo_appear_on_the_cover(tmp_path):
    kop, logo = tmp_path / "kop.jpg", tmp_path / "logo.png"
    Image.new("RGB", (1600, 260), "darkgreen").save(kop)
    Image.new("RGBA", (300, 300), "gold").save(logo)
    pdf = _render(_bare(), kop_image=kop, logo_image=logo)
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 2

"""The daftar hadir and group cards, read back from the PDF: headings in the right language,
every person, and user text printed literally (markup is text, not formatting)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from facilitation.documents.attendance_sheet import SheetHeading, write_attendance_sheet
from facilitation.documents.fonts import has_glyph
from facilitation.documents.group_cards import CardGroup, CardLayout, CardMember, write_group_cards
from facilitation.participants import Participant
from tests.roster_fixtures import fake_roster

HEADING = SheetHeading(
    "Pelatihan <Budaya> & Kinerja",
    date(2022, 3, 23),
    venue="Wisma Dharmais Pengasih",
    organiser="Puslatbang KDOD",
    day_number=1,
    day_count=2,
)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def roster() -> list[Participant]:
    return [
        Participant(
            row["Nama Lengkap"],
            nip=row["NIP"],
            position=row["Jabatan"],
            institution=row["Unit Kerja / Instansi"],
        )
        for row in fake_roster()
    ]


def test_daftar_hadir_in_indonesian_lists_everyone_with_the_heading() -> None:
    people = roster()
    people[0].name = "<b>&</b> Nur ☺"
    people[0].position = "<img src=x>"
    buffer = io.BytesIO()
    write_attendance_sheet(buffer, HEADING, people, "id")
    text = pdf_text(buffer.getvalue())
    assert "DAFTAR HADIR" in text
    assert "Pelatihan <Budaya> & Kinerja" in text
    assert "Rabu, 23 Maret 2022" in text and "Hari ke-1 dari 2" in text
    assert "Wisma Dharmais Pengasih" in text and "Puslatbang KDOD" in text
    assert "Tanda Tangan" in text and "NIP" in text
    assert "<b>&</b> Nur ☺" in text and "<img src=x>" in text
    assert has_glyph("☺")
    for person in people[1:]:
        assert person.nip in text
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) >= 2  # 60 rows: the header repeats
    assert text.count("Tanda Tangan") >= 2


def test_the_attendance_list_in_english(tmp_path) -> None:
    path = tmp_path / "attendance.pdf"
    write_attendance_sheet(path, HEADING, roster()[:3], "en")
    text = pdf_text(path.read_bytes())
    assert "ATTENDANCE LIST" in text and "Signature" in text
    assert "Wednesday, 23 March 2022" in text
    assert "DAFTAR HADIR" not in text


def test_an_empty_list_still_prints_a_sheet() -> None:
    buffer = io.BytesIO()
    write_attendance_sheet(buffer, HEADING, [], "id")
    assert "Belum ada peserta." in pdf_text(buffer.getvalue())


def test_group_cards_one_page_per_group_and_as_a_list() -> None:
    groups = [
        CardGroup("Akuntabel", [CardMember("Dewi <Lestari>", "Pemkab Berau & Co")]),
        CardGroup("Kompeten", [CardMember("Budi", "Pemkot Tarakan"), CardMember("Ani", "")]),
    ]
    buffer = io.BytesIO()
    write_group_cards(buffer, "Bimtek", groups, "id", CardLayout.PAGE_PER_GROUP, "Diskusi")
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == 2
    assert "Akuntabel" in reader.pages[0].extract_text()
    assert "Dewi <Lestari>" in reader.pages[0].extract_text()
    assert "Pemkab Berau & Co" in reader.pages[0].extract_text()
    assert "2 anggota" in reader.pages[1].extract_text()
    listed = io.BytesIO()
    write_group_cards(listed, "Bimtek", groups, "en", CardLayout.LIST)
    text = pdf_text(listed.getvalue())
    assert len(PdfReader(io.BytesIO(listed.getvalue())).pages) == 1
    assert "Akuntabel" in text and "Kompeten" in text and "2 members" in text

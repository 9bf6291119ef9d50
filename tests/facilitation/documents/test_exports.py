"""XLSX and CSV tables the office files, with personal data left out when asked."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitation.documents.spreadsheets import (
    EXCEL_CELL_LIMIT,
    sheet_tables,
    write_csv_folder,
    write_xlsx,
)
from facilitation.notes import Note
from facilitation.redaction import scrub
from storage.database import open_store
from storage.notes import NoteRepository
from storage.report_source import load_report_data
from tests.report_fixtures import fill_day, sample_session


@pytest.fixture
def day(data_dir: Path):
    opened = open_store(data_dir)
    session = sample_session(opened.db, "en")
    fill_day(opened.db, session, people=12, notes_per_activity=2)
    notes = NoteRepository(opened.db)
    for text in (
        '=HYPERLINK("http://x")',
        "Hubungi 0812-3456-7890 atau budi@contoh.go.id",
        "NIP 19780312 200501 1 002 hadir",
        "y" * (EXCEL_CELL_LIMIT + 10),
    ):
        notes.add(Note(session_id=session.id, text=text))
    yield load_report_data(opened.db, session.id)
    opened.db.close()


def _cells(path: Path) -> dict[str, list[tuple]]:
    workbook = load_workbook(path, read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}


def test_workbook_has_a_sheet_per_table_and_reads_back(day, tmp_path):
    target = tmp_path / "sesi.xlsx"
    write_xlsx(sheet_tables(day, "en", redacted=False), target)
    sheets = _cells(target)
    assert list(sheets) == [
        "Agenda",
        "Participants",
        "Attendance",
        "Groups",
        "Notes",
        "Work plans",
        "Commitments",
        "Votes",
        "Evaluation",
        "JP",
    ]
    assert sheets["Participants"][0][:3] == ("No", "Name", "NIP")
    assert len(sheets["Participants"]) == 13
    assert sheets["Agenda"][1][4] == day.days[0].lines[0].title
    notes = [row[4] for row in sheets["Notes"][1:]]
    assert '=HYPERLINK("http://x")' in notes  # text, not a formula
    assert max(len(text) for text in notes) == EXCEL_CELL_LIMIT
    assert not list(tmp_path.glob("*.part"))


def test_redaction_removes_nip_phone_and_email_everywhere(day, tmp_path):
    person = day.attendance.people[0]
    target = tmp_path / "redacted.xlsx"
    write_xlsx(sheet_tables(day, "id", redacted=True), target)
    everything = repr(_cells(target))
    for secret in (
        person.nip,
        person.phone,
        person.email,
        "0812-3456-7890",
        "budi@contoh.go.id",
        "19780312 200501 1 002",
    ):
        assert secret not in everything
    assert "NIP" not in _cells(target)["Peserta"][0]
    assert person.name in everything and "Hubungi […] atau […]" in everything
    folder = tmp_path / "csv"
    write_csv_folder(sheet_tables(day, "id", redacted=True), folder)
    text = "".join(p.read_text(encoding="utf-8-sig") for p in folder.glob("*.csv"))
    assert person.phone not in text and person.email not in text and person.nip not in text


def test_csv_files_open_in_excel_as_utf8(day, tmp_path):
    written = write_csv_folder(sheet_tables(day, "en", redacted=False), tmp_path)
    assert {p.name for p in written} >= {"agenda.csv", "participants.csv", "notes.csv"}
    raw = (tmp_path / "notes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader((tmp_path / "notes.csv").open(encoding="utf-8-sig", newline="")))
    texts = [row[4] for row in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in texts  # a spreadsheet will not run it


def test_scrub_keeps_ordinary_numbers():
    assert (
        scrub("Target 100% dalam 12 bulan, 2022-06-30") == "Target 100% dalam 12 bulan, 2022-06-30"
    )
    assert scrub("wa +62 812 3456 7890") == "wa […]"
    assert scrub("surel: a.b+c@dinas.kulonprogokab.go.id.") == "surel: […]."

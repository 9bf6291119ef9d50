"""The JP part of the session report and spreadsheet, in both languages and redacted."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitation.documents.report.pdf import ReportOptions, save_report
from facilitation.documents.spreadsheets import sheet_tables, write_xlsx
from storage.certificate_source import issue_certificates
from storage.report_source import load_report_data
from tests.jp_fixtures import NAMES, make_jp_session


@pytest.fixture
def data(db):
    made = make_jp_session(db)
    issue_certificates(db, made.session.id, "id", date(2026, 3, 11))
    return load_report_data(db, made.session.id)


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ["Jam Pelajaran (JP)", "1 JP = 45 menit", "JP direncanakan", "Peserta tuntas: 2"]),
        (
            "en",
            ["Lesson hours (JP)", "1 JP = 45 minutes", "JP planned", "Participants completed: 2"],
        ),
    ],
)
def test_the_report_shows_jp_per_day_and_per_participant(data, tmp_path, lang, words) -> None:
    target = tmp_path / "laporan.pdf"
    save_report(data, ReportOptions(lang=lang), target)
    text = _text(target)
    for word in [*words, "001/SKP/BPSDM/2026", "197803122005012002", "62 %"]:
        assert word in text, word


@pytest.mark.attack("jp")
def test_a_redacted_report_leaves_the_nip_out_of_the_jp_section(data, tmp_path) -> None:
    target = tmp_path / "laporan.pdf"
    save_report(data, ReportOptions(lang="id", redact=True), target)
    text = _text(target)
    assert "Jam Pelajaran (JP)" in text and "001/SKP/BPSDM/2026" in text
    for _name, nip in NAMES:
        if nip:
            assert nip not in text.replace(" ", "")


def test_the_jp_sheet_and_the_register(data, tmp_path) -> None:
    target = tmp_path / "tabel.xlsx"
    write_xlsx(sheet_tables(data, "id", redacted=False), target)
    book = load_workbook(target, read_only=True)
    jp = list(book["JP"].iter_rows(values_only=True))
    assert jp[0][:4] == ("No", "Nama", "NIP", "JP diperoleh")
    assert jp[1][2:] == ("197803122005012002", 8, 100, "Ya", "001/SKP/BPSDM/2026")
    register = list(book["Register sertifikat"].iter_rows(values_only=True))
    assert register[0][-1] == "Kode periksa" and len(register) == 3


@pytest.mark.attack("jp")
def test_a_redacted_workbook_has_no_nip_and_no_check_values(data, tmp_path) -> None:
    target = tmp_path / "tabel.xlsx"
    write_xlsx(sheet_tables(data, "en", redacted=True), target)
    book = load_workbook(target, read_only=True)
    jp = list(book["JP"].iter_rows(values_only=True))
    assert "NIP" not in jp[0]
    register = list(book["Certificate register"].iter_rows(values_only=True))
    assert "NIP" not in register[0] and "Check value" not in register[0]
    cells = " ".join(
        str(value)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    checks = [entry.check for entry in data.jp.register]
    assert not any(check in cells for check in checks)
    assert not any(nip and nip in cells for _name, nip in NAMES)


@pytest.mark.attack("certificates")
@pytest.mark.parametrize("jp", ["abc", "nan", "1e400", "=1+1", ""])
def test_a_register_row_with_odd_jp_text_still_exports(db, tmp_path, jp) -> None:
    """A register row from another laptop's bundle is text the rules bound, not a number."""
    made = make_jp_session(db)
    issue_certificates(db, made.session.id, "id", date(2026, 3, 11))
    db.execute("UPDATE certificate_register SET jp_text=?", [jp])
    data = load_report_data(db, made.session.id)
    target = tmp_path / "tabel.xlsx"
    write_xlsx(sheet_tables(data, "id", redacted=False), target)
    register = list(load_workbook(target, read_only=True)["Register sertifikat"].iter_rows())
    assert len(register) == 3
    save_report(data, ReportOptions(lang="id"), tmp_path / "laporan.pdf")

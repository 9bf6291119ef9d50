"""`certificates SESSION --out F.pdf` and the xlsx JP sheet from the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from storage.database import DB_FILENAME, open_store
from tests.jp_fixtures import make_jp_session
from tests.ui.cli.test_cli import run

pytestmark = pytest.mark.slow  # runs the real command line


@pytest.fixture
def jp_data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    opened = open_store(folder)
    make_jp_session(opened.db)
    opened.db.close()
    return folder


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def _one_line_error(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(("lang", "word"), [("id", "SERTIFIKAT"), ("en", "CERTIFICATE")])
def test_certificates_of_everyone_who_completed_in_one_file(jp_data_dir, tmp_path, lang, word):
    target = tmp_path / "sertifikat.pdf"
    args = ["--data-dir", str(jp_data_dir), "certificates", "Pelatihan", "--out", str(target)]
    result = run(*args, "--lang", lang)
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) == 2 and all(word in page for page in pages)
    assert "001/SKP/BPSDM/2026" in result.stdout
    # Again: the same numbers, nothing new in the register.
    again = run(*args, "--lang", lang)
    assert again.returncode == 0 and again.stdout == result.stdout


def test_xlsx_has_the_jp_sheet_with_certificate_numbers(jp_data_dir, tmp_path):
    run(
        "--data-dir",
        str(jp_data_dir),
        "certificates",
        "Pelatihan",
        "--out",
        str(tmp_path / "s.pdf"),
    )
    target = tmp_path / "tabel.xlsx"
    result = run(
        "--data-dir", str(jp_data_dir), "xlsx", "Pelatihan", "--out", str(target), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    book = load_workbook(target, read_only=True)
    rows = list(book["JP"].iter_rows(values_only=True))
    assert rows[0] == (
        "No",
        "Name",
        "NIP",
        "JP credited",
        "Attendance (%)",
        "Completed",
        "Certificate number",
    )
    assert rows[1][3:] == (8, 100, "Yes", "001/SKP/BPSDM/2026")
    assert rows[3][3:] == (5, 62, "No", None)
    register = list(book["Certificate register"].iter_rows(values_only=True))
    assert len(register) == 3


@pytest.mark.attack("certificates")
def test_a_bad_number_pattern_is_one_line_and_changes_nothing(jp_data_dir, tmp_path):
    opened = open_store(jp_data_dir)
    opened.db.execute("UPDATE certificate_settings SET number_pattern='SKP/{org}'")
    opened.db.close()
    before = _digest(jp_data_dir)
    target = tmp_path / "s.pdf"
    result = run("--data-dir", str(jp_data_dir), "certificates", "Pelatihan", "--out", str(target))
    assert "{no}" in _one_line_error(result)
    assert not target.exists() and _digest(jp_data_dir) == before


@pytest.mark.attack("certificates")
def test_a_logo_that_is_not_an_image_changes_nothing(jp_data_dir, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("<svg/>")
    before = _digest(jp_data_dir)
    result = run(
        "--data-dir",
        str(jp_data_dir),
        "certificates",
        "Pelatihan",
        "--out",
        str(tmp_path / "s.pdf"),
        "--logo",
        str(fake),
    )
    _one_line_error(result)
    assert _digest(jp_data_dir) == before


@pytest.mark.attack("certificates")
def test_no_one_completed_is_a_sentence(tmp_path):
    folder = tmp_path / "data"
    opened = open_store(folder)
    make_jp_session(opened.db)
    opened.db.execute("DELETE FROM attendance")
    opened.db.close()
    result = run(
        "--data-dir", str(folder), "certificates", "Pelatihan", "--out", str(tmp_path / "s.pdf")
    )
    assert "attendance" in _one_line_error(result).lower() or "presensi" in result.stderr.lower()

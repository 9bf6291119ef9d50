"""`roster SESSION FILE [--sheet] [--dry-run]`: prints the preview, imports everyone or
nobody, and fails like the other verbs (one line on stderr, exit code 2, nothing changed)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from storage.database import DB_FILENAME, open_store
from storage.participants import ParticipantRepository
from tests.report_fixtures import sample_session
from tests.ui.cli.test_cli import run

pytestmark = pytest.mark.slow  # runs the real command line

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "rosters"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    opened = open_store(folder)
    sample_session(opened.db)
    opened.db.close()
    return folder


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def people(folder: Path) -> list:
    opened = open_store(folder)
    try:
        session_id = opened.db.execute("SELECT id FROM sessions").fetchone()[0]
        return ParticipantRepository(opened.db).list(session_id)
    finally:
        opened.db.close()


def test_a_dry_run_prints_the_preview_and_changes_nothing(data_dir):
    before = digest(data_dir)
    result = run(
        "--lang", "en", "--data-dir", str(data_dir), "roster", "Pelatihan",
        str(FIXTURES / "nominatif.xls"), "--dry-run",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "header on line 5, 6 people read" in out
    assert "7\tDrs. H. AHMAD SAPUTRA, M.Si.\t197803122005011002\tPembina / IV.a" in out
    assert "+ line 8" in out and "Line 6: column numbering" in out
    assert "Lines 20–27: below the table" in out
    assert "dry run: 6 participants would be imported" in out
    assert digest(data_dir) == before


def test_the_import_takes_everyone_with_ranks_and_birth_data(data_dir):
    result = run(
        "--data-dir", str(data_dir), "roster", "Pelatihan", str(FIXTURES / "two_row_header.ods")
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    stored = people(data_dir)
    assert [p.rank_grade for p in stored][:2] == ["Pembina / IV.a", "Penata Tk. I / III.d"]
    assert (stored[0].birth_place, stored[0].birth_date) == ("Jakarta", "1978-03-12")
    again = run(
        "--data-dir", str(data_dir), "roster", "Pelatihan", str(FIXTURES / "two_row_header.xlsx")
    )
    assert again.returncode == 0 and len(people(data_dir)) == 6  # the same people: skipped


@pytest.mark.attack("roster problems")
def test_a_sheet_with_a_problem_imports_nobody(data_dir, tmp_path):
    sheet = tmp_path / "peserta.csv"
    sheet.write_text("Nama;NIP\nAhmad;197803122005011002\nSiti;1980\n", encoding="utf-8")
    before = digest(data_dir)
    result = run("--lang", "en", "--data-dir", str(data_dir), "roster", "Pelatihan", str(sheet))
    assert result.returncode == 2
    assert "Line 3" in result.stdout and "18 digits" in result.stdout
    assert (
        result.stderr.strip().splitlines()
        == ["lokakarya: nobody imported: 1 problem(s) to correct in the sheet first"]
        or "nobody imported" in result.stderr
    )
    assert digest(data_dir) == before


@pytest.mark.attack("roster")
def test_an_unreadable_file_or_unknown_sheet_is_one_line_and_changes_nothing(data_dir, tmp_path):
    before = digest(data_dir)
    broken = tmp_path / "rusak.xls"
    broken.write_bytes((FIXTURES / "nominatif.xls").read_bytes()[:2000])
    for args in (
        (str(broken),),
        (str(FIXTURES / "nominatif.ods"), "--sheet", "Tidak ada"),
        (str(tmp_path / "missing.xlsx"),),
    ):
        result = run("--lang", "en", "--data-dir", str(data_dir), "roster", "Pelatihan", *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert digest(data_dir) == before
    shutil.rmtree(tmp_path / "data", ignore_errors=True)

"""report, xlsx, export and import from the command line: results, and one-line errors with
exit code 2 that change nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from storage.database import DB_FILENAME, open_store
from storage.notes import NoteRepository
from tests.report_fixtures import fill_day, sample_session
from tests.ui.cli.test_cli import run

pytestmark = pytest.mark.slow  # runs the real command line


@pytest.fixture(scope="module")
def filled_data_dir(tmp_path_factory) -> Path:
    """A data folder with the sample session and a day of notes, shared by the module."""
    folder = tmp_path_factory.mktemp("cli") / "data"
    opened = open_store(folder)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=10, notes_per_activity=1)
    opened.db.close()
    return folder


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def one_line_error(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_report_writes_a_pdf_in_the_asked_language(filled_data_dir, tmp_path):
    target = tmp_path / "laporan.pdf"
    result = run(
        "--data-dir",
        str(filled_data_dir),
        "report",
        "Pelatihan",
        "--out",
        str(target),
        "--lang",
        "en",
        "--redact",
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(target).pages[1].extract_text()
    assert "Summary" in text


def test_xlsx_and_export_and_import_round_trip(filled_data_dir, tmp_path):
    workbook = tmp_path / "tabel.xlsx"
    assert (
        run(
            "--data-dir", str(filled_data_dir), "xlsx", "pelatihan cerdas", "--out", str(workbook)
        ).returncode
        == 0
    )
    assert "Peserta" in load_workbook(workbook).sheetnames
    bundle = tmp_path / "sesi.lokakarya"
    result = run("--data-dir", str(filled_data_dir), "export", "Pelatihan", "--out", str(bundle))
    assert result.returncode == 0, result.stderr
    laptop = tmp_path / "laptop"
    result = run("--data-dir", str(laptop), "--lang", "en", "import", str(bundle))
    assert result.returncode == 0, result.stderr
    assert "participants: 10 added, 0 updated, 0 unchanged" in result.stdout
    listed = run("--data-dir", str(laptop), "sessions")
    assert "Pelatihan Cerdas Nurani" in listed.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["report", "Tidak Ada", "--out", "{tmp}/x.pdf"], "no session matches"),
        (["report", "", "--out", "{tmp}/x.pdf"], "no session matches"),
        (["report", "Pelatihan", "--out", "{tmp}/missing/x.pdf"], "does not exist"),
        (["report", "Pelatihan", "--out", "{tmp}"], "is a folder"),
        (
            ["report", "Pelatihan", "--out", "{tmp}/x.pdf", "--kop", "/etc/hostname"],
            "not a PNG or JPEG",
        ),
        (["report", "Pelatihan", "--out", "{tmp}/x.pdf", "--lang", "fr"], "invalid choice"),
        (["report", "Pelatihan"], "required"),
        (["xlsx", "Zzz", "--out", "{tmp}/x.xlsx"], "no session matches"),
        (["export", "Pelatihan", "--out", "{tmp}/nope/x.lokakarya"], "does not exist"),
        (["import", "{tmp}/absent.lokakarya"], "does not exist"),
        (["import", "{tmp}/junk.lokakarya"], "not a Lokakarya bundle"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(filled_data_dir, tmp_path, args, words):
    (tmp_path / "junk.lokakarya").write_bytes(b"PK\x03\x04 not really a zip")
    before = digest(filled_data_dir)
    result = run(
        "--data-dir",
        str(filled_data_dir),
        "--lang",
        "en",
        *[a.replace("{tmp}", str(tmp_path)) for a in args],
    )
    assert words in one_line_error(result)
    assert digest(filled_data_dir) == before
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".x.*"))


def test_an_ambiguous_title_prefix_is_refused(filled_data_dir, tmp_path):
    opened = open_store(filled_data_dir)
    from storage.sessions import SessionRepository

    SessionRepository(opened.db).duplicate(
        SessionRepository(opened.db).list()[0].id, "Pelatihan Kedua"
    )
    opened.db.close()
    result = run(
        "--data-dir",
        str(filled_data_dir),
        "--lang",
        "en",
        "report",
        "Pelatihan",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert "matches 2 sessions" in one_line_error(result)


def test_import_into_an_empty_folder_refuses_junk_without_creating_a_store(tmp_path):
    junk = tmp_path / "junk.lokakarya"
    junk.write_bytes(b"\x00" * 100)
    result = run("--data-dir", str(tmp_path / "fresh"), "--lang", "en", "import", str(junk))
    assert "not a Lokakarya bundle" in one_line_error(result)
    assert not (tmp_path / "fresh" / DB_FILENAME).exists()


def test_export_carries_the_trash_only_with_the_flag(tmp_path):
    opened = open_store(tmp_path / "data")
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=2, notes_per_activity=1)
    notes = NoteRepository(opened.db)
    trashed = notes.for_session(session.id)[0]
    notes.move_to_trash(trashed.id)
    opened.db.close()
    carried = {}
    for name, flags in (("plain", []), ("trash", ["--with-trash"])):
        target = tmp_path / f"{name}.lokakarya"
        result = run(
            "--data-dir", str(tmp_path / "data"), "export", session.id, "--out", str(target), *flags
        )
        assert result.returncode == 0, result.stderr
        with zipfile.ZipFile(target) as archive:
            rows = json.loads(archive.read("data.json"))["tables"]["notes"]
        carried[name] = {row["id"] for row in rows}
    assert trashed.id not in carried["plain"]
    assert trashed.id in carried["trash"]

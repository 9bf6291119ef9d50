"""`report --kind official` and `berita-acara` on the command line: the documents in the asked
language, and the other verbs' error rules (one line, exit code 2, nothing written or
changed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from storage.database import open_store
from tests.report_fixtures import fill_day, sample_session
from tests.storage.official_helpers import fill_paperwork
from tests.ui.cli.test_cli import run
from tests.ui.cli.test_cli_exchange import digest, one_line_error
from ui.command_line import main


@pytest.fixture(scope="module")
def paperwork_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli-official")
    folder = root / "data"
    opened = open_store(folder)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=10, notes_per_activity=1)
    fill_paperwork(opened.db, session, root)
    opened.db.close()
    return folder


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("id", "BAB I PENDAHULUAN"), ("en", "CHAPTER I INTRODUCTION")],
)
def test_the_official_report_is_written_in_the_asked_language(
    qapp, paperwork_dir, tmp_path, capsys, lang, words
):
    target = tmp_path / "laporan.pdf"
    code = main(
        [
            "--lang",
            "en",
            "--data-dir",
            str(paperwork_dir),
            "report",
            "Pelatihan",
            "--kind",
            "official",
            "--out",
            str(target),
            "--lang",
            lang,
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = _text(target)
    assert words in text and "Ir. Bambang Susilo" in text
    assert capsys.readouterr().out.strip() == str(target)


def test_the_redacted_official_report_leaves_out_the_presenters_nip(qapp, paperwork_dir, tmp_path):
    target = tmp_path / "laporan.pdf"
    args = [
        "--lang",
        "en",
        "--data-dir",
        str(paperwork_dir),
        "report",
        "Pelatihan",
        "--kind",
        "official",
        "--out",
        str(target),
        "--redact",
    ]
    assert main(args) == 0
    text = _text(target)
    assert "196805121993032004" not in text.replace(" ", "")
    assert "Dra. Sri Lestari, M.Si." in text


def test_the_berita_acara_is_one_page(qapp, paperwork_dir, tmp_path):
    target = tmp_path / "berita-acara.pdf"
    assert (
        main(
            [
                "--lang",
                "en",
                "--data-dir",
                str(paperwork_dir),
                "berita-acara",
                "Pelatihan",
                "--out",
                str(target),
            ]
        )
        == 0
    )
    assert len(PdfReader(target).pages) == 1
    assert "BERITA ACARA PELAKSANAAN KEGIATAN" in _text(target)


def test_the_summary_stays_the_default_kind(qapp, paperwork_dir, tmp_path):
    target = tmp_path / "ringkas.pdf"
    assert (
        main(
            [
                "--lang",
                "en",
                "--data-dir",
                str(paperwork_dir),
                "report",
                "Pelatihan",
                "--out",
                str(target),
            ]
        )
        == 0
    )
    assert "LAPORAN KEGIATAN" in _text(target)
    assert "BAB I PENDAHULUAN" not in _text(target)


@pytest.mark.slow  # runs the real command line
@pytest.mark.attack("official-report")
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["berita-acara", "Tidak Ada", "--out", "{tmp}/x.pdf"], "no session matches"),
        (["berita-acara", "Pelatihan", "--out", "{tmp}/missing/x.pdf"], "does not exist"),
        (["berita-acara", "Pelatihan", "--out", "{tmp}"], "is a folder"),
        (["berita-acara", "Pelatihan"], "required"),
        (
            ["berita-acara", "Pelatihan", "--out", "{tmp}/x.pdf", "--kop", "/etc/hostname"],
            "not a PNG or JPEG",
        ),
        (["report", "Pelatihan", "--kind", "resmi", "--out", "{tmp}/x.pdf"], "invalid choice"),
        (["report", "Zzz", "--kind", "official", "--out", "{tmp}/x.pdf"], "no session matches"),
        (
            [
                "report",
                "Pelatihan",
                "--kind",
                "official",
                "--out",
                "{tmp}/x.pdf",
                "--logo",
                "/etc/hostname",
            ],
            "not a PNG or JPEG",
        ),
    ],
    ids=[
        "no-session",
        "no-folder",
        "folder",
        "no-out",
        "bad-kop",
        "bad-kind",
        "official-no-session",
        "official-bad-logo",
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(paperwork_dir, tmp_path, args, words):
    before = digest(paperwork_dir)
    result = run(
        "--data-dir",
        str(paperwork_dir),
        "--lang",
        "en",
        *[a.replace("{tmp}", str(tmp_path)) for a in args],
    )
    assert words in one_line_error(result)
    assert digest(paperwork_dir) == before
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".x.*"))

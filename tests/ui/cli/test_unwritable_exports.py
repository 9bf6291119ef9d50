"""PDF, XLSX and bundle exports into a folder that refuses the file or runs out of space:
one clear line, exit code 2, no half file, and an older file of that name left whole."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import facilitation.safe_files as safe_files
from main import main
from storage.database import open_store
from tests.report_fixtures import fill_day, sample_session

pytestmark = pytest.mark.attack("full disk or read-only folder")

COMMANDS = (("report", "laporan.pdf"), ("xlsx", "tabel.xlsx"), ("export", "sesi.lokakarya"))


@pytest.fixture(scope="module")
def filled_data_dir(tmp_path_factory) -> Path:
    """A data folder with the sample session and a day of notes, shared by the module."""
    folder = tmp_path_factory.mktemp("unwritable") / "data"
    opened = open_store(folder)
    fill_day(opened.db, sample_session(opened.db), people=4, notes_per_activity=1)
    opened.db.close()
    return folder


@pytest.fixture(autouse=True)
def _widgets_app(qapp) -> None:  # noqa: ANN001
    """The command line runs in this process here: it must find the tests' QApplication,
    not leave a bare QCoreApplication behind that later widget tests cannot use."""


def export(data_dir: Path, command: str, target: Path) -> int:
    return main(["--data-dir", str(data_dir), command, "Pelatihan", "--out", str(target)])


def refuse_new_files(*_args, **_kwargs):
    raise PermissionError(errno.EACCES, "Permission denied", "/media/flashdisk")


def disk_full_on_flush(_fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(("command", "name"), COMMANDS)
@pytest.mark.parametrize("fault", ["unwritable folder", "disk full"])
def test_failed_export_leaves_no_half_file(
    filled_data_dir, tmp_path, monkeypatch, capsys, command, name, fault
) -> None:
    target = tmp_path / name
    target.write_bytes(b"the version from yesterday")
    if fault == "unwritable folder":
        monkeypatch.setattr(safe_files.tempfile, "mkstemp", refuse_new_files)
    else:
        monkeypatch.setattr(safe_files.os, "fsync", disk_full_on_flush)

    assert export(filled_data_dir, command, target) == 2

    error = capsys.readouterr().err.strip()
    assert error.startswith("lokakarya: cannot write the file:"), error
    assert "Traceback" not in error and len(error.splitlines()) == 1
    assert target.read_bytes() == b"the version from yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no .part left behind


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_is_refused_for_real(filled_data_dir, tmp_path, capsys) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert export(filled_data_dir, "report", folder / "laporan.pdf") == 2
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_export_works_again_once_the_folder_is_writable(filled_data_dir, tmp_path, capsys) -> None:
    target = tmp_path / "laporan.pdf"
    assert export(filled_data_dir, "report", target) == 0
    assert target.read_bytes().startswith(b"%PDF")

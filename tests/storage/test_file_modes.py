"""Files only the user can read: the data folder 0700; the store, its WAL/SHM files and the
backups 0600 whatever the umask; looser modes tightened at start-up; half-written copies a
crash left removed by the lock holder, and nothing else."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitation.safe_files import write_atomically
from storage import backups
from storage.database import DB_FILENAME, open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows keeps the profile's rights")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask a shared machine might have: everyone may read and write."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.attack("file permissions")
def test_a_new_store_is_readable_by_the_user_alone(tmp_path: Path, open_umask) -> None:
    data_dir = tmp_path / "data"
    opened = open_store(data_dir)
    try:
        opened.db.execute("CREATE TABLE probe (x)")  # the WAL and SHM files now exist
        side_files = [Path(str(opened.path) + suffix) for suffix in ("-wal", "-shm")]
        assert all(side.exists() for side in side_files)
        assert mode(data_dir) == 0o700
        assert mode(opened.path) == 0o600
        assert [mode(side) for side in side_files] == [0o600, 0o600]
    finally:
        opened.db.close()


@pytest.mark.attack("file permissions")
def test_backups_are_readable_by_the_user_alone(data_dir: Path, open_umask) -> None:
    opened = open_store(data_dir, take_backup=False)
    try:
        taken = backups.take_backup(opened.db.conn, opened.backup_dir, "manual")
    finally:
        opened.db.close()
    assert mode(opened.backup_dir) == 0o700
    assert mode(taken) == 0o600


@pytest.mark.attack("file permissions")
def test_looser_modes_of_an_earlier_version_are_tightened_at_start(data_dir: Path, caplog) -> None:
    opened = open_store(data_dir)
    opened.db.close()
    backup = backups.take_backup_of_file(opened.path, opened.backup_dir, "manual")
    for path, loose in (
        (data_dir, 0o755),
        (opened.backup_dir, 0o775),
        (opened.path, 0o644),
        (backup, 0o664),
    ):
        path.chmod(loose)

    open_store(data_dir, take_backup=False).db.close()

    assert [mode(p) for p in (data_dir, opened.backup_dir, opened.path, backup)] == [
        0o700,
        0o700,
        0o600,
        0o600,
    ]
    assert "readable by others" in caplog.text


def test_stricter_modes_are_left_alone(data_dir: Path) -> None:
    opened = open_store(data_dir)
    opened.db.close()
    opened.path.chmod(0o400)
    # A read-only store may not open for writing (unless root); its mode is the point.
    with contextlib.suppress(Exception):
        open_store(data_dir, take_backup=False).db.close()
    assert mode(opened.path) == 0o400
    opened.path.chmod(0o600)


@pytest.mark.attack("file permissions")
def test_half_written_copies_are_removed_by_the_lock_holder_only(data_dir: Path) -> None:
    opened = open_store(data_dir)
    opened.db.close()
    leftovers = [
        data_dir / f"{DB_FILENAME}.part",
        data_dir / f"{DB_FILENAME}.part-journal",
        opened.backup_dir / "lokakarya-20261201-101500-123456-startup.sqlite3.part",
        opened.backup_dir / "lokakarya-20261201-101500-123456-startup.sqlite3.part-journal",
    ]
    users_files = [
        data_dir / "catatan.part",
        data_dir / "lokakarya.sqlite3.part.bak",
        opened.backup_dir / "lokakarya-copy.sqlite3.part",
        opened.backup_dir / "salinan saya.sqlite3",
    ]
    opened.backup_dir.mkdir()
    for path in leftovers + users_files:
        path.write_bytes(b"half")

    open_store(data_dir, take_backup=False).db.close()  # a reader: touches nothing
    assert all(path.exists() for path in leftovers)

    open_store(data_dir, take_backup=False, tidy=True).db.close()
    assert not any(path.exists() for path in leftovers)
    assert all(path.exists() for path in users_files)


@pytest.mark.attack("file permissions")
def test_an_export_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, open_umask) -> None:
    target = tmp_path / "laporan.pdf"
    write_atomically(target, lambda stream: stream.write(b"first"))
    assert mode(target) == 0o600  # a new file: the user's alone
    target.chmod(0o644)  # the user shares it with the office
    write_atomically(target, lambda stream: stream.write(b"second"))
    assert target.read_bytes() == b"second"
    assert mode(target) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]  # no .part left behind


CRASHING_BACKUP = """
import os, sys
from pathlib import Path
from storage import backups

def crash(*_args):
    os._exit(9)  # dies between writing the copy and renaming it: no clean-up runs

backups.os.replace = crash
backups.take_backup_of_file(Path(sys.argv[1]), Path(sys.argv[2]), "startup")
"""


@pytest.mark.slow
@pytest.mark.attack("file permissions")
def test_a_backup_cut_short_by_a_crash_is_cleared_at_the_next_start(data_dir: Path) -> None:
    opened = open_store(data_dir, take_backup=False)
    opened.db.close()
    root = Path(__file__).resolve().parents[2]
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_BACKUP, str(opened.path), str(opened.backup_dir)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=60,
    )
    assert crashed.returncode == 9
    left = [p.name for p in opened.backup_dir.iterdir()]
    assert len(left) == 1 and left[0].endswith(".sqlite3.part"), left
    assert mode(opened.backup_dir / left[0]) == 0o600  # private even while half-written

    open_store(data_dir, take_backup=False, tidy=True).db.close()  # the app's next start

    assert list(opened.backup_dir.iterdir()) == []

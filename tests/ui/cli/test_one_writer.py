"""One writer at a time, for the command line too: a writing verb refuses while the app holds
the data folder, waits briefly for another command, and says "busy", never "unexpected error".
Reading verbs keep working while the app is open."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.database import DB_FILENAME, open_store
from tests.report_fixtures import sample_session
from tests.ui.cli.test_cli import ROOT, run
from ui.cli.store_access import CommandError
from ui.cli.writer_lock import writing
from ui.common.instance_lock import LOCK_FILENAME, QUEUE_FILENAME, InstanceLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ui.common.instance_lock import InstanceLock

    lock = InstanceLock(Path(sys.argv[1]), sys.argv[2])
    lock.acquire()
    print("locked", flush=True)
    if float(sys.argv[3]) > 0:
        time.sleep(float(sys.argv[3]))
    else:
        sys.stdin.readline()
    lock.release()
    """
)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    opened = open_store(folder, take_backup=False)
    sample_session(opened.db)
    opened.db.close()
    return folder


@pytest.fixture
def holder() -> Iterator:
    processes: list[subprocess.Popen] = []

    def start(data_dir: Path, filename: str, seconds: float = 0) -> subprocess.Popen:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(data_dir), filename, str(seconds)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        assert process.stdout.readline() == "locked\n"
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def export(store_dir: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return run(
        "--data-dir", str(store_dir), "--lang", "en", "export", "Pelatihan", "--out", str(target)
    )


# -- in-process: the lock itself ---------------------------------------------------------------


@pytest.mark.attack("concurrent writers")
def test_a_command_refuses_while_the_app_holds_the_folder(data_dir: Path) -> None:
    with InstanceLock(data_dir), pytest.raises(CommandError) as refused, writing(data_dir):
        pytest.fail("the command must not run")
    assert str(os.getpid()) in str(refused.value)
    assert "close it first" in str(refused.value)


@pytest.mark.attack("concurrent writers")
def test_a_second_command_waits_briefly_then_says_busy(data_dir: Path) -> None:
    started = time.monotonic()
    queue = InstanceLock(data_dir, QUEUE_FILENAME)
    with queue, pytest.raises(CommandError) as refused, writing(data_dir, wait_ms=300):
        pytest.fail("the command must not run")
    assert time.monotonic() - started >= 0.25
    assert "try again" in str(refused.value)


def test_a_command_lets_both_locks_go_when_it_is_done(data_dir: Path) -> None:
    with writing(data_dir):
        assert (data_dir / LOCK_FILENAME).exists()
    with InstanceLock(data_dir), InstanceLock(data_dir, QUEUE_FILENAME):
        pass  # both free again


@pytest.mark.attack("concurrent writers")
def test_sqlite_busy_is_told_as_busy_not_as_an_unexpected_error(
    qapp, store_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    # qapp: the widgets' QApplication exists first, so run_command does not make a bare
    # QCoreApplication that later tests' widgets would abort on.
    import ui.cli.exchange as exchange
    from ui.cli.commands import run_command
    from ui.command_line import build_parser

    def locked(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(exchange, "export_bundle", locked)
    target = tmp_path / "sesi.lokakarya"
    args = build_parser().parse_args(["export", "Pelatihan", "--out", str(target)])
    assert run_command("export", store_dir, "en", args) == 2
    error = capsys.readouterr().err
    assert "busy" in error and "unexpected" not in error
    assert len(error.strip().splitlines()) == 1


# -- real processes: the app open, another command writing --------------------------------------


@pytest.mark.slow
@pytest.mark.attack("concurrent writers")
def test_import_and_export_are_refused_while_the_app_is_open(store_dir, tmp_path, holder) -> None:
    bundle = tmp_path / "sesi.lokakarya"
    assert export(store_dir, bundle).returncode == 0
    before = digest(store_dir)
    app = holder(store_dir, LOCK_FILENAME)

    imported = run("--data-dir", str(store_dir), "--lang", "en", "import", str(bundle))
    line = one_line_error(imported)
    assert f"the data is open in Lokakarya (pid {app.pid}); close it first" in line
    assert f"pid {app.pid}" in one_line_error(export(store_dir, tmp_path / "lagi.lokakarya"))
    assert digest(store_dir) == before


@pytest.mark.slow
@pytest.mark.attack("concurrent writers")
def test_the_refusal_is_in_indonesian_too(store_dir, tmp_path, holder) -> None:
    holder(store_dir, LOCK_FILENAME)
    bundle = tmp_path / "sesi.lokakarya"
    bundle.write_bytes(b"PK")
    result = run("--data-dir", str(store_dir), "--lang", "id", "import", str(bundle))
    assert "tutup" in one_line_error(result).lower()


@pytest.mark.slow
def test_reading_verbs_keep_working_while_the_app_is_open(store_dir, tmp_path, holder) -> None:
    holder(store_dir, LOCK_FILENAME)
    listed = run("--data-dir", str(store_dir), "sessions")
    assert listed.returncode == 0 and "Pelatihan" in listed.stdout
    sheet = tmp_path / "tabel.xlsx"
    made = run("--data-dir", str(store_dir), "xlsx", "Pelatihan", "--out", str(sheet))
    assert made.returncode == 0, made.stderr
    assert sheet.exists()


@pytest.mark.slow
@pytest.mark.attack("concurrent writers")
def test_a_command_behind_another_waits_then_says_busy(store_dir, tmp_path, holder) -> None:
    other = holder(store_dir, QUEUE_FILENAME)
    started = time.monotonic()
    line = one_line_error(export(store_dir, tmp_path / "sesi.lokakarya"))
    assert time.monotonic() - started >= 4
    assert f"another Lokakarya command (pid {other.pid})" in line


@pytest.mark.slow
@pytest.mark.attack("concurrent writers")
def test_a_command_behind_a_short_one_waits_its_turn(store_dir, tmp_path, holder) -> None:
    holder(store_dir, QUEUE_FILENAME, seconds=1.0)
    target = tmp_path / "sesi.lokakarya"
    result = export(store_dir, target)
    assert result.returncode == 0, result.stderr
    assert target.exists()

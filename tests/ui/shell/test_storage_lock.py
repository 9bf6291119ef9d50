"""InstanceLock: one Lokakarya per data folder, across processes, surviving a crashed owner."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ui.common.instance_lock import LOCK_FILENAME, InstanceLock, StoreInUseError

ROOT = Path(__file__).resolve().parents[3]

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ui.common.instance_lock import InstanceLock, StoreInUseError

    lock = InstanceLock(Path(sys.argv[1]))
    try:
        lock.acquire()
    except StoreInUseError as error:
        print("in-use", error.pid, flush=True)
        sys.exit(3)
    print("locked", flush=True)
    sys.stdin.readline()  # hold the lock until told to stop
    lock.release()
    print("released", flush=True)
    """
)


def spawn_holder(data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def holder(data_dir):
    processes = []

    def start() -> subprocess.Popen:
        process = spawn_holder(data_dir)
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


@pytest.mark.slow
def test_lock_held_by_another_process_is_refused_with_its_pid(data_dir, holder):
    child = holder()
    assert child.stdout.readline() == "locked\n", child.stderr.read()

    lock = InstanceLock(data_dir)
    with pytest.raises(StoreInUseError) as caught:
        lock.acquire()
    assert caught.value.pid == child.pid
    assert caught.value.hostname
    assert str(child.pid) in str(caught.value)
    assert (data_dir / LOCK_FILENAME).exists()

    # Released normally: now it can be taken.
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.stdout.readline() == "released\n"
    assert child.wait(timeout=30) == 0
    lock.acquire()
    lock.release()


@pytest.mark.slow
def test_lock_of_a_killed_process_is_taken_over(data_dir, holder):
    child = holder()
    assert child.stdout.readline() == "locked\n", child.stderr.read()
    with pytest.raises(StoreInUseError):
        InstanceLock(data_dir).acquire()

    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    assert (data_dir / LOCK_FILENAME).exists()  # the stale lock file is still there

    lock = InstanceLock(data_dir)
    lock.acquire()  # stale: its owner is gone
    try:
        assert str(os.getpid()) in (data_dir / LOCK_FILENAME).read_text(errors="replace")
    finally:
        lock.release()
    assert not (data_dir / LOCK_FILENAME).exists()


@pytest.mark.slow
def test_a_second_process_is_refused_while_this_one_holds_the_lock(data_dir, holder):
    with InstanceLock(data_dir):
        child = holder()
        out, err = child.communicate(timeout=30)
        assert child.returncode == 3, err
        assert out == f"in-use {os.getpid()}\n"
    # Released by the context manager: another process may now take it.
    child = holder()
    assert child.stdout.readline() == "locked\n", child.stderr.read()


def test_lock_creates_the_data_folder(tmp_path):
    folder = tmp_path / "new" / "data"
    with InstanceLock(folder) as lock:
        assert folder.is_dir()
        assert lock.path == folder / LOCK_FILENAME
        assert lock.path.exists()
    assert not lock.path.exists()

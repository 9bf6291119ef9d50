"""Kill the real app (SIGKILL) while an activity runs; the next start must resume it with the
time that is really left, counting the seconds the app was dead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from facilitation.library import load_library
from storage.database import open_store
from storage.sample import ensure_sample_session

pytestmark = [
    pytest.mark.slow,
    pytest.mark.attack("killed mid-write (kill -9)"),
]  # kills the real app

ROOT = Path(__file__).resolve().parents[3]


def start_app(data_dir: Path, session_id: str, home: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LOKAKARYA_TEST_AUTOSTART_RUN": session_id,
        "XDG_CONFIG_HOME": str(home / "config"),  # keep QSettings away from the real ones
        "PYTHONUNBUFFERED": "1",
    }
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def read_run_line(app: subprocess.Popen) -> tuple[str, float, str, float]:
    """(activity id, seconds left, fresh|recovered, monotonic time the line arrived)."""
    watchdog = threading.Timer(60, app.kill)
    watchdog.start()
    try:
        for line in app.stdout:
            if line.startswith("run "):
                _, activity_id, left, how = line.split()
                return activity_id, float(left), how, time.monotonic()
    finally:
        watchdog.cancel()
    raise AssertionError("the app ended without starting the run")


def kill(app: subprocess.Popen) -> None:
    os.kill(app.pid, signal.SIGKILL)
    assert app.wait(timeout=30) == -signal.SIGKILL
    app.stdout.close()


@pytest.mark.parametrize("dead_seconds", [1.5])
def test_a_killed_app_resumes_the_running_activity(tmp_path, dead_seconds) -> None:
    data_dir = tmp_path / "data"
    opened = open_store(data_dir)
    session = ensure_sample_session(opened.db, load_library(), "en", date.today())
    opened.db.close()

    first = start_app(data_dir, session.id, tmp_path)
    try:
        activity_id, left_before, how, seen_before = read_run_line(first)
        assert how == "fresh"
        time.sleep(1.0)  # the activity runs for a while
    finally:
        kill(first)
    time.sleep(dead_seconds)  # the laptop is dead

    second = start_app(data_dir, session.id, tmp_path)
    try:
        resumed_id, left_after, how, seen_after = read_run_line(second)
    finally:
        kill(second)
    assert how == "recovered"
    assert resumed_id == activity_id
    expected = left_before - (seen_after - seen_before)
    assert abs(left_after - expected) < 1.0, (left_after, expected)
    assert left_after < left_before - dead_seconds  # the dead time counted as elapsed

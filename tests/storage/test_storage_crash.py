"""Kill a writing process at a random moment: every acknowledged save must survive."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from storage.agenda import AgendaRepository
from storage.database import DB_FILENAME, open_store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.attack("killed mid-write (kill -9)"),
]  # kills real writer processes

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().parent / "crash_writer.py"


def start_writer(data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def complete_lines(text: str) -> list[str]:
    """Lines the writer finished printing (a line cut off by the kill does not count)."""
    return text.split("\n")[:-1]


@pytest.mark.parametrize("seed", [11, 23, 37, 41, 59])
def test_every_acknowledged_save_survives_a_kill(tmp_path, seed):
    rng = random.Random(seed)
    wanted = rng.randint(20, 200)
    data_dir = tmp_path / "data"
    writer = start_writer(data_dir)
    watchdog = threading.Timer(60, writer.kill)  # never hang the test run
    watchdog.start()
    try:
        header = writer.stdout.readline()
        assert header.startswith("session "), header + writer.stderr.read()
        _, session_id, day_id = header.split()
        acknowledged = []
        while len(acknowledged) < wanted:
            line = writer.stdout.readline()
            assert line.endswith("\n"), "writer stopped early: " + writer.stderr.read()
            acknowledged.append(line.strip())
        time.sleep(rng.uniform(0, 0.01))  # land the kill anywhere in a later save
        os.kill(writer.pid, signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
        acknowledged += complete_lines(writer.stdout.read())  # already in the pipe
    finally:
        watchdog.cancel()
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        writer.stdout.close()
        writer.stderr.close()

    assert len(acknowledged) >= wanted
    for value in acknowledged:
        assert str(uuid.UUID(value)) == value

    # First look at the file with plain SQLite, as the next start would find it.
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {
            row[0]: row[1]
            for row in conn.execute(
                "SELECT id, position FROM activities WHERE day_id=? AND deleted_at IS NULL",
                [day_id],
            )
        }
    finally:
        conn.close()
    missing = set(acknowledged) - set(stored)
    assert not missing, f"{len(missing)} acknowledged saves lost"
    # At most one more save committed without its acknowledgement being printed.
    assert len(stored) - len(acknowledged) in (0, 1)
    # No save is half applied: the order is complete and contiguous.
    assert sorted(stored.values()) == list(range(len(stored)))

    opened = open_store(data_dir)
    try:
        assert opened.quarantined is None and not opened.created
        activities = AgendaRepository(opened.db).activities(day_id)
        assert {a.id for a in activities} == set(stored)
        assert opened.db.execute(
            "SELECT count(*) FROM sessions WHERE id=?", [session_id]
        ).fetchone() == (1,)
    finally:
        opened.db.close()

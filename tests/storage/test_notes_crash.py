"""Kill the note-taker's process at a random moment: every note acknowledged survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from storage.database import DB_FILENAME, open_store
from storage.notes import NoteRepository
from storage.search_index import index_pending_notes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.attack("killed mid-write (kill -9)"),
]  # kills real writer processes

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().parent / "notes_crash_writer.py"


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_every_note_saved_on_enter_survives_kill_9(tmp_path, seed) -> None:
    rng = random.Random(seed)
    wanted = rng.randint(10, 150)
    data_dir = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    watchdog = threading.Timer(60, writer.kill)  # never hang the test run
    watchdog.start()
    try:
        header = writer.stdout.readline()
        assert header.startswith("session "), header + writer.stderr.read()
        session_id = header.split()[1]
        acknowledged = []
        while len(acknowledged) < wanted:
            line = writer.stdout.readline()
            assert line.endswith("\n"), "writer stopped early: " + writer.stderr.read()
            acknowledged.append(line.strip())
        time.sleep(rng.uniform(0, 0.01))  # land the kill anywhere in a later save
        os.kill(writer.pid, signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
        acknowledged += writer.stdout.read().split("\n")[:-1]  # lines already in the pipe
    finally:
        watchdog.cancel()
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        writer.stdout.close()
        writer.stderr.close()

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # The search index, once the queue of notes saved since is indexed, agrees with the
        # notes it indexes.
        index_pending_notes(conn)
        conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
        stored = {
            row[0] for row in conn.execute("SELECT id FROM notes WHERE session_id=?", [session_id])
        }
    finally:
        conn.close()
    missing = set(acknowledged) - stored
    assert not missing, f"{len(missing)} acknowledged notes lost"
    assert len(stored) - len(acknowledged) in (0, 1)  # at most one saved but not yet shown

    opened = open_store(data_dir)
    try:
        assert opened.quarantined is None
        repo = NoteRepository(opened.db)
        assert {n.id for n in repo.for_session(session_id)} == stored
        assert {h.note_id for h in repo.search("prima", limit=10_000)} == stored
    finally:
        opened.db.close()

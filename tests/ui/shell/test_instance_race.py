"""Two Lokakarya started together on one data folder, 100 times: exactly one gets the store,
the other is told who has it; a lock left by a killed process never blocks the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui.common.instance_lock import LOCK_FILENAME

pytestmark = [
    pytest.mark.slow,
    pytest.mark.attack("two instances at once"),
]  # races real app processes

RACER = Path(__file__).with_name("lock_racer.py")
ROUNDS = 100
PARALLEL_FOLDERS = 10  # ten folders raced at once keeps 100 rounds under ~30 s


def start_racer(data_dir: Path, start_at: float) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(RACER), str(data_dir), f"{start_at:.6f}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_of_two_instances_started_together_exactly_one_wins(tmp_path) -> None:
    rounds = 0
    while rounds < ROUNDS:
        batch = []
        start_at = time.time() + 0.6  # time enough for Python + QtCore to load in all
        for n in range(PARALLEL_FOLDERS):
            folder = tmp_path / f"round-{rounds + n}"
            pair = [start_racer(folder, start_at), start_racer(folder, start_at)]
            batch.append(pair)
        for pair in batch:
            first_lines = [p.stdout.readline().split() for p in pair]
            winners = [p for p, line in zip(pair, first_lines, strict=True) if line[0] == "WON"]
            losers = [line for line in first_lines if line[0] == "LOST"]
            assert len(winners) == 1 and len(losers) == 1, (rounds, first_lines)
            # The loser names the winner's process, so the message can say who has the store.
            assert int(losers[0][1]) == winners[0].pid
            if rounds % 2:
                winners[0].send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
            for process in pair:
                process.communicate(timeout=10)
            rounds += 1


def test_a_killed_instance_never_blocks_the_next_start(tmp_path) -> None:
    folder = tmp_path / "data"
    for _ in range(5):
        holder = start_racer(folder, time.time())
        assert holder.stdout.readline().startswith("WON")
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        assert (folder / LOCK_FILENAME).exists()  # stale, left by the dead process
        # Two new starts race for the stale lock: exactly one takes it over.
        start_at = time.time() + 0.35
        pair = [start_racer(folder, start_at), start_racer(folder, start_at)]
        lines = sorted(p.stdout.readline().split()[0] for p in pair)
        assert lines == ["LOST", "WON"]
        for process in pair:
            process.kill()
            process.communicate(timeout=10)

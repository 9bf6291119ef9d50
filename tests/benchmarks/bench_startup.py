"""Start-up to the first painted main window, as a ratio to a bare PySide6 QMainWindow.

Also reports when the window is ready (store open, sessions listed), against the same bare
window, because the window paints before the store is opened.

    python tests/benchmarks/bench_startup.py [runs]

Both are started as fresh processes the same way and timed from launch to their first paint
event; runs alternate so machine noise hits both alike. Goal: ratio <= 1.25.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL = 1.25


def launch(command: list[str]) -> dict[str, float]:
    """Seconds from launch to each milestone the process reports (first-paint, ready)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOKAKARYA_EXIT_AFTER_SHOW": "1"}
    launched = time.time()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    milestones = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("first-paint", "ready"):
            milestones[name] = float(stamp) - launched
    if "first-paint" not in milestones:
        raise RuntimeError(f"no first paint reported: {result.stdout}\n{result.stderr}")
    return milestones


def measure(runs: int = 7) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, "main.py", "--data-dir", data, "--lang", "id"]
        bare = [sys.executable, str(ROOT / "tests" / "benchmarks" / "bare_window.py")]
        launch(app)  # the first run creates the store and the sample session
        app_runs, bare_runs = [], []
        for _ in range(runs):
            bare_runs.append(launch(bare)["first-paint"])
            app_runs.append(launch(app))
    bare_s = statistics.median(bare_runs)
    paint_s = statistics.median(run["first-paint"] for run in app_runs)
    ready_s = statistics.median(run["ready"] for run in app_runs)
    return {
        "bare_s": bare_s,
        "paint_s": paint_s,
        "ready_s": ready_s,
        "paint_ratio": paint_s / bare_s,
        "ready_ratio": ready_s / bare_s,
    }


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    figures = measure(runs)
    print(
        f"start-up to first painted main window: {figures['paint_s'] * 1000:.0f} ms, bare "
        f"QMainWindow {figures['bare_s'] * 1000:.0f} ms, ratio {figures['paint_ratio']:.2f} "
        f"(goal <= {GOAL})"
    )
    print(
        f"start-up until the sessions list is filled: {figures['ready_s'] * 1000:.0f} ms, "
        f"ratio {figures['ready_ratio']:.2f} to the bare window"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

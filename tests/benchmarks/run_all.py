"""Run every benchmark script in this folder, one after another, and print what each says.

    python tests/benchmarks/run_all.py

Each bench_*.py measures its own baseline in the same run and prints figure, baseline, ratio
and goal; this runner only collects them so one command gives the whole picture.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parents[1])
        failures += result.returncode != 0
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

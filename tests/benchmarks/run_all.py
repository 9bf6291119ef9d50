"""Every benchmark on the large generated programme, in one table.

    python tests/benchmarks/run_all.py [--quick] [--seed N]

The programme (100 sessions; one with 500 participants, 60 activities over 3 days and 20,000
notes) is built once per seed and cached (programme.py). Each bench_*.py runs in its own
process, measures its baselines in the same run and hands back its rows; this prints them as
one table: figure | value | baseline (same run) | ratio | goal | met. --quick: fewer
repetitions and a 10-s timer countdown instead of 60 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.benchmarks.programme import Row, arguments, cached_programme, parse_rows, table  # noqa: E402

ORDER = ("startup", "ui", "notes", "report", "people", "rosters", "agenda", "timer", "room")


def main() -> int:
    args = arguments(__doc__.splitlines()[0])
    cached_programme(args.seed)  # build it once, before the scripts copy it
    rows: list[Row] = []
    failed = []
    load = os.getloadavg()
    for name in ORDER:
        command = [
            sys.executable,
            str(HERE / f"bench_{name}.py"),
            "--rows",
            "--seed",
            str(args.seed),
        ]
        command += ["--quick"] if args.quick else []
        started = time.perf_counter()
        result = subprocess.run(command, cwd=HERE.parents[1], capture_output=True, text=True)
        found = parse_rows(result.stdout)
        print(
            f"bench_{name}.py: {len(found)} figures in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
        if not found:
            failed.append(name)
            print(result.stdout[-2000:], result.stderr[-2000:], sep="\n", file=sys.stderr)
        rows += found
    print()
    print(table(rows))
    missed = sum(r.met is False for r in rows)
    after = os.getloadavg()
    print(
        f"\n{len(rows)} figures, {missed} missed; load average {load[0]:.1f} before, "
        f"{after[0]:.1f} after, on {os.cpu_count()} CPUs"
        + (f"; no figures from: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

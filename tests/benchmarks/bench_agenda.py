"""Agenda recomputation for a 60-activity, 3-day programme. Goal: < 5 ms per full recompute.

    python tests/benchmarks/bench_agenda.py

The baseline is summing the 60 planned minutes in plain Python, measured in the same run, so
the ratio shows what the schedule arithmetic costs beyond touching every activity.
"""

from __future__ import annotations

import sys
import timeit
from datetime import date, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.activity import Activity, ActivityKind  # noqa: E402
from facilitation.agenda import plan_day  # noqa: E402
from facilitation.session import SessionDay  # noqa: E402
from tests.benchmarks.programme import Row, arguments, emit, row, table  # noqa: E402

GOAL_MS = 5.0


def programme() -> list[SessionDay]:
    kinds = list(ActivityKind)
    return [
        SessionDay(
            date=date(2022, 3, 23 + d),
            start=time(8, 0),
            end=time(16, 0),
            activities=[
                Activity(f"Kegiatan {d}.{i}", kinds[i % len(kinds)], 20 + i % 4 * 5)
                for i in range(20)
            ],
        )
        for d in range(3)
    ]


def measure(repeat: int = 2000) -> dict[str, float]:
    days = programme()

    def recompute() -> None:
        for day in days:
            plan_day(day)

    def baseline() -> None:
        for day in days:
            sum(a.planned_minutes for a in day.activities)

    recompute_ms = min(timeit.repeat(recompute, number=repeat, repeat=5)) / repeat * 1000
    baseline_ms = min(timeit.repeat(baseline, number=repeat, repeat=5)) / repeat * 1000
    return {"recompute_ms": recompute_ms, "baseline_ms": baseline_ms}


def rows(quick: bool = False) -> list[Row]:
    figures = measure(500 if quick else 2000)
    ms = figures["recompute_ms"]
    return [
        row(
            "agenda recompute, 60 activities over 3 days (sum of minutes)",
            ms,
            "ms",
            figures["baseline_ms"],
            f"< {GOAL_MS:.0f} ms",
            ms < GOAL_MS,
        )
    ]


def main() -> int:
    args = arguments(__doc__.splitlines()[0])
    found = rows(args.quick)
    print(table(found))
    if args.rows:
        emit(found)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Forming groups, the algorithm alone: CPU time of one formation of 50 groups from 500 people
(the nine institutions and positions of tests/roster_fixtures, as bench_ui's programme; gender
balanced) avoiding the pairs of k earlier formations, each made by form_groups itself. As on
the People page, each formation follows one that saw one formation fewer (the counts of earlier
pairs are kept from call to call).

    python tests/benchmarks/bench_groups_algo.py [--earlier 0,4,10,20] [--runs 7]

Prints the median of the runs' process CPU time (time.process_time) per k, and a digest of all
the groups made: the same digest before and after a change means the same groups.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.groups import GroupPlan, Member, form_groups  # noqa: E402
from tests.roster_fixtures import INSTITUTIONS, POSITIONS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--earlier", default="0,4,10,20", help="numbers of earlier formations")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    counts = [int(k) for k in args.earlier.split(",")]
    rng = random.Random(1)
    people = [
        Member(f"p{n:04d}", INSTITUTIONS[n % 9], rng.choice("LP"), rng.choice(POSITIONS))
        for n in range(500)
    ]
    earlier: list[list[list[str]]] = []
    for seed in range(max(counts, default=0)):
        plan = GroupPlan(value=50, seed=500 + seed, balance_gender=True)
        earlier.append(form_groups(people, plan, earlier=list(earlier)))
    digest = hashlib.sha256()
    for k in counts:
        times = []
        for run in range(args.runs):
            if k:  # the formation before, with one earlier formation fewer
                form_groups(people, GroupPlan(value=50, seed=1), earlier=earlier[: k - 1])
            plan = GroupPlan(value=50, seed=1000 + run, balance_gender=True, avoid_repeats=k > 0)
            start = time.process_time()
            groups = form_groups(people, plan, earlier=earlier[:k])
            times.append((time.process_time() - start) * 1000)
            digest.update(json.dumps(groups).encode())
        print(f"{k:3d} earlier formations: {statistics.median(times):6.1f} ms CPU")
    print(f"digest of the groups: {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()

"""The README's fault and attack table, from the tests marked @pytest.mark.attack(category).

    python3 tests/attack_table.py            run the hostile cases, print the table
    python3 tests/attack_table.py --write    ... and put it into README.md

Each test, or each parametrized case, is one case; it held when the test passed (the app
refused the input cleanly, or survived it, and nothing else changed). A property test counts
once, whatever number of examples Hypothesis generated.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- attack-table:start -->", "<!-- attack-table:end -->"


class AttackCollector:
    """Counts cases and outcomes per category while pytest runs."""

    def __init__(self) -> None:
        self.categories: dict[str, str] = {}  # test id -> category
        self.cases: dict[str, list[bool]] = defaultdict(list)
        self.examples: dict[str, str] = {}  # category -> one test name, to say what was tried

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            marker = item.get_closest_marker("attack")
            if marker and marker.args:
                self.categories[item.nodeid] = str(marker.args[0])
                self.examples.setdefault(str(marker.args[0]), item.originalname)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        category = self.categories.get(report.nodeid)
        if category is None:
            return
        counted = report.when == "call" or (report.when == "setup" and report.outcome == "failed")
        if counted and report.outcome != "skipped":
            self.cases[category].append(report.outcome == "passed")


def table(collector: AttackCollector) -> str:
    rows = ["| category | example of what was tried | cases | held |", "|---|---|---:|---:|"]
    total = held = 0
    for category in sorted(collector.cases):
        outcomes = collector.cases[category]
        example = collector.examples[category].removeprefix("test_").replace("_", " ")
        rows.append(f"| {category} | {example} | {len(outcomes)} | {sum(outcomes)} |")
        total, held = total + len(outcomes), held + sum(outcomes)
    rows.append(f"| **all** | | **{total}** | **{held}** |")
    return "\n".join(rows)


def write_into_readme(text: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    before, rest = content.split(START, 1)
    _old, after = rest.split(END, 1)
    readme.write_text(f"{before}{START}\n{text}\n{END}{after}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="put the table into README.md")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    collector = AttackCollector()
    code = pytest.main(["-q", "-m", "attack", "-p", "no:cacheprovider", "tests"], [collector])
    text = table(collector)
    print(text)
    if args.write:
        write_into_readme(text)
    return 0 if code in (0, pytest.ExitCode.NO_TESTS_COLLECTED) else int(code)


if __name__ == "__main__":
    sys.exit(main())

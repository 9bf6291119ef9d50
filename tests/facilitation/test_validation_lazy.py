"""Each table's rules load the domain modules they need when first asked for: checking a
session row at start-up does not load the run's, the methods' or the evaluation's modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
from facilitation.validation import RULES, row_problem
assert row_problem("sessions", {"title": "Pelatihan", "report_language": "id"}) is None
late = ("facilitation.evaluation", "facilitation.method_runs", "facilitation.run_log",
        "facilitation.timer", "facilitation.workplans", "facilitation.tallies")
print(sorted(name for name in late if name in sys.modules))
print(sum(len(RULES[table]) for table in RULES) > 250)
print(all(name in sys.modules for name in late))
"""


def test_a_session_row_is_checked_without_loading_every_domain_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["[]", "True", "True"]

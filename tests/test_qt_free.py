"""Domain and storage tests run without Qt: the layering the app promises holds for its tests.

pytest-qt imports PySide6 into every pytest process, so the check runs in a plain interpreter
that imports the shared conftest and every module under tests/facilitation and tests/storage.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

CHECK = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(qt[:5])
sys.exit(1 if qt else 0)
"""


def qt_free_modules() -> list[str]:
    names = ["tests.conftest"]
    for folder in ("facilitation", "storage"):
        for path in sorted((TESTS / folder).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


@pytest.mark.slow
def test_domain_and_storage_tests_import_no_qt() -> None:
    modules = qt_free_modules()
    assert "tests.storage.test_storage_sessions" in modules
    done = subprocess.run(
        [sys.executable, "-c", CHECK, *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr

"""Shared by the start-up tests: another process holding a data folder's lock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def holder(data_dir: Path) -> Iterator[subprocess.Popen]:
    """Another process holding the data folder, as a running Lokakarya window does."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path;"
            " from ui.common.instance_lock import InstanceLock;"
            "lock = InstanceLock(Path(sys.argv[1])); lock.acquire(); print('locked', flush=True);"
            "sys.stdin.read()",
            str(data_dir),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "locked"
    yield process
    process.kill()
    process.wait()

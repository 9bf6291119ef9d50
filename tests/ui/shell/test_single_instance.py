"""One Lokakarya per data folder, with the lock taken after the first paint when no lock file is
there (its disk wait no longer delays the window): a second start is still refused, before its
window shows when the folder is held, after it when two started at the same moment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from storage.database import DB_FILENAME
from ui.common.instance_lock import LOCK_FILENAME, InstanceLock
from ui.shell.main_window import MainWindow
from ui.shell.single_instance import EXIT_ERROR, take_lock

ROOT = Path(__file__).resolve().parents[3]

# main.py as the user starts it, with the message box answered on stdout and the first paint
# reported with whether the lock file was there by then. NO_LOCK_FILE=1 makes the start see no
# lock file, as when another Lokakarya took the folder a moment after this one looked.
STARTER = """
import os, runpy, sys
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox
import ui.shell.app as app

def refused(_parent, title, text):
    print("refused", title, flush=True)

QMessageBox.critical = staticmethod(refused)
if os.environ.get("NO_LOCK_FILE"):
    app.lock_file_present = lambda _folder: False
seen = app.AfterFirstPaint.eventFilter
lock_file = Path(sys.argv[2]) / "lokakarya.lock"

def report(self, watched, event):
    if event.type() == QEvent.Type.Paint and not self.done:
        print("painted", "locked" if lock_file.exists() else "unlocked", flush=True)
    return seen(self, watched, event)

app.AfterFirstPaint.eventFilter = report
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def start_app(data_dir: Path, tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LOKAKARYA_EXIT_AFTER_SHOW": "1",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        **extra_env,
    }
    command = [sys.executable, "-c", STARTER, "--data-dir", str(data_dir), "--lang", "en"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)


@pytest.mark.attack("two instances at once")
def test_a_refused_start_takes_its_window_away_before_the_message(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    shown: list[tuple[bool, str]] = []

    def critical(_parent, title: str, text: str) -> None:
        shown.append((window.isVisible(), f"{title}\n{text}"))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    with InstanceLock(data_dir):  # as another window holds it
        assert take_lock(data_dir, window) == EXIT_ERROR
    assert len(shown) == 1
    visible, text = shown[0]
    assert not visible and "already" in text
    lock = take_lock(data_dir, window)  # let go: now it is ours
    assert isinstance(lock, InstanceLock)
    lock.release()


@pytest.mark.slow
def test_the_window_paints_before_the_lock_is_taken_and_the_app_then_holds_it(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "d"
    done = start_app(data_dir, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "painted unlocked" in done.stdout.splitlines()
    assert (data_dir / DB_FILENAME).exists()
    assert not (data_dir / LOCK_FILENAME).exists()  # let go at the quit


@pytest.mark.slow
@pytest.mark.attack("two instances at once")
def test_a_start_while_a_window_holds_the_folder_is_refused_before_it_paints(
    tmp_path: Path, data_dir: Path, holder: subprocess.Popen
) -> None:
    done = start_app(data_dir, tmp_path)
    assert done.returncode == EXIT_ERROR, done.stderr
    lines = done.stdout.splitlines()
    assert lines == ["refused Lokakarya is already open"]  # no window painted
    assert not (data_dir / DB_FILENAME).exists()  # the store was never touched


@pytest.mark.slow
@pytest.mark.attack("two instances at once")
def test_a_start_that_loses_the_folder_after_painting_is_refused_and_touches_nothing(
    tmp_path: Path, data_dir: Path, holder: subprocess.Popen
) -> None:
    done = start_app(data_dir, tmp_path, NO_LOCK_FILE="1")
    assert done.returncode == EXIT_ERROR, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("painted")
    assert "refused Lokakarya is already open" in lines
    assert not any(line.startswith("ready") for line in lines)
    assert not (data_dir / DB_FILENAME).exists()

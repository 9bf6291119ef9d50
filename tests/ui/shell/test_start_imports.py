"""Start-up loads what the sessions list needs and no more: the modules of the run, the methods,
evaluation, work plans and bundles load when a session or an action needs them (a guard on the
work done at start, not on its time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# main.py as the user starts it; what was imported is printed when the app has quit.
REPORT = """
import os, runpy, sys
leave = os._exit  # the app leaves through os._exit after a clean quit (ui/shell/app.exit_now)
os._exit = lambda status: (print("modules", *sorted(sys.modules), flush=True), leave(status))
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""
LATER = (
    "facilitation.evaluation",
    "facilitation.method_runs",
    "facilitation.workplans",
    "facilitation.tallies",
    "storage.bundles",
    "storage.evaluation",
    "storage.roleplays",
    "numpy",
)


@pytest.mark.slow
def test_start_up_lists_the_sessions_without_loading_every_module(tmp_path: Path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LOKAKARYA_EXIT_AFTER_SHOW": "1",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    command = [sys.executable, "-c", REPORT, "--data-dir", str(tmp_path / "d"), "--lang", "id"]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert first.returncode == 0, first.stderr  # the first start opens the sample day
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert again.returncode == 0, again.stderr
    lines = [line for line in again.stdout.splitlines() if line.startswith("modules ")]
    loaded = set(lines[-1].split()[1:])
    assert "storage.sessions" in loaded and "ui.sessions.page" in loaded
    assert sorted(loaded & set(LATER)) == []


# What is loaded when the window first paints: the store's libraries load after it.
AT_FIRST_PAINT = """
import runpy, sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEvent
import ui.shell.app as app

seen = app.AfterFirstPaint.eventFilter

def report(self, watched, event):
    if event.type() == QEvent.Type.Paint and not self.done:
        print("painted", *sorted(sys.modules), flush=True)
        # A Qt class builds its enums the first time it is touched (it then sits in vars()).
        modules = (QtCore, QtGui, QtWidgets)
        touched = [n for m in modules for n, v in vars(m).items() if isinstance(v, type)]
        print("touched", *sorted(touched), flush=True)
    return seen(self, watched, event)

app.AfterFirstPaint.eventFilter = report
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


@pytest.mark.slow
def test_the_window_paints_before_the_store_libraries_load(tmp_path: Path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LOKAKARYA_EXIT_AFTER_SHOW": "1",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    command = [sys.executable, "-c", AT_FIRST_PAINT, "--data-dir", str(tmp_path / "d")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    painted = next(line for line in done.stdout.splitlines() if line.startswith("painted "))
    loaded = set(painted.split()[1:])
    assert "ui.shell.main_window" in loaded
    assert not loaded & {"sqlite_utils", "sqlite3", "storage.database", "numpy"}
    touched = next(line for line in done.stdout.splitlines() if line.startswith("touched "))
    classes = set(touched.split()[1:])
    assert "QLabel" in classes  # the opening label paints with the window
    # The navigation (an item view, its fonts and layout), the menu bar, the menus' entries,
    # a saved window geometry and the lock (no lock file was there) come after the first
    # paint: their classes (and their enums) are not built before it.
    assert not classes & {
        "QListWidget",
        "QAbstractItemView",
        "QFont",
        "QBoxLayout",
        "QMenuBar",
        "QSplitter",
        "QAction",
        "QActionGroup",
        "QKeySequence",
        "QByteArray",
        "QLockFile",
    }


# Lokakarya's own modules loaded when the window first paints: the frame, its language and
# the lock's check. Any other module is imported after the paint (where it is used), the
# garbage collector's timer too (its first collection walks every object the imports made).
FIRST_PAINT_MODULES = {
    "facilitation",
    "facilitation.resources_path",  # the translations' folder
    "ui",
    "ui.command_line",
    "ui.common",
    "ui.common.i18n",
    "ui.common.import_speed",
    "ui.common.instance_lock",
    "ui.shell",
    "ui.shell.app",
    "ui.shell.font_warmup",
    "ui.shell.main_window",
    "ui.shell.session_pages",
    "ui.shell.single_instance",
    "ui.shell.window_memory",
    "ui.shell.window_parts",
}

# A script as the user starts it, until its first paint: the Python enum types built (each
# Qt class builds its enums when first touched) and the modules loaded are printed then.
COUNT_TO_FIRST_PAINT = """
import enum, os, runpy, sys
built = []
original = enum.EnumType.__new__

def counting(metacls, name, *args, **kwargs):
    built.append(name)
    return original(metacls, name, *args, **kwargs)

enum.EnumType.__new__ = counting
shown = sys.stdout

class Watch:
    def write(self, text):
        if text.startswith("first-paint"):
            shown.write(" ".join(["enums", *built]) + "\\n")
            shown.write(" ".join(["loaded", *sys.modules]) + "\\n")
        return shown.write(text)

    def flush(self):
        shown.flush()

sys.stdout = Watch()
sys.path[0] = os.path.dirname(os.path.abspath(sys.argv[1]))
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _count_to_first_paint(script: list[str], home: Path) -> tuple[list[str], list[str]]:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LOKAKARYA_EXIT_AFTER_SHOW": "1",
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
    }
    command = [sys.executable, "-c", COUNT_TO_FIRST_PAINT, *script]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    enums = next(line for line in lines if line.startswith("enums")).split()[1:]
    loaded = next(line for line in lines if line.startswith("loaded ")).split()[1:]
    return enums, loaded


@pytest.mark.slow
def test_the_first_paint_costs_little_more_than_a_bare_window(tmp_path: Path) -> None:
    """Counted, not timed: Lokakarya's modules loaded before the first paint, and the enum
    types built (~0.2 ms each), against a bare QMainWindow started the same way. Beyond the
    bare window's: QSettings' (3), QFrame's (3, the opening label) and QByteArray's (2, the
    saved window geometry of this second start)."""
    app = [str(ROOT / "main.py"), "--data-dir", str(tmp_path / "d"), "--lang", "id"]
    _count_to_first_paint(app, tmp_path)  # the first start: the sample day, a saved geometry
    enums, loaded = _count_to_first_paint(app, tmp_path)
    bare_enums, _ = _count_to_first_paint([str(ROOT / "tests/benchmarks/bare_window.py")], tmp_path)
    ours = {name for name in loaded if name.split(".")[0] in ("ui", "storage", "facilitation")}
    assert sorted(ours - FIRST_PAINT_MODULES) == [], "imported before the first paint"
    assert len(enums) - len(bare_enums) <= 8, sorted(set(enums) - set(bare_enums))


# main.py as the user starts it; Python's cyclic collections counted until the first paint.
COLLECTIONS = """
import gc, runpy, sys
collections = []
# Counted from Qt's first module on: before it, a fresh clone's first start compiles its
# bytecode, and how many collections that makes depends on the cache, not on the app.
gc.callbacks.append(
    lambda phase, info: phase == "stop" and "PySide6" in sys.modules and collections.append(info)
)
shown = sys.stdout

class Watch:  # the app prints "first-paint <time>" for the start-up benchmark
    def write(self, text):
        if text.startswith("first-paint"):
            shown.write(f"collections {len(collections)}\\n")
            shown.write(" ".join(["loaded", *sys.modules]) + "\\n")  # in the order of loading
        return shown.write(text)

    def flush(self):
        shown.flush()

sys.stdout = Watch()
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


@pytest.mark.slow
def test_qt_loads_without_cyclic_collections_and_beside_the_font_set_up(tmp_path: Path) -> None:
    """The collector runs on the GUI thread only (ui/common/main_thread_gc.py) and is off from
    the desktop app's start: the ~25 collections while Qt's modules load are not paid. The
    system's fonts are set up on another thread from before Qt loads (ui/shell/font_warmup.py)."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LOKAKARYA_EXIT_AFTER_SHOW": "1",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    command = [sys.executable, "-c", COLLECTIONS, "--data-dir", str(tmp_path / "d")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    counted = next(line for line in done.stdout.splitlines() if line.startswith("collections "))
    assert int(counted.split()[1]) < 5
    loaded = next(line for line in done.stdout.splitlines() if line.startswith("loaded "))
    order = loaded.split()[1:]
    assert order.index("ui.shell.font_warmup") < order.index("PySide6")

"""Run by tests/ui/people/test_reader_thread.py and tests/ui/plan/test_reader_thread.py in a
process of their own, so calamine (the spreadsheet reader) is not imported yet:

    QT_QPA_PLATFORM=offscreen python3 tests/ui/reader_thread_probe.py roster|questions \
        SHEET DATA_DIR [--load-on-worker]

It opens the dialog (the roster import, or the question import on the sample's first
activity), has it read SHEET, and prints one JSON line: in order, which thread imported
python_calamine and which thread started the reading work. --load-on-worker undoes the
dialog's call to storage.roster_sheets.load_workbook_reader, as if the import had been moved
back to the worker, so the tests can show the probe would see it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from importlib.abc import MetaPathFinder
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

EVENTS: list[list[str]] = []  # [what, thread's name], in the order they happened


def probe(dialog_kind: str, sheet: Path, data_dir: Path, *flags: str) -> list[list[str]]:
    """Run this probe in a fresh process; what it saw, in order (for the tests)."""
    done = subprocess.run(
        [sys.executable, __file__, dialog_kind, str(sheet), str(data_dir), *flags],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert not report["imported_before"] and report["done"], report
    return report["events"]


def thread_name() -> str:
    return "gui" if threading.current_thread() is threading.main_thread() else "worker"


class ImportWatch(MetaPathFinder):
    """Notes the thread importing calamine; finds nothing itself (the next finder does)."""

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: Any = None) -> None:
        if name == "python_calamine":
            EVENTS.append(["import python_calamine", thread_name()])
        return None


def watched(work: Callable[..., Any]) -> Callable[..., Any]:
    def noted(*args: Any, **kwargs: Any) -> Any:
        EVENTS.append(["reading starts", thread_name()])
        return work(*args, **kwargs)

    return noted


def main(dialog_kind: str, sheet: str, data_dir: str, *flags: str) -> None:
    app = QApplication([sys.argv[0]])
    if dialog_kind == "roster":
        from ui.people import roster_import_dialog as module

        module.read_roster_file = watched(module.read_roster_file)
        dialog = module.RosterImportDialog([])
        done = lambda: dialog.roster_file is not None or dialog.error_label.isVisibleTo(dialog)  # noqa: E731
        load = dialog.load_file
    else:
        from tests.ui.ui_helpers import make_context, page_context
        from ui.plan import question_import as module

        context = page_context(make_context(Path(data_dir)))
        session_id = context.app.sessions.list()[0].id
        module.read_sheet = watched(module.read_sheet)
        dialog = module.QuestionImportDialog(context, session_id, "an activity")
        done = lambda: dialog.choose_button.isEnabled()  # noqa: E731
        load = dialog.load
    if "--load-on-worker" in flags:
        module.load_workbook_reader = lambda: None
    already = "python_calamine" in sys.modules
    sys.meta_path.insert(0, ImportWatch())
    load(Path(sheet))
    deadline = time.monotonic() + 30
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print(json.dumps({"imported_before": already, "done": done(), "events": EVENTS}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

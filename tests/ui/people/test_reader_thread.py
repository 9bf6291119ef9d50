"""The roster import loads the spreadsheet reader (calamine) on the GUI thread before its
worker reads the file: a native module imported on a worker while the GUI thread imported Qt
Multimedia (the Run page's chime) once hung both. Each case starts a process of its own, where
calamine is not imported yet (tests/ui/reader_thread_probe.py)."""

from __future__ import annotations

import pytest

from tests.roster_fixtures import fake_roster, write_xlsx
from tests.ui.reader_thread_probe import probe

pytestmark = pytest.mark.slow  # starts real processes

FIRST_ON_THE_GUI_THREAD = [["import python_calamine", "gui"], ["reading starts", "worker"]]


def test_the_roster_reader_is_imported_on_the_gui_thread_before_the_worker_reads(
    tmp_path,
) -> None:
    sheet = write_xlsx(tmp_path / "daftar.xlsx", fake_roster(3))
    assert probe("roster", sheet, tmp_path / "data") == FIRST_ON_THE_GUI_THREAD


def test_the_probe_sees_an_import_moved_back_to_the_worker(tmp_path) -> None:
    """Without the dialog's load_workbook_reader the worker imports it: the test above
    would fail."""
    sheet = write_xlsx(tmp_path / "daftar.xlsx", fake_roster(3))
    events = probe("roster", sheet, tmp_path / "data", "--load-on-worker")
    assert events[0] == ["reading starts", "worker"]
    assert ["import python_calamine", "worker"] in events
    assert ["import python_calamine", "gui"] not in events

"""The question import loads the spreadsheet reader (calamine) on the GUI thread before its
worker reads the sheet, as the roster import does (tests/ui/people/test_reader_thread.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.ui.people.test_reader_thread import FIRST_ON_THE_GUI_THREAD
from tests.ui.reader_thread_probe import probe

pytestmark = pytest.mark.slow  # starts real processes


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Pertanyaan", "A", "B", "Kunci", "Jenis"])
    book.active.append(["Apa kepanjangan KKN?", "Korupsi, kolusi, nepotisme", "Lain", "A"])
    book.save(tmp_path / "kuis.xlsx")
    return tmp_path / "kuis.xlsx"


def test_the_question_sheet_reader_is_imported_on_the_gui_thread_first(sheet, tmp_path) -> None:
    assert probe("questions", sheet, tmp_path / "data") == FIRST_ON_THE_GUI_THREAD


def test_the_probe_sees_the_question_import_moved_back_to_the_worker(sheet, tmp_path) -> None:
    events = probe("questions", sheet, tmp_path / "data", "--load-on-worker")
    assert events == [["reading starts", "worker"], ["import python_calamine", "worker"]]

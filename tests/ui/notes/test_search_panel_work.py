"""The results of a search are laid out a batch at a time: the work before the first paint is
bounded by what a view shows, not by the 50 results, and each result is laid out once
(a guard on work, not on time)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from storage.notes import NoteRepository
from storage.sessions import SessionRepository
from ui.notes.search_panel import RESULT_BATCH, RESULT_LIMIT, SearchPanel


def test_results_are_laid_out_a_batch_at_a_time(qtbot, db) -> None:  # noqa: ANN001
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    notes = NoteRepository(db)
    for number in range(RESULT_LIMIT + 10):
        notes.add(Note(session.id, f"Pungli di loket {number}: " + "antrian panjang " * number))
    panel = SearchPanel(notes)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    delegate = panel.results.itemDelegate()
    panel.search_edit.setText("pungli")
    panel.search_now()
    QApplication.processEvents()
    assert panel.model.rowCount() == RESULT_LIMIT
    assert len(delegate._kept) <= 2 * RESULT_BATCH  # noqa: SLF001
    last = panel.model.index(RESULT_LIMIT - 1)
    qtbot.waitUntil(lambda: panel.results.visualRect(last).height() > 0, timeout=5000)
    assert len(delegate._kept) == RESULT_LIMIT  # each result laid out once, at one width
    assert panel.results.horizontalScrollBar().maximum() == 0  # rows as wide as the view

"""The results of a search are laid out a batch at a time: the work before the first paint is
bounded by what a view shows, not by the 50 results, and each result is laid out once, also
when a search shows it again (a guard on work, not on time)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from storage.notes import NoteRepository
from storage.sessions import SessionRepository
from ui.common.theme import ThemeChoice, install_theme
from ui.common.theme.tokens import DARK
from ui.notes import search_panel
from ui.notes.search_panel import HTML_ROLE, RESULT_BATCH, RESULT_LIMIT, SearchPanel, hit_html


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


def test_a_search_typed_again_shows_the_results_laid_out_before(qtbot, db, monkeypatch) -> None:  # noqa: ANN001
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    notes = NoteRepository(db)
    for number in range(12):
        notes.add(Note(session.id, f"Pungli di loket {number}, antrian panjang"))
    panel = SearchPanel(notes)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    made: list[int] = []
    real = search_panel.QTextDocument

    def search(text: str) -> None:
        panel.search_edit.setText(text)
        panel.search_now()
        QApplication.processEvents()

    search("pungli")
    search("antrian")
    monkeypatch.setattr(search_panel, "QTextDocument", lambda *a: made.append(1) or real(*a))
    search("pungli")
    assert made == []  # "pungli" again: its 12 results as laid out the first time
    assert panel.model.rowCount() == 12
    shown = [panel.model.index(row).data(HTML_ROLE) for row in range(12)]
    assert shown == [hit_html(hit) for hit in panel.model.hits]


def test_results_take_the_new_themes_colours(qtbot, db) -> None:  # noqa: ANN001
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    NoteRepository(db).add(Note(session.id, "Pungli di loket"))
    panel = SearchPanel(NoteRepository(db))
    qtbot.addWidget(panel)
    panel.search_edit.setText("pungli")
    panel.search_now()
    install_theme(ThemeChoice.DARK)
    panel.search_now()
    assert panel.model.index(0).data(HTML_ROLE) == hit_html(panel.model.hits[0])
    assert DARK.highlight in panel.model.index(0).data(HTML_ROLE)

"""A long notes list works by what the view shows, not by how many notes there are: opening it
reads a count and the page on screen; saving a note inserts one row (no reset, no second read
of the list or of the names used); trashing a note and undoing it move one row each (a guard
on work, not on time)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitation.notes import Note
from tests.ui.notes.notes_helpers import shown_notes_page
from tests.ui.ui_helpers import count_calls, make_context

NOTES = 450  # three pages of the list


@pytest.fixture
def long_page(qtbot, data_dir):  # noqa: ANN001, ANN201
    context = make_context(data_dir)
    session_id = context.sessions.list()[0].id
    for number in range(NOTES):
        context.notes.add(Note(session_id, f"Catatan {number}"))
    return shown_notes_page(qtbot, context, session_id)


def model_events(model) -> list[str]:  # noqa: ANN001
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"inserted {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(f"removed {first}-{last}"))
    return events


def test_opening_a_long_list_reads_only_the_page_on_screen(monkeypatch, long_page) -> None:
    names = ["list_page", "for_session", "get", "names_used"]
    calls = count_calls(monkeypatch, long_page.notes, names)
    session_id = long_page.session.id
    long_page.close_session()  # opened again unchanged, the list would stand as it is
    long_page.open_session(session_id)
    long_page.hide()
    long_page.show()  # read when shown
    QApplication.processEvents()
    assert long_page.browser.model.rowCount() == NOTES
    assert long_page.browser.count_label.text() == f"{NOTES} notes"
    assert calls == Counter(list_page=1)  # the first page only: no note read whole, no names


def test_the_names_used_are_read_when_a_list_of_them_is_wanted(
    qtbot, monkeypatch, long_page
) -> None:
    session_id = long_page.session.id
    long_page.notes.add(
        Note(session_id, "Usul", speaker="Bu Ani", group_label="Kelompok 1", tags=["Adaptif"])
    )
    calls = count_calls(monkeypatch, long_page.notes, ["names_used"])
    long_page.open_session(session_id)
    QApplication.processEvents()
    browser, capture = long_page.browser, long_page.capture
    assert calls["names_used"] == 0 and browser.tag_filter.count() == 1  # "All"
    qtbot.mouseClick(capture.speaker_edit, Qt.MouseButton.LeftButton)
    assert "Bu Ani" in capture.speaker_names.stringList()
    assert capture.group_combo.findText("Kelompok 1") > 0
    qtbot.keyClick(browser.tag_filter, Qt.Key.Key_Down)  # the first tag, listed just before
    assert browser.tag_filter.currentData() == "Adaptif"
    assert browser.group_filter.findData("Kelompok 1") > 0
    assert browser.model.rowCount() == 1
    assert calls["names_used"] == 1  # once for the completers and the filters


def test_a_saved_note_is_one_inserted_row(qtbot, monkeypatch, long_page) -> None:
    model = long_page.browser.model
    events = model_events(model)
    calls = count_calls(monkeypatch, long_page.notes, ["list_page", "names_used", "for_session"])
    box = long_page.capture.text_edit
    box.setFocus()
    qtbot.keyClicks(box, "Catatan terakhir")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert events == [f"inserted {NOTES}-{NOTES}"]
    assert calls["names_used"] == 0 and calls["for_session"] == 0
    assert calls["list_page"] <= 1  # the last page, read again for the new row
    last = model.index(NOTES, model.TEXT)
    assert model.data(last) == "Catatan terakhir"
    assert long_page.browser.count_label.text() == f"{NOTES + 1} notes"


def test_trashing_a_note_and_undoing_moves_one_row(monkeypatch, long_page) -> None:
    browser = long_page.browser
    events = model_events(browser.model)
    assert browser.select_note(browser.model.note(300).id)
    browser.trash_selected()
    assert events == ["removed 300-300"]
    assert browser.model.rowCount() == NOTES - 1
    assert browser.model.data(browser.model.index(300, browser.model.TEXT)) == "Catatan 301"
    long_page.undo_stack.undo()
    assert events == ["removed 300-300", "inserted 300-300"]
    assert browser.model.data(browser.model.index(300, browser.model.TEXT)) == "Catatan 300"
    assert browser.model.row_of(browser.model.note(449).id) == 449


def test_the_tabs_behind_notes_read_their_session_when_first_shown(monkeypatch, long_page) -> None:
    opened: list[str] = []
    for name in ("work_plan", "commitments", "tallies", "evaluation"):
        tab = getattr(long_page, name)
        monkeypatch.setattr(tab, "open_session", lambda *_args, _name=name: opened.append(_name))
    long_page.open_session(long_page.session.id)
    QApplication.processEvents()
    assert opened == []
    long_page.tabs.setCurrentIndex(long_page.TALLIES_TAB)
    long_page.tabs.setCurrentIndex(long_page.NOTES_TAB)
    long_page.tabs.setCurrentIndex(long_page.TALLIES_TAB)
    assert opened == ["tallies"]  # once, when first shown
    long_page.tabs.setCurrentIndex(long_page.EVALUATION_TAB)
    assert opened == ["tallies", "evaluation"]

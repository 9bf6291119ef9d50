"""A saved note changes the list's count by itself when it is the only write since the list was
in step with the store: no count of the session's notes at each Enter. Any other write in
between (a note saved on the Run page, a merge) and the list counts again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitation.notes import Note
from tests.ui.notes.test_notes_list_work import (  # noqa: F401 (long_page: a fixture)
    NOTES,
    count_calls,
    long_page,
    model_events,
)
from ui.notes.model import NotesTableModel


def save(qtbot, page, text: str) -> None:  # noqa: ANN001
    box = page.capture.text_edit
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_notes_saved_one_after_another_are_not_counted_again(
    qtbot,
    monkeypatch,
    long_page,  # noqa: F811
) -> None:
    save(qtbot, long_page, "Pertama")  # the list is in step with the store from here
    calls = count_calls(monkeypatch, long_page.notes, ["list_count", "count"])
    events = model_events(long_page.browser.model)
    for number in range(3):
        save(qtbot, long_page, f"Catatan baru {number}")
    assert calls == {}
    assert events == [f"inserted {NOTES + n}-{NOTES + n}" for n in (1, 2, 3)]
    assert long_page.browser.count_label.text() == f"{NOTES + 4} notes"
    model = long_page.browser.model
    assert model.data(model.index(NOTES + 3, model.TEXT)) == "Catatan baru 2"


def saved_counted_again(qtbot, monkeypatch, page) -> list[str]:  # noqa: ANN001
    """Save "Kedua" after a note the list was not told of: the list counts the store again and
    shows three new rows; their texts."""
    calls = count_calls(monkeypatch, page.notes, ["list_count"])
    save(qtbot, page, "Kedua")
    assert calls["list_count"] >= 1
    model = page.browser.model
    assert model.rowCount() == NOTES + 3
    return [model.data(model.index(row, model.TEXT)) for row in range(NOTES, NOTES + 3)]


def test_a_note_written_elsewhere_in_between_makes_the_list_count(
    qtbot,
    monkeypatch,
    long_page,  # noqa: F811
) -> None:
    save(qtbot, long_page, "Pertama")
    long_page.notes.add(Note(long_page.session.id, "Dari halaman Jalankan"))  # list not told
    texts = saved_counted_again(qtbot, monkeypatch, long_page)
    assert texts == ["Pertama", "Dari halaman Jalankan", "Kedua"]


def test_a_filtered_list_takes_a_saved_note_without_counting(
    qtbot,
    monkeypatch,
    long_page,  # noqa: F811
) -> None:
    browser = long_page.browser
    activity = browser.activity_filter.itemData(1)
    browser.activity_filter.setCurrentIndex(1)
    long_page.capture.set_current_activity(activity)
    save(qtbot, long_page, "Pertama")
    shown = browser.model.rowCount()
    calls = count_calls(monkeypatch, long_page.notes, ["list_count"])
    save(qtbot, long_page, "Untuk kegiatan ini")
    assert calls == {}
    assert browser.model.rowCount() == shown + 1
    long_page.capture.set_current_activity(browser.activity_filter.itemData(2))
    save(qtbot, long_page, "Untuk kegiatan lain")  # saved, not listed here
    assert calls == {}
    assert browser.model.rowCount() == shown + 1
    assert browser.model.total == NOTES + 3


def test_choosing_activities_counts_the_session_once(
    qtbot,
    monkeypatch,
    long_page,  # noqa: F811
) -> None:
    browser, notes = long_page.browser, long_page.notes
    session_id = long_page.session.id
    first, second = browser.activity_filter.itemData(1), browser.activity_filter.itemData(2)
    for number, activity in enumerate([first, first, second]):
        notes.add(Note(session_id, f"Untuk kegiatan {number}", activity_id=activity))
    long_page.open_session(session_id)  # the list reads the notes added behind its back
    QApplication.processEvents()
    calls = count_calls(monkeypatch, notes, ["list_count", "count", "counts_by_activity"])
    browser.activity_filter.setCurrentIndex(1)
    assert browser.model.rowCount() == 2
    browser.activity_filter.setCurrentIndex(2)
    assert browser.model.rowCount() == 1
    assert calls == {"counts_by_activity": 1}
    long_page.capture.set_current_activity(second)
    save(qtbot, long_page, "Satu lagi")
    assert browser.model.rowCount() == 2 and browser.model.total == NOTES + 4
    assert calls == {"counts_by_activity": 1}
    browser.select_note(browser.model.note(0).id)
    browser.trash_selected()  # the counts are read again, with the trash
    browser.activity_filter.setCurrentIndex(1)
    assert browser.model.rowCount() == 2
    browser.activity_filter.setCurrentIndex(2)
    assert browser.model.rowCount() == 1
    assert browser.count_label.text() == f"1 of {NOTES + 3} notes shown"


def test_a_saved_note_shows_as_read_from_the_store_without_reading_its_page(
    qtbot,
    monkeypatch,
    long_page,  # noqa: F811
) -> None:
    capture, model = long_page.capture, long_page.browser.model
    save(qtbot, long_page, "Pertama")
    capture.speaker_edit.setText("Bu Ani")
    capture.tag_field.edit.setText("Inovasi")
    calls = count_calls(monkeypatch, long_page.notes, ["list_page"])
    capture.text_edit.setPlainText("Kedua, dengan tanda ⏎ dan 🙂\nbaris dua")
    save(qtbot, long_page, "")
    assert calls == {}
    fresh = NotesTableModel(long_page.notes)
    fresh.load(long_page.session.id, model.activity_titles)
    for row in (NOTES, NOTES + 1):
        assert model.shown(row) == fresh.shown(row)
    assert "Inovasi" in model.shown(NOTES + 1)[model.TAGS]


def test_a_note_committed_by_another_connection_makes_the_list_count(
    qtbot,
    monkeypatch,
    data_dir,
    long_page,  # noqa: F811
) -> None:
    """The phone server writes from its own connection: its commit leaves this connection's
    own count of rows written as it was, and still the list must not count by itself."""
    from storage.database import open_store
    from storage.notes import NoteRepository

    save(qtbot, long_page, "Pertama")
    other = open_store(data_dir, take_backup=False)
    try:
        NoteRepository(other.db).add(Note(long_page.session.id, "Dari ponsel"))
    finally:
        other.db.close()
    texts = saved_counted_again(qtbot, monkeypatch, long_page)
    assert texts == ["Pertama", "Dari ponsel", "Kedua"]

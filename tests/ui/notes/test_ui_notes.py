"""The Notes page driven with the keyboard, as a notulis would; each change checked in the store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from facilitation.notes import Note, NoteKind
from facilitation.session import Session, SessionDay
from facilitation.workplans import WorkPlanStatus
from tests.ui.ui_helpers import make_context, make_window, page_context
from ui.notes.page import NotesPage
from ui.notes.workplan_tab import WorkPlanTab

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot, data_dir):
    context = make_context(data_dir)
    notes_page = NotesPage(page_context(context))
    qtbot.addWidget(notes_page)
    notes_page.resize(1280, 800)
    notes_page.open_session(context.sessions.list()[0].id)
    notes_page.show()
    return notes_page


def stored(page) -> list[Note]:
    return page.notes.for_session(page.session.id)


def type_note(qtbot, page, text: str) -> None:
    box = page.capture.text_edit
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def type_cell(qtbot, view, text: str) -> None:
    """Typing on a cell opens its editor with the first key; the rest goes to the editor."""
    qtbot.keyClick(view, text[0])
    qtbot.keyClicks(view.focusWidget(), text[1:])


def test_typing_and_enter_saves_the_note_with_activity_group_and_kind(qtbot, page) -> None:
    activities = [a for day in page.session.days for a in day.activities]
    page.capture.set_current_activity(activities[2].id)
    box = page.capture.text_edit
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_3, ALT)
    qtbot.keyClicks(box, "Layanan <b>satu pintu</b> & cepat")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "baris kedua")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    (note,) = stored(page)
    assert note.text == "Layanan <b>satu pintu</b> & cepat\nbaris kedua"
    assert note.activity_id == activities[2].id
    assert note.group_label == "Group 2"
    assert note.kind == NoteKind.DECISION
    assert box.toPlainText() == ""  # cleared for the next note
    assert page.browser.model.rowCount() == 1  # shown at once
    assert page.capture.current_group() == "Group 2"  # group and kind stay for the next one
    page.undo_stack.undo()
    assert stored(page) == []
    page.undo_stack.redo()
    assert [n.id for n in stored(page)] == [note.id]


def test_ctrl_number_picks_that_group_from_the_list(qtbot, page) -> None:
    ani = "6f1c2b9e-0d4a-4e8b-9c3f-2a7d5e1b8c40"  # an id as the app makes them
    page.capture.set_names([("Ani Wulandari", ani)], ["Kelompok Melati", "Kelompok Mawar"], [])
    page.capture.speaker_edit.setFocus()
    qtbot.keyClick(page.capture.speaker_edit, Qt.Key.Key_2, CTRL)
    assert page.capture.current_group() == "Kelompok Mawar"
    page.capture.speaker_edit.setText("ani wulandari")
    type_note(qtbot, page, "Usul: jam layanan diperpanjang")
    (note,) = stored(page)
    assert (note.group_label, note.speaker, note.participant_id) == (
        "Kelompok Mawar",
        "ani wulandari",
        ani,
    )
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_0, CTRL)
    assert page.capture.current_group() == ""


def test_tags_typed_or_picked_are_saved_with_the_note(qtbot, page) -> None:
    field = page.capture.tag_field
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "Akuntabel")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(field.edit, "tepat waktu,")
    type_note(qtbot, page, "Laporan tiap Jumat")
    assert stored(page)[0].tags == ["Akuntabel", "tepat waktu"]
    assert field.tags() == []


def test_an_unstorable_note_is_refused_with_a_message_and_kept_in_the_box(qtbot, page) -> None:
    page.capture.text_edit.setPlainText("ada \x00 di sini")
    page.capture.save()
    assert stored(page) == []
    assert "NUL" in page.capture.message_label.text()
    assert page.capture.text_edit.toPlainText() == "ada \x00 di sini"


def test_delete_moves_notes_to_trash_and_undo_brings_them_back(qtbot, page) -> None:
    for text in ("Satu", "Dua", "Tiga"):
        type_note(qtbot, page, text)
    table = page.browser.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [n.text for n in stored(page)] == ["Satu", "Tiga"]
    assert page.browser.model.rowCount() == 2
    page.undo_stack.undo()
    assert [n.text for n in stored(page)] == ["Satu", "Dua", "Tiga"]
    assert page.browser.model.note(1).text == "Dua"


def test_star_and_browse_by_kind_and_tag(qtbot, page) -> None:
    page.capture.set_kind(NoteKind.QUESTION)
    type_note(qtbot, page, "Bagaimana mengukur outcome?")
    page.capture.set_kind(NoteKind.IDEA)
    page.capture.tag_field.add("Adaptif")
    type_note(qtbot, page, "Coba aplikasi antrian")
    table = page.browser.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert stored(page)[0].starred
    browser = page.browser
    browser.kind_filter.setCurrentIndex(browser.kind_filter.findData(NoteKind.IDEA))
    assert browser.model.rowCount() == 1
    browser.clear_filters()
    browser.tag_filter.setCurrentIndex(browser.tag_filter.findData("Adaptif"))
    assert browser.model.rowCount() == 1
    browser.clear_filters()
    browser.starred_filter.setChecked(True)
    assert browser.model.rowCount() == 1
    assert browser.model.note(0).starred


def test_search_result_opens_the_note_in_this_session_or_asks_for_another(qtbot, page) -> None:
    type_note(qtbot, page, "Pelayanan prima tanpa pungli")
    type_note(qtbot, page, "Catatan lain")
    other = page.context.app.sessions.create(
        Session(title="Bimtek Budaya Kinerja", days=[SessionDay(date=date(2023, 1, 1))])
    )
    elsewhere = page.notes.add(Note(other.id, "Pungli harus diberantas"))
    page.tabs.setCurrentIndex(page.SEARCH_TAB)
    page.search.search_edit.setText("pungli")
    page.search.search_now()
    assert page.search.model.rowCount() == 2
    assert "<b" in page.search.model.data(page.search.model.index(0), 258)
    with qtbot.waitSignal(page.context.navigator.open_note) as asked:
        row = [h.note_id for h in page.search.model.hits].index(elsewhere.id)
        page.search.results.setCurrentIndex(page.search.model.index(row))
        page.search.results.setFocus()
        qtbot.keyClick(page.search.results, Qt.Key.Key_Return)
    assert asked.args == [other.id, elsewhere.id]
    mine = 1 - row
    page.search.results.setCurrentIndex(page.search.model.index(mine))
    qtbot.keyClick(page.search.results, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == page.NOTES_TAB
    assert page.browser.selected_notes()[0].text == "Pelayanan prima tanpa pungli"


def test_work_plan_is_typed_like_a_spreadsheet(qtbot, page) -> None:
    page.tabs.setCurrentIndex(page.WORK_PLAN_TAB)
    tab = page.work_plan
    view = tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)  # a new row, cursor in its first cell
    assert tab.model.rowCount() == 1
    assert view.currentIndex().column() == WorkPlanTab.GROUP
    type_cell(qtbot, view, "Kelompok 1")  # typing starts editing
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(view.focusWidget(), "SOP izin 1 hari")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(view.focusWidget(), "SOP baru")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)  # Enter on the last row adds one
    items = tab.repo.items(page.session.id)
    assert (items[0].group_label, items[0].action, items[0].output) == (
        "Kelompok 1",
        "SOP izin 1 hari",
        "SOP baru",
    )
    view.go_to(0, WorkPlanTab.DEADLINE)
    type_cell(qtbot, view, "31/12/2025")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert tab.repo.items(page.session.id)[0].deadline == date(2025, 12, 31)
    view.go_to(0, WorkPlanTab.DEADLINE)
    type_cell(qtbot, view, "kapan-kapan")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert "not a date" in tab.message.text()
    assert tab.repo.items(page.session.id)[0].deadline == date(2025, 12, 31)
    index = tab.model.index(0, WorkPlanTab.STATUS)
    tab.model.setData(index, WorkPlanStatus.DONE)
    assert tab.repo.items(page.session.id)[0].status == WorkPlanStatus.DONE
    view.go_to(1, WorkPlanTab.ACTION)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(tab.repo.items(page.session.id)) == 1
    page.undo_stack.undo()
    assert len(tab.repo.items(page.session.id)) == 2


def test_work_plan_filter_by_group_and_new_rows_belong_to_it(qtbot, page) -> None:
    page.tabs.setCurrentIndex(page.WORK_PLAN_TAB)  # a tab reads its session when shown
    tab = page.work_plan
    tab.add_row()
    tab.model.setData(tab.model.index(0, WorkPlanTab.GROUP), "Kelompok Anggrek")
    tab.add_row()
    combo = tab.filter_combo
    combo.setCurrentIndex(combo.findData("group:Kelompok Anggrek"))
    assert tab.model.rowCount() == 1
    tab.add_row()
    assert [i.group_label for i in tab.repo.items(page.session.id)] == [
        "Kelompok Anggrek",
        "",
        "Kelompok Anggrek",
    ]


def test_vote_counts_produce_the_chart(qtbot, page) -> None:
    page.tabs.setCurrentIndex(page.TALLIES_TAB)  # a tab reads its session when shown
    tallies = page.tallies
    tallies.question_edit.setText("Nilai mana yang kita mulai?")
    tallies.options_edit.setPlainText("Akuntabel\nHarmonis\nAdaptif")
    qtbot.mouseClick(tallies.create_button, Qt.MouseButton.LeftButton)
    view = tallies.counts_view
    view.setFocus()
    for count in ("7", "12", "3"):
        type_cell(qtbot, view, count) if len(count) > 1 else qtbot.keyClick(view, count)
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    vote = tallies.repo.votes(page.session.id)[0]
    assert [o.count for o in vote.options] == [7, 12, 3]
    assert tallies.chart_values() == [("Harmonis", 12.0), ("Akuntabel", 7.0), ("Adaptif", 3.0)]
    page.undo_stack.undo()
    assert tallies.chart_values()[-1] == ("Adaptif", 0.0)


def test_evaluation_scores_from_paper_give_averages_and_gain(qtbot, page) -> None:
    page.tabs.setCurrentIndex(page.EVALUATION_TAB)  # a tab reads its session when shown
    reaction = page.evaluation.reaction
    first = reaction.model.records[0]
    reaction.model.setData(reaction.model.index(0, 6), "4")  # four sheets gave 5
    reaction.model.setData(reaction.model.index(0, 5), "1")  # one gave 4
    stored_tally = reaction.repo.tallies(page.session.id)[0]
    assert (stored_tally.target_key, stored_tally.counts) == (first.target_key, [0, 0, 0, 1, 4])
    assert reaction.chart_values() == [(first.target_label[:40], 4.8)]
    prepost = page.evaluation.prepost
    prepost.add_row()
    prepost.model.setData(prepost.model.index(0, 0), "Ani")
    prepost.model.setData(prepost.model.index(0, 1), "40")
    prepost.model.setData(prepost.model.index(0, 2), "70")
    prepost.model.setData(prepost.model.index(0, 2), "170")  # above the maximum: refused
    assert "between 0 and 100" in prepost.message.text()
    (score,) = prepost.repo.scores(page.session.id)
    assert (score.participant_name, score.pre, score.post) == ("Ani", 40, 70)
    assert prepost.model.data(prepost.model.index(0, 3)) == "30"
    assert prepost.model.data(prepost.model.index(0, 4)) == "0.5"
    assert "normalised gain of the class 0.5" in prepost.summary.text()


def test_the_notes_page_is_in_the_navigation(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    pages = [type(p).__name__ for p in window.session_pages]
    assert "NotesPage" in pages


def test_a_long_list_reads_past_its_first_batch_and_finds_a_filtered_note(qtbot, page) -> None:
    session_id = page.session.id
    for number in range(450):
        kind = NoteKind.QUESTION if number == 7 else NoteKind.IDEA
        page.notes.add(Note(session_id, f"Catatan nomor {number}", kind=kind))
    page.open_session(session_id)
    model = page.browser.model  # the filters are its query: no proxy model
    assert model.rowCount() == 450
    texts = {model.index(row, 0).row() for row in range(450)}
    assert len(texts) == 450
    last = [model.data(model.index(row, column)) for row in (449,) for column in range(6)]
    assert any("Catatan nomor" in str(value) for value in last)  # fetched beyond row 200
    combo = page.browser.kind_filter
    combo.setCurrentIndex(combo.findData(NoteKind.IDEA))
    assert model.rowCount() == 449
    hidden = next(n for n in page.notes.for_session(session_id) if n.kind == NoteKind.QUESTION)
    assert page.show_note(hidden.id)  # the filter is cleared to show it
    assert model.rowCount() == 450
    assert page.browser.table.currentIndex().isValid()


def test_a_hidden_notes_page_reads_its_notes_when_shown_and_only_once(qtbot, data_dir) -> None:
    """Opening a session tells every page; Notes (maybe 20,000 of them) waits until shown."""
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    notes_page = next(p for p in window.session_pages if isinstance(p, NotesPage))
    notes_page.notes.add(Note(session_id, "Pelayanan prima dimulai dari senyum"))
    reads: list[str] = []
    original = notes_page.browser.load
    notes_page.browser.load = lambda sid, activities: (reads.append(sid), original(sid, activities))
    stamps: list[str] = []
    stamp = notes_page.notes.session_stamp
    notes_page.notes.session_stamp = lambda sid, live=None: (stamps.append(sid), stamp(sid, live))[
        1
    ]
    window.open_session(session_id)  # the Plan page is shown; Notes is not
    assert notes_page.session.id == session_id and notes_page.title_label.text()
    assert reads == []
    window.show_page("notes")
    assert reads == [session_id]
    assert stamps == [session_id]  # read once: the first show does not check again
    assert notes_page.browser.model.rowCount() == 1
    window.navigation.setCurrentRow(1)
    window.show_page("notes")  # nothing changed: not read again
    assert reads == [session_id]

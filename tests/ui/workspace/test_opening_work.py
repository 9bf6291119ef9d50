"""Opening a session does the work of the page shown: the pages behind it read their part when
first shown, and the session opened again with nothing written since is not read and drawn
again (guards on work, not on time). Each page still shows the session last opened."""

from __future__ import annotations

from facilitation.notes import Note
from facilitation.participants import Participant
from tests.jp_fixtures import make_jp_session
from tests.ui.ui_helpers import make_window
from ui.capture.panel import CapturePanel
from ui.notes.browser import NotesBrowser
from ui.report.saved_paperwork import SavedPaperwork
from ui.run.chime import ChimePlayer


def recorded(monkeypatch, owner: type, name: str) -> list[object]:
    """Calls of owner.name (a method), with the first argument after self."""
    calls: list[object] = []
    real = getattr(owner, name)

    def spy(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        calls.append(args[0] if args else None)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return calls


def test_the_report_page_reads_the_session_last_opened_when_shown(
    qtbot, data_dir, monkeypatch
) -> None:
    window = make_window(qtbot, data_dir)
    first = window.context.sessions.list()[0].id
    copy = window.context.sessions.duplicate(first, "Salinan untuk laporan")
    shown = recorded(monkeypatch, SavedPaperwork, "show")
    window.open_session(first)
    window.open_session(copy.id)  # Plan in front: the Report page only takes note
    assert shown == []
    window.show_page("report")
    report = window.pages_by_key["report"]
    assert [session.id for session in shown] == [copy.id]
    assert report.session_title == "Salinan untuk laporan"
    assert report.language.currentData() == str(copy.report_language)
    window.show_page("plan")
    window.open_session(first)  # switched while the page is hidden
    assert len(shown) == 1
    assert report.session_title == window.context.sessions.get(first).title  # asked: read now
    assert [session.id for session in shown] == [copy.id, first]


def test_people_opened_again_unchanged_are_not_read_again(qtbot, data_dir, monkeypatch) -> None:
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    window.context.participants.add(session_id, Participant(name="Ani Wulandari"))
    reads = recorded(monkeypatch, type(window.context.participants), "list")
    window.open_session(session_id)
    window.show_page("people")
    page = window.pages_by_key["people"]
    assert len(reads) == 1 and page.model.rowCount() == 1
    window.open_session(session_id)
    window.show_page("people")
    assert len(reads) == 1  # nothing written since: the list stands as it is
    window.context.participants.add(session_id, Participant(name="Budi Santoso"))
    window.open_session(session_id)
    window.show_page("people")
    assert len(reads) == 2 and page.model.rowCount() == 2


def test_people_opened_again_show_the_first_day_after_another_was_chosen(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    session = make_jp_session(window.context.db)  # Made came on day one only
    window.open_session(session.session.id)
    window.show_page("people")
    page = window.pages_by_key["people"]
    day_one = {p.name for p in page.model.participants() if p.id in page.model.present_ids()}
    page.checkin.day_combo.setCurrentIndex(1)  # day two chosen: nothing written
    assert {p.id for p in page.model.participants()} and page.day_index == 1
    window.open_session(session.session.id)
    window.show_page("people")
    assert page.day_index == 0 and page.checkin.day_combo.currentIndex() == 0
    present = {p.name for p in page.model.participants() if p.id in page.model.present_ids()}
    assert present == day_one


def test_notes_opened_again_unchanged_are_not_listed_again(qtbot, data_dir, monkeypatch) -> None:
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    notes = window.context.notes
    notes.add(Note(session_id=session_id, text="Pelayanan prima"))
    listed = recorded(monkeypatch, NotesBrowser, "load")
    window.open_session(session_id)
    assert listed == []  # behind the Plan: listed when shown
    window.show_page("notes")
    page = window.pages_by_key["notes"]
    assert listed == [session_id] and page.browser.model.total == 1
    window.open_session(session_id)
    window.show_page("notes")
    assert listed == [session_id]
    notes.add(Note(session_id=session_id, text="Akuntabel"))
    window.open_session(session_id)
    window.show_page("notes")
    assert listed == [session_id, session_id] and page.browser.model.total == 2


def test_the_agenda_opened_again_unchanged_is_not_painted_anew(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    window.open_session(session_id)
    page = window.pages_by_key["plan"]
    page.table.selectRow(3)
    changes: list[str] = []
    page.model.dataChanged.connect(lambda *_: changes.append("data"))
    page.model.modelReset.connect(lambda: changes.append("reset"))
    tabs = page.day_tabs.count()
    window.open_session(session_id)
    assert changes == []
    assert page.day_tabs.count() == tabs
    assert page.table.currentIndex().row() == 3  # the row chosen stays chosen
    assert page.editor.isEnabled()


def test_the_run_note_box_reads_names_when_the_speaker_is_wanted(
    qtbot, data_dir, monkeypatch
) -> None:
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    window.context.participants.add(session_id, Participant(name="Ani Wulandari"))
    filled = recorded(monkeypatch, CapturePanel, "set_names")
    window.open_session(session_id)
    capture = window.pages_by_key["run"].capture_area.capture
    assert capture.speaker_names.stringList() == []
    window.show_page("run")
    capture.speaker_edit.setFocus()
    qtbot.waitUntil(lambda: "Ani Wulandari" in capture.speaker_names.stringList(), timeout=2000)
    assert len(filled) == 2  # emptied on opening, filled once wanted
    other = window.context.sessions.duplicate(session_id, "Sesi lain")
    window.context.participants.add(other.id, Participant(name="Budi Santoso"))
    window.show_page("plan")
    window.open_session(other.id)  # switched while the Run page is hidden
    assert capture.speaker_names.stringList() == []
    window.show_page("run")
    capture.speaker_edit.setFocus()
    qtbot.waitUntil(lambda: "Budi Santoso" in capture.speaker_names.stringList(), timeout=2000)
    assert "Ani Wulandari" not in capture.speaker_names.stringList()


def test_the_sound_loads_when_the_run_page_is_shown(qtbot, data_dir, monkeypatch) -> None:
    prepared: list[bool] = []
    monkeypatch.setattr(ChimePlayer, "prepare", lambda self: prepared.append(True) or False)
    window = make_window(qtbot, data_dir)
    window.open_session(window.context.sessions.list()[0].id)
    qtbot.wait(50)
    assert prepared == []
    window.show_page("run")
    qtbot.waitUntil(lambda: prepared == [True], timeout=2000)

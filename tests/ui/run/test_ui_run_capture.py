"""Notes taken on the Run page, the run's keys on the projector, and group timers' chimes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication

from facilitation.session_run import SessionRun
from facilitation.timer import TimerStatus
from storage.notes import NoteRepository
from storage.run_state import RunRepository
from tests.fake_clock import FakeClock
from tests.ui.run.test_ui_run import open_run
from tests.ui.ui_helpers import make_context, page_context
from ui.notes.page import NotesPage
from ui.run.capture_area import SPLITTER_SETTING
from ui.run_control.controller import RunController


def focus_on(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def test_a_note_typed_during_the_run_keeps_every_letter_and_lands_on_the_notes_page(
    qtbot, data_dir
) -> None:
    window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    run = page.controller.run
    first, planned = run.current, run.timer.total_s
    capture = page.capture_area.capture
    assert capture.activity_combo.currentData() == first.id
    qtbot.mouseClick(capture.text_edit, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is capture.text_edit
    typed = "N P S + - G B W M ? Pak Budi: 5 menit"
    qtbot.keyClicks(capture.text_edit, typed)
    assert capture.text_edit.toPlainText() == typed
    assert run.current.id == first.id and run.running and run.timer.total_s == planned
    assert not page.context.projector.blank and page.context.projector.slide is None
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    notes = NoteRepository(page.context.app.db).for_session(page.controller.session.id)
    assert [(n.text, n.activity_id) for n in notes] == [(typed, first.id)]

    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Escape)  # back to the timer: keys drive the run
    assert QApplication.focusWidget() is page
    qtbot.keyClick(page, Qt.Key.Key_N)
    second = page.controller.run.current
    assert second.id != first.id
    assert capture.activity_combo.currentData() == second.id  # the box follows the run

    notes_page = next(p for p in window.session_pages if isinstance(p, NotesPage))
    window.navigation.setCurrentRow(window.pages.indexOf(notes_page))
    assert notes_page.browser.model.rowCount() == 1
    assert notes_page.capture.activity_combo.currentData() == second.id


def test_letters_on_the_note_box_choices_do_not_drive_the_run(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    run = page.controller.run
    first = run.current
    capture = page.capture_area.capture
    focus_on(qtbot, capture.activity_combo)
    for key in (Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_B):
        qtbot.keyClick(capture.activity_combo, key)
    assert run.current.id == first.id and run.timer.status == TimerStatus.RUNNING
    assert not page.context.projector.blank
    capture.activity_combo.hidePopup()  # Space opened the list, as in any combo box
    qtbot.keyClick(capture.activity_combo, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page
    qtbot.keyClick(page, Qt.Key.Key_Space)  # the timer has its keys again
    assert run.timer.status == TimerStatus.PAUSED


def test_the_note_box_folds_away_and_stays_folded_next_time(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    area = page.capture_area
    assert area.is_open() and area.toggle_button.isChecked()
    qtbot.mouseClick(area.toggle_button, Qt.MouseButton.LeftButton)
    assert not area.is_open() and area.sizes()[1] == 0
    assert not QSettings().value(SPLITTER_SETTING).isEmpty()
    page.context.app.db.close()

    _window, again = open_run(qtbot, data_dir)
    area = again.capture_area
    assert not area.is_open() and not area.toggle_button.isChecked()
    qtbot.keyClick(again, Qt.Key.Key_F6)  # F6: open the box and type
    assert area.is_open() and area.toggle_button.isChecked()
    assert QApplication.focusWidget() is area.capture.text_edit


def test_the_notes_page_alone_starts_on_the_running_activity(qtbot, data_dir) -> None:
    context = make_context(data_dir)
    session = context.sessions.get(context.sessions.list()[0].id)
    day = session.days[0]
    clock = FakeClock()
    run = SessionRun(clock, session.id, day.id, day.activities)
    events = run.load(2) + run.toggle()
    RunRepository(context.db, clock).save(run.snapshot("the console laptop"), events)
    page = NotesPage(page_context(context))
    qtbot.addWidget(page)
    page.open_session(session.id)
    page.show()  # a page reads the session when it is shown
    assert page.capture.activity_combo.currentData() == day.activities[2].id
    page.capture.set_current_activity(day.activities[0].id)  # chosen by hand: kept
    page.hide()
    page.show()
    assert page.capture.activity_combo.currentData() == day.activities[0].id
    page.hide()
    later = run.next()
    RunRepository(context.db, clock).save(run.snapshot("the console laptop"), later)
    page.show()  # the run moved on meanwhile
    assert page.capture.activity_combo.currentData() == day.activities[3].id


def test_the_run_keys_work_while_the_projector_has_the_focus(qtbot, data_dir) -> None:
    _window, page = open_run(qtbot, data_dir)
    projector = page.context.projector
    page.day_column.projector_controls.open_projector()
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow, timeout=2000)
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    run = page.controller.run
    assert run.running
    planned = run.timer.total_s
    qtbot.keyClick(projector, Qt.Key.Key_Plus)
    assert run.timer.total_s == planned + 60
    qtbot.keyClick(projector, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert run.timer.total_s == planned + 360
    qtbot.keyClick(projector, Qt.Key.Key_Minus)
    assert run.timer.total_s == planned + 300
    first = run.current
    qtbot.keyClick(projector, Qt.Key.Key_N)
    assert page.controller.run.current.id != first.id
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.blank
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert not projector.blank
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert page.controller.run.running
    qtbot.keyClick(projector, Qt.Key.Key_Q)  # not a run key: nothing happens
    assert page.controller.run.running
    projector.close()


class FakeChime(QObject):
    """Stands in for the sound: records what would have rung."""

    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played: list[str] = []

    def prepare(self) -> bool:
        return True

    def play(self, reason: str) -> None:
        self.played.append(reason)


def test_each_breakout_group_chimes_once_when_its_time_is_up(qtbot, data_dir, monkeypatch) -> None:
    from ui.run import page as run_console
    from ui.workspace import session_context

    clock = FakeClock()
    monkeypatch.setattr(run_console, "ChimePlayer", FakeChime)
    monkeypatch.setattr(
        session_context, "RunController", lambda db, parent=None: RunController(db, clock, parent)
    )
    _window, page = open_run(qtbot, data_dir)
    controller = page.controller
    qtbot.keyClick(page, Qt.Key.Key_N)
    qtbot.keyClick(page, Qt.Key.Key_N)  # a longer activity, so its own timer stays normal
    controller.start_parallel([("Kelompok 1", 60), ("Kelompok 2", 120), ("Kelompok 3", 120)])

    def tick_for(seconds: int) -> None:
        for _ in range(seconds):
            clock.advance(1)
            controller._on_tick()

    tick_for(59)
    assert page.chime.played == []
    tick_for(1)
    assert page.chime.played == ["zero"]
    tick_for(30)  # group 1 in overtime: no second chime
    assert page.chime.played == ["zero"]
    controller.adjust_group(1, 60)  # group 2 got a minute more: only group 3 is up at 120 s
    tick_for(30)
    assert page.chime.played == ["zero", "zero"]
    tick_for(60)
    assert page.chime.played == ["zero", "zero", "zero"]
    tick_for(120)
    assert page.chime.played == ["zero", "zero", "zero"]
    assert controller.display_timer().remaining() > 0  # it was never the activity's own chime

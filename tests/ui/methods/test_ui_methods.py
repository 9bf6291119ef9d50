"""The Methods page driven like a facilitator would: cast, rotate, score, answer, print."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from facilitation.casting import AUDIENCE
from tests.fake_clock import FakeClock
from tests.ui.methods_helpers import NAMES, open_methods


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def stored_cast(tab, round_number: int) -> dict[str, str]:
    return {e.person_name: e.role_key for e in tab.repo.casting(tab.run.id)[round_number]}


def test_auto_cast_rotates_roles_and_undo_restores(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    assert tab.run is not None and tab.run.round_count == 2
    tab.auto_cast(seed=3)
    first, second = stored_cast(tab, 1), stored_cast(tab, 2)
    assert set(first) == set(NAMES) and AUDIENCE not in first.values()
    main = {"pemohon", "petugas", "atasan"}
    actors_1 = {name for name, role in first.items() if role in main}
    actors_2 = {name for name, role in second.items() if role in main}
    assert len(actors_1) == 3 and actors_1.isdisjoint(actors_2)  # new faces act in round 2
    assert tab.ui.cast_model.rowCount() == len(NAMES) and tab.ui.cast_model.columnCount() == 3
    page.undo_stack.undo()
    assert tab.repo.casting(tab.run.id) == {}
    page.undo_stack.redo()
    assert stored_cast(tab, 2) == second


def test_casting_by_hand_through_the_table(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "gratifikasi_petugas")
    tab.auto_cast(seed=1)
    row = next(
        r
        for r in range(tab.ui.cast_model.rowCount())
        if tab.ui.cast_model.role_at(r, 1) not in ("pengusaha",)
    )
    holder = next(n for n, role in stored_cast(tab, 1).items() if role == "pengusaha")
    index = tab.ui.cast_model.index(row, 1)
    tab.ui.cast_table.setCurrentIndex(index)
    tab.ui.cast_table.edit(index)
    editor = tab.ui.cast_table.focusWidget()
    editor.setCurrentIndex(editor.findData("pengusaha"))
    editor.activated.emit(editor.currentIndex())
    cast = stored_cast(tab, 1)
    person = tab.ui.cast_model.people[row][1]
    assert cast[person] == "pengusaha" and cast[holder] != "pengusaha"
    assert list(cast.values()).count("pengusaha") == 1


def test_groups_can_play_the_roles_and_show_on_the_projector(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "musyawarah_perubahan_layanan")
    choose(tab.ui.cast_from, "groups")
    tab.auto_cast(seed=2)
    assert set(stored_cast(tab, 1)) == {f"Kelompok {n}" for n in range(1, 5)}
    qtbot.mouseClick(tab.ui.projector_button, Qt.MouseButton.LeftButton)
    # The run console's projector window is the one the room sees; the casting goes there.
    window = tab.projector
    assert window is page.context.projector
    assert window.isVisible()
    # No timer is running, so the casting fills the wall as a board under the scenario's title.
    board = window.board
    assert board.title == "A public meeting on a service change"
    assert board.caption == "Casting · round 1" and not board.ranked
    assert board.rows[0][0] == "Sub-district head (chair)"
    assert board.rows[0][1].startswith("Kelompok")
    assert any(role.startswith("Process observer") for role, _who in board.rows)
    # While a timer is on the wall (and no board) the casting goes to the side panel beside it.
    window.clear_board()
    window.view.reading = "12:00"
    qtbot.mouseClick(tab.ui.projector_button, Qt.MouseButton.LeftButton)
    assert window.side_title == "Casting · round 1" and window.side_owner == "methods"
    assert window.side_sections[0][0] == "Sub-district head (chair)"
    window.close()


def test_debrief_notes_and_observer_scores_are_stored(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "keluhan_layanan_lambat")
    tab.auto_cast(seed=5)
    qtbot.keyClicks(tab.ui.debrief.notes, "Warga <tenang> & puas ")
    tab.ui.debrief.notes.insertPlainText("🙏")  # pasted: QTest cannot type non-BMP characters
    tab.ui.debrief.flush()
    assert tab.repo.get(tab.run.id).debrief_notes == "Warga <tenang> & puas 🙏"
    tab.ui.round_shown.setValue(2)
    qtbot.keyClicks(tab.ui.debrief.round_notes, "Putaran 2")
    tab.ui.debrief.flush()
    assert tab.repo.rounds(tab.run.id)[2].debrief_notes == "Putaran 2"
    panel = tab.ui.observers
    assert panel.observer.count() >= 1
    model = panel.model
    model.setData(model.index(0, 2), 4)
    model.setData(model.index(1, 2), 2)
    model.setData(model.index(2, 2), 9)  # out of range: refused
    scores = tab.repo.scores(tab.run.id)
    assert sorted(s.score for s in scores) == [2, 4]
    assert "Mean per value" in panel.summary.text()
    page.undo_stack.undo()
    assert sorted(s.score for s in tab.repo.scores(tab.run.id) if s.score) == [4]


def test_role_cards_are_printed_with_the_cast(qtbot, data_dir, tmp_path: Path) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "lansia_layanan_daring")
    tab.auto_cast(seed=4)
    target = tmp_path / "kartu peran.pdf"
    said: list[str] = []
    page.status.connect(said.append)  # other pages may write to the status bar meanwhile
    tab.printing.print_pdf("cards", target, tab.round_cast())
    qtbot.waitUntil(lambda: any("Saved" in message for message in said), timeout=10_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    actors = [n for n, role in stored_cast(tab, 1).items() if role == "lansia"]
    assert actors and actors[0] in text and "For you only" in text  # the session is in English
    sheets = tmp_path / "sheets.pdf"
    tab.printing.print_pdf("sheets", sheets, tab.round_cast())
    qtbot.waitUntil(sheets.exists, timeout=10_000)


def test_case_class_assign_answer_and_compare(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.case_class
    page.tabs.setCurrentWidget(tab)
    tab.case_choice.setCurrentIndex(tab.case_choice.findData("antrean_perizinan"))
    qtbot.mouseClick(tab.all_button, Qt.MouseButton.LeftButton)
    stored = tab.repo.assignments(tab.activity_id())
    assert [a.case_key for a in stored] == ["antrean_perizinan"] * 4
    tab.assign("Kelompok 2", "gratifikasi_hari_raya")
    tab.answer_group.setCurrentIndex(tab.answer_group.findText("Kelompok 1"))
    tab.answer_question.setCurrentIndex(1)
    qtbot.keyClicks(tab.answer, "Dari <penguasa> & jadi pelayan")
    tab.flush()
    answers = {a.group_name: a.answers for a in tab.repo.assignments(tab.activity_id())}
    assert answers["Kelompok 1"] == {1: "Dari <penguasa> & jadi pelayan"}
    model = tab.comparison.model
    column = 1 + model.groups.index("Kelompok 1")
    assert model.data(model.index(1, column)) == "Dari <penguasa> & jadi pelayan"
    assert model.columnCount() == 5 and model.shared_questions is None  # two different cases
    assert model.data(model.index(0, 0)) == "Question 1"
    page.undo_stack.undo()  # the answer
    page.undo_stack.undo()  # the second group's own case
    cases = {a.group_name: a.case_key for a in tab.repo.assignments(tab.activity_id())}
    assert cases["Kelompok 2"] == "antrean_perizinan"
    assert all(not any(a.answers.values()) for a in tab.repo.assignments(tab.activity_id()))


def test_games_scores_leaderboard_and_bad_points(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.games
    page.tabs.setCurrentWidget(tab)
    choose(tab.game_choice, "menara_kertas")
    assert tab.play is not None and tab.scores.rowCount() == 4
    model = tab.scores
    model.setData(model.index(0, 1), "45")
    model.setData(model.index(1, 1), "60,5")
    model.setData(model.index(2, 1), "tinggi")  # not a number: refused, nothing stored
    model.setData(model.index(0, 2), "20")
    stored = tab.repo.for_activity(tab.activity_id()).scores
    assert stored == {("Kelompok 1", 1): 45, ("Kelompok 2", 1): 60.5, ("Kelompok 1", 2): 20}
    board = [(s.rank, s.group, s.total) for s in tab.scores.standings()]
    assert board[:2] == [(1, "Kelompok 1", 65), (2, "Kelompok 2", 60.5)]
    assert tab.board.data(tab.board.index(0, 1)) == "Kelompok 1"
    assert tab.board.data(tab.board.index(2, 0)) == "3="  # two teams tie on zero
    qtbot.mouseClick(tab.projector_button, Qt.MouseButton.LeftButton)
    board = tab.projector.board
    assert board.ranked and board.caption == "Leaderboard"
    assert board.rows[:2] == (("1. Kelompok 1", "65 points"), ("2. Kelompok 2", "60.5 points"))
    page.undo_stack.undo()
    assert ("Kelompok 1", 2) not in tab.repo.for_activity(tab.activity_id()).scores


def test_duplicating_a_builtin_scenario_makes_an_editable_copy(qtbot, data_dir) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.methods.library_editors import ScenarioDialog

    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "gratifikasi_petugas")
    buttons = tab.ui.library_buttons
    assert not buttons.edit_button.isEnabled()  # built-ins are read-only

    def fill_and_accept() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ScenarioDialog) and w.isVisible()
        )
        dialog.texts.editors[("id", "title")].setText("Amplop <besar> & kecil")
        dialog.roles.table.item(0, 0).setText("Kontraktor")
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    qtbot.mouseClick(buttons.duplicate_button, Qt.MouseButton.LeftButton)
    own = [s for s in page.libraries.scenarios() if not s.builtin]
    assert len(own) == 1 and own[0].title["id"] == "Amplop <besar> & kecil"
    assert own[0].roles[0].name["id"] == "Kontraktor" and own[0].based_on == "gratifikasi_petugas"
    assert tab.run.scenario_key == own[0].key  # the copy is now played by the activity
    assert buttons.edit_button.isEnabled()
    page.undo_stack.undo()  # the activity goes back to the built-in
    page.undo_stack.undo()  # the copy goes to the trash
    assert not [s for s in page.libraries.scenarios() if not s.builtin]


def test_role_play_rounds_run_on_the_timer_with_each_rounds_casting(qtbot, data_dir) -> None:
    window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    tab.auto_cast(seed=3)
    tab.repo.set_round_minutes(tab.run.id, 2, 7)  # round 2 gets longer than round 1
    minutes = {n: info.minutes for n, info in tab.repo.rounds(tab.run.id).items()}
    console = window.pages_by_key["run"]
    clock = FakeClock()
    # The run counts with a clock the test moves.
    console.controller.clock = console.controller.repository.clock = clock
    console.controller.open_session(console.controller.session)
    qtbot.mouseClick(tab.ui.timer_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is console
    run = console.controller.run
    assert run.current.id == tab.activity_id() and run.running
    rounds = run.rounds
    assert rounds.groups == ("Round 1", "Round 2")
    assert [rounds.seconds_of(i) for i in range(2)] == [minutes[1] * 60.0, 7 * 60.0]
    assert rounds.timer.total_s == minutes[1] * 60.0
    projector = tab.projector
    assert projector.isVisible() and projector.board is None
    assert projector.side_title == "Casting · round 1" and projector.side_owner == "methods"
    petugas = tab.scenario.roles[1].name_in("en")

    def playing(role: str) -> list[str]:
        return dict(projector.side_sections)[role]

    first = playing(petugas)
    assert first == [n for n, role in stored_cast(tab, 1).items() if role == "petugas"]
    clock.advance(30)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_G)  # the same key as the next group of a report-back
    assert run.rounds.index == 1 and run.rounds.timer.total_s == 7 * 60.0
    assert projector.side_title == "Casting · round 2"
    second = playing(petugas)
    assert second == [n for n, role in stored_cast(tab, 2).items() if role == "petugas"]
    assert second != first
    qtbot.keyClick(console, Qt.Key.Key_G, Qt.KeyboardModifier.ShiftModifier)
    assert projector.side_title == "Casting · round 1" and playing(petugas) == first
    projector.close()


def test_a_case_answer_is_taken_from_the_note_takers_notes(qtbot, data_dir, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from facilitation.notes import Note
    from storage.notes import NoteRepository
    from ui.methods.case_from_notes import NotesForAnswerDialog

    _window, page = open_methods(qtbot, data_dir)
    tab = page.case_class
    page.tabs.setCurrentWidget(tab)
    tab.case_choice.setCurrentIndex(tab.case_choice.findData("antrean_perizinan"))
    qtbot.mouseClick(tab.all_button, Qt.MouseButton.LeftButton)
    notes = NoteRepository(tab.context.db)
    for group, text in (
        ("Kelompok 1", "Loket dibuka tepat waktu"),
        ("Kelompok 2", "Bukan jawaban kelompok 1"),
        ("kelompok 1", "Antrean diumumkan <digital> & jelas"),
    ):
        notes.add(Note(tab.session_id, text, activity_id=tab.activity_id(), group_label=group))
    tab.answer_group.setCurrentIndex(tab.answer_group.findText("Kelompok 1"))
    tab.answer_question.setCurrentIndex(0)
    offered: list[str] = []

    def accept_preselected(dialog: NotesForAnswerDialog) -> int:
        offered.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NotesForAnswerDialog, "exec", accept_preselected)
    qtbot.mouseClick(tab.from_notes_button, Qt.MouseButton.LeftButton)
    answers = {a.group_name: a.answers for a in tab.repo.assignments(tab.activity_id())}
    assert answers["Kelompok 1"] == {
        0: "Loket dibuka tepat waktu\nAntrean diumumkan <digital> & jelas"
    }
    assert len(offered) == 3 and "Kelompok 2" in offered[-1]  # this group's notes first
    page.undo_stack.undo()
    answers = {a.group_name: a.answers for a in tab.repo.assignments(tab.activity_id())}
    assert not any(answers["Kelompok 1"].values())

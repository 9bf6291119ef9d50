"""The sessions list and the details dialog, as a facilitator uses them."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from facilitation.session import Session, SessionDay
from tests.ui.ui_helpers import make_window
from ui.sessions.details_dialog import SessionDetailsDialog
from ui.sessions.template_dialog import TemplateDialog


def titles(window) -> list[str]:
    model = window.sessions_page.model
    return [model.summary(row).title for row in range(model.rowCount())]


def test_first_run_shows_the_sample_session(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    assert titles(window) == ["Cerdas Nurani Training"]
    assert window.sessions_page.empty_label.isHidden()


def test_search_filters_as_you_type(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    page = window.sessions_page
    qtbot.keyClicks(page.search_edit, "dharmais")
    assert titles(window) == ["Cerdas Nurani Training"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "tidak ada")
    assert titles(window) == []
    assert not page.empty_label.isHidden()


def test_create_from_template_opens_the_new_session(qtbot, data_dir, monkeypatch) -> None:
    window = make_window(qtbot, data_dir)

    def choose_workshop(dialog: TemplateDialog) -> int:
        for row in range(dialog.template_list.count()):
            if dialog.template_list.item(row).data(Qt.ItemDataRole.UserRole) == (
                "budaya_kerja_workshop"
            ):
                dialog.template_list.setCurrentRow(row)
        dialog.date_edit.setDate(QDate(2010, 6, 3))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", choose_workshop)
    window.sessions_page.create_from_template()
    session = window.agenda_page.session
    assert session is not None and session.days[0].date == date(2010, 6, 3)
    assert window.pages.currentWidget() is window.agenda_page
    assert window.agenda_page.model.rowCount() > 5
    assert len(titles(window)) == 2


def test_duplicate_trash_and_restore(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    page = window.sessions_page
    page.table.selectRow(0)
    page.duplicate_selected()
    assert sorted(titles(window)) == [
        "Cerdas Nurani Training",
        "Cerdas Nurani Training (copy)",
    ]
    page.select(page.context.sessions.find("Cerdas Nurani Training (copy)")[0].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(window) == ["Cerdas Nurani Training"]
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["Cerdas Nurani Training (copy)"]
    assert page.restore_button.isVisible() and not page.new_button.isVisible()
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert titles(window) == []
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert len(titles(window)) == 2


def test_trashing_the_open_session_asks_closes_it_and_undo_brings_it_back(
    qtbot, data_dir, monkeypatch
) -> None:
    window = make_window(qtbot, data_dir)
    page = window.sessions_page
    page.table.selectRow(0)
    page.open_selected()
    session_id = window.open_session_id
    window.navigation.setCurrentRow(0)
    asked: list[str] = []

    def answer(yes: bool):
        def confirm(title: str) -> bool:
            asked.append(title)
            return yes

        return confirm

    monkeypatch.setattr(page, "confirm_trash_open", answer(False))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["Cerdas Nurani Training"]
    assert window.open_session_id == session_id  # "No": nothing happened
    assert titles(window) == ["Cerdas Nurani Training"]

    monkeypatch.setattr(page, "confirm_trash_open", answer(True))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert window.agenda_page.session is None
    assert not window.navigation.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert titles(window) == []
    window.undo_action.trigger()  # Edit > Undo (Ctrl+Z)
    assert titles(window) == ["Cerdas Nurani Training"]
    assert page.selected().id == session_id
    window.redo_action.trigger()
    assert titles(window) == []


def test_trashing_another_session_asks_nothing_and_is_undoable(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    page = window.sessions_page
    page.table.selectRow(0)
    page.duplicate_selected()
    page.select(page.context.sessions.find("Cerdas Nurani Training (copy)")[0].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(window) == ["Cerdas Nurani Training"]
    window.undo_stack.undo()
    assert len(titles(window)) == 2


def test_details_dialog_edits_days_and_people(qtbot) -> None:
    session = Session(title="Bimtek", days=[SessionDay(date=date(2018, 7, 18))])
    dialog = SessionDetailsDialog(session)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Bimtek dan Gelar Budaya Kinerja")
    dialog.facilitators_edit.setPlainText("Drs. Achmad Amin Sutoyo\n\n  Tim Organisasi  ")
    dialog._add_next_day()
    dialog.day_rows[1].end_edit.setTime(QTime(12, 0))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    edited = dialog.session()
    assert edited is not None
    assert edited.title == "Bimtek dan Gelar Budaya Kinerja"
    assert edited.facilitators == ("Drs. Achmad Amin Sutoyo", "Tim Organisasi")
    assert [d.date for d in edited.days] == [date(2018, 7, 18), date(2018, 7, 19)]
    assert edited.days[1].end == time(12, 0)
    assert session.title == "Bimtek"  # the original is untouched until saved


@pytest.mark.parametrize("problem", ["empty title", "day ends before start"])
def test_details_dialog_refuses_bad_input_with_a_message(qtbot, problem: str) -> None:
    dialog = SessionDetailsDialog(Session(title="X", days=[SessionDay(date=date(2022, 3, 23))]))
    qtbot.addWidget(dialog)
    if problem == "empty title":
        dialog.title_edit.setText("  ")
    else:
        dialog.day_rows[0].end_edit.setTime(QTime(7, 0))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.session() is None
    assert dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_editing_details_of_the_open_session_updates_the_plan(qtbot, data_dir, monkeypatch):
    window = make_window(qtbot, data_dir)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()

    def rename(dialog: SessionDetailsDialog) -> int:
        dialog.title_edit.setText("Cerdas Nurani Angkatan II")
        dialog._add_next_day()
        dialog._try_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionDetailsDialog, "exec", rename)
    window._edit_open_session()
    assert window.agenda_page.title_label.text() == "Cerdas Nurani Angkatan II"
    assert window.agenda_page.day_tabs.count() == 2
    assert "Cerdas Nurani Angkatan II" in window.windowTitle()


def _trash_a_copy(qtbot, window) -> str:
    page = window.sessions_page
    page.table.selectRow(0)
    page.duplicate_selected()
    copy_id = page.context.sessions.find("Cerdas Nurani Training (copy)")[0].id
    page.select(copy_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    return copy_id


def test_emptying_the_trash_asks_first_and_deletes_for_good(qtbot, data_dir, monkeypatch) -> None:
    window = make_window(qtbot, data_dir)
    page = window.sessions_page
    assert not page.empty_trash_button.isVisible()
    copy_id = _trash_a_copy(qtbot, window)
    assert page.empty_trash_button.isVisible() and page.empty_trash_button.isEnabled()
    asked: list[str] = []

    def answer(button):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.empty_trash_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["Cerdas Nurani Training (copy)"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.status, timeout=10_000) as said:
        qtbot.mouseClick(page.empty_trash_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "1" in asked[0]
    assert "1" in said.args[0]
    assert titles(window) == [] and not page.empty_trash_button.isEnabled()
    db = page.context.db
    assert db.execute("SELECT count(*) FROM sessions WHERE id=?", [copy_id]).fetchone()[0] == 0
    assert (
        db.execute("SELECT count(*) FROM activities WHERE session_id=?", [copy_id]).fetchone()[0]
        == 0
    )
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["Cerdas Nurani Training"]

"""The import preview lets a facilitator rescue a sheet with a few bad lines: correct a cell in
the table, or leave a line out; the import stays everyone-chosen-or-nobody."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from facilitation.participants import Participant
from facilitation.roster import RosterField
from tests.roster_fixtures import fake_roster, write_csv
from tests.ui.people.test_ui_people import import_and_wait, open_people, stored
from ui.people.roster_import_dialog import RosterImportDialog
from ui.people.roster_preview import PreviewModel


def loaded(qtbot, path: Path, existing: list[Participant] | None = None) -> RosterImportDialog:
    dialog = RosterImportDialog(existing or [])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.load_file(path)
    return dialog


def problems(dialog: RosterImportDialog) -> list[str]:
    return [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]


def column(field: RosterField | None) -> int:
    return PreviewModel.COLUMNS.index(field)


@pytest.mark.attack("roster problems")
def test_a_nip_already_in_the_session_under_another_name_blocks_until_left_out(
    qtbot, tmp_path
) -> None:
    people = fake_roster(10)
    budi = Participant("Budi Santoso", nip=people[4]["NIP"])
    people[4]["Nama Lengkap"] = "Dewi Lestari"
    dialog = loaded(qtbot, write_csv(tmp_path / "peserta.csv", people), [budi])
    assert any(
        "Line 6" in text and f"NIP {budi.nip} is already in this session as Budi Santoso" in text
        for text in problems(dialog)
    )
    assert not dialog.import_button.isEnabled()
    dialog.problem_list.setCurrentRow(0)  # shows the line in the table
    qtbot.mouseClick(dialog.leave_out_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert "9 of 10 lines will be imported; 1 left out." in dialog.summary_label.text()
    assert len(dialog.participants()) == 9
    assert "Dewi Lestari" not in [p.name for p in dialog.participants()]


@pytest.mark.attack("roster problems")
def test_a_bad_nip_is_corrected_by_typing_in_the_preview(qtbot, tmp_path) -> None:
    people = fake_roster(10)
    good = people[3]["NIP"]
    people[3]["NIP"] = "1,98806E+17"  # what Excel's CSV export makes of a number-typed NIP
    dialog = loaded(qtbot, write_csv(tmp_path / "peserta.csv", people))
    assert any("Line 5" in t and "lost its last digits" in t for t in problems(dialog))
    assert not dialog.import_button.isEnabled()
    dialog.show()
    table = dialog.preview_table
    index = dialog.preview_model.index(3, column(RosterField.NIP))
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, good)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.import_button.isEnabled)  # the view commits the edit queued
    assert dialog.import_button.isEnabled()
    assert dialog.participants()[3].nip == good
    assert len(dialog.participants()) == 10


@pytest.mark.attack("roster problems")
def test_unticking_two_bad_lines_imports_the_other_58_and_only_them(
    qtbot, data_dir, tmp_path
) -> None:
    page = open_people(qtbot, data_dir)
    people = fake_roster(60)
    people[10]["NIP"] = "1985"
    people[20]["Nama Lengkap"] = ""
    dialog = loaded(qtbot, write_csv(tmp_path / "peserta.csv", people))
    assert not dialog.import_button.isEnabled()
    model = dialog.preview_model
    for line in (12, 22):  # the header is line 1: people[n] is on line n + 2
        index = model.index(model.row_of_line(line), column(None))
        assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda line=line: line in dialog.preview.left_out)
    assert "58 of 60 lines will be imported; 2 left out." in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()
    chosen = dialog.participants()
    assert import_and_wait(qtbot, page, chosen) == 58
    names = {p.name for p in stored(page)}
    assert people[10]["Nama Lengkap"] not in names
    assert len(names) == 58
    ticked = model.index(model.row_of_line(12), column(None))
    assert model.data(ticked, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


@pytest.mark.attack("roster problems")
def test_excels_apostrophes_are_gone_after_reading_a_csv(qtbot, tmp_path) -> None:
    people = fake_roster(3)
    for person in people:
        person["NIP"] = "'" + person["NIP"]
        person["No. HP"] = "'" + person["No. HP"]
    dialog = loaded(qtbot, write_csv(tmp_path / "peserta.csv", people))
    assert dialog.import_button.isEnabled()
    assert [p.nip for p in dialog.participants()] == [p["NIP"][1:] for p in people]
    assert [p.phone for p in dialog.participants()] == [p["No. HP"][1:] for p in people]

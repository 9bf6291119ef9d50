"""The import dialog on real office files: .xls/.ods in the daftar nominatif layout, the sheet
chooser, the lines not read listed as such, and the People page's new columns (rank, birth
place and date) editable like the others."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.people.test_roster_preview_fixes import loaded, problems
from tests.ui.people.test_ui_people import import_and_wait, open_people, stored
from ui.people.dialogs import ParticipantDialog
from ui.people.participants_model import ParticipantsTableModel as Columns

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "rosters"


def test_a_daftar_nominatif_xls_previews_how_each_line_was_read(qtbot) -> None:
    dialog = loaded(qtbot, FIXTURES / "nominatif.xls")
    model = dialog.preview_model
    assert model.rowCount() == 6 and dialog.import_button.isEnabled()
    assert model.index(0, 0).data() == "7+8"  # the NIP came from the next line
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "+ line 8"
    listed = problems(dialog)
    assert "Lines 1–3: title above the table, not read" in listed
    assert "Line 6: column numbering (1 2 3 …) under the header, not read" in listed
    assert "Lines 20–27: below the table (totals, notes, signatures), not read" in listed
    assert not dialog.sheet_combo.isVisible()
    assert "6 participants ready to import." in dialog.summary_label.text()


def test_the_likeliest_sheet_is_chosen_and_another_can_be_picked(qtbot) -> None:
    dialog = loaded(qtbot, FIXTURES / "name_nip_one_cell.ods")
    dialog.show()
    assert dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["Peserta", "Petunjuk"]
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.sheet_combo.setCurrentIndex(1)
        dialog.sheet_combo.activated.emit(1)
    assert dialog.roster_file.sheet == "Petunjuk" and not dialog.import_button.isEnabled()


def test_imported_details_show_and_edit_on_the_people_page(qtbot, data_dir) -> None:
    page = open_people(qtbot, data_dir)
    dialog = loaded(qtbot, FIXTURES / "two_row_header.xlsx")
    import_and_wait(qtbot, page, dialog.participants())
    by_name = {
        page.proxy.index(row, Columns.NAME).data(): row for row in range(page.proxy.rowCount())
    }
    row = by_name["Drs. H. AHMAD SAPUTRA, M.Si."]
    assert page.proxy.index(row, Columns.RANK).data() == "Pembina / IV.a"
    assert page.proxy.index(row, Columns.PHONE).data() == "081234567890"  # stored as +62 812-…
    assert page.proxy.index(row, Columns.PHONE).data(Qt.ItemDataRole.ToolTipRole) == (
        "+62 812-3456-7890"
    )
    page.proxy.setData(page.proxy.index(row, Columns.BIRTH_DATE), "1 Agustus 1979")
    person = next(p for p in stored(page) if p.name.startswith("Drs. H. AHMAD"))
    assert person.birth_date == "1979-08-01"
    page.proxy.setData(page.proxy.index(row, Columns.BIRTH_DATE), "31-02-1979")  # refused
    person = next(p for p in stored(page) if p.name.startswith("Drs. H. AHMAD"))
    assert person.birth_date == "1979-08-01"
    page.undo_stack.undo()
    person = next(p for p in stored(page) if p.name.startswith("Drs. H. AHMAD"))
    assert person.birth_date == "1978-03-12"
    # Sorting by name ignores the titles: "Drs. H. Ahmad" comes first, "Dr. Rina" among the Rs.
    page.table.sortByColumn(Columns.NAME, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, Columns.NAME).data() for r in range(page.proxy.rowCount())]
    assert names[0] == "Drs. H. AHMAD SAPUTRA, M.Si." and names[-1] == "YOGI PRATAMA"
    # Typing a name without its titles finds it at the check-in desk's filter.
    page.proxy.set_search("ahmad saputra msi")
    assert page.proxy.rowCount() == 1


def test_the_add_dialog_takes_rank_and_an_indonesian_birth_date(qtbot) -> None:
    dialog = ParticipantDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Siti")
    dialog.rank_edit.setText("Penata / III.c")
    dialog.birth_place_edit.setText("Depok")
    dialog.birth_date_edit.setText("30 November 1992")
    dialog._try_accept()
    person = dialog.participant()
    assert (person.rank_grade, person.birth_place, person.birth_date) == (
        "Penata / III.c",
        "Depok",
        "1992-11-30",
    )
    again = ParticipantDialog()
    qtbot.addWidget(again)
    again.name_edit.setText("Yogi")
    again.birth_date_edit.setText("kemarin")
    again._try_accept()
    assert again.participant() is None and "date of birth" in again.error_label.text()


def test_the_edit_dialog_changes_the_details_as_one_undoable_step(
    qtbot, data_dir, monkeypatch
) -> None:
    page = open_people(qtbot, data_dir)
    dialog = loaded(qtbot, FIXTURES / "nominatif.ods")
    import_and_wait(qtbot, page, dialog.participants())
    page.table.selectRow(0)
    person = page.selected_participants()[0]

    def promote(self) -> int:  # the facilitator types the new rank and presses OK
        assert self.rank_edit.text() == person.rank_grade
        self.rank_edit.setText("Pembina Utama Muda / IV.c")
        self.birth_place_edit.setText("Kota Bogor")
        self._try_accept()
        return self.result()

    monkeypatch.setattr(ParticipantDialog, "exec", promote)
    page.open_edit_dialog()
    edited = next(p for p in stored(page) if p.id == person.id)
    assert (edited.rank_grade, edited.birth_place) == ("Pembina Utama Muda / IV.c", "Kota Bogor")
    assert (edited.nip, edited.number, edited.birth_date) == (
        person.nip,
        person.number,
        person.birth_date,
    )
    assert len(stored(page)) == 6
    page.undo_stack.undo()
    back = next(p for p in stored(page) if p.id == person.id)
    assert (back.rank_grade, back.birth_place) == (person.rank_grade, person.birth_place)

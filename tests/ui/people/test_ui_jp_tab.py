"""The JP and certificates tab and the Plan page's JP line, driven like a facilitator would:
change the JP settings (and undo), issue certificates, verify one, mistype a pattern."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from facilitation.certificates import CertificateSettings
from storage.certificates import CertificateRegister
from storage.jp import JpRepository
from tests.jp_fixtures import make_jp_session
from tests.ui.ui_helpers import make_context, page_context
from ui.people.certificate_dialogs import CertificateSettingsDialog, VerifyDialog
from ui.people.jp_model import JpTableModel
from ui.people.jp_tab import JpTab
from ui.plan.page import AgendaPage


@pytest.fixture
def shown_tab(qtbot, data_dir):
    app = make_context(data_dir, sample=False)
    made = make_jp_session(app.db)
    tab = JpTab(page_context(app))
    qtbot.addWidget(tab)
    tab.open_session(made.session.id)
    tab.show()
    return tab, made


def _column(tab: JpTab, column: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_each_participant_shows_jp_attendance_and_completion(shown_tab) -> None:
    tab, _made = shown_tab
    assert _column(tab, JpTableModel.CREDITED) == ["8", "8", "5", "3", "0"]
    assert _column(tab, JpTableModel.ATTENDANCE) == ["100 %", "100 %", "62 %", "37 %", "0 %"]
    assert _column(tab, JpTableModel.COMPLETED) == ["yes", "yes", "no", "no", "no"]
    assert "2 of 5 participants completed" in tab.summary.text()


def test_lowering_the_minimum_completes_more_and_undo_brings_it_back(qtbot, shown_tab) -> None:
    tab, made = shown_tab
    tab.minimum.setValue(60)
    tab.minimum.editingFinished.emit()
    assert _column(tab, JpTableModel.COMPLETED)[:3] == ["yes", "yes", "yes"]
    assert JpRepository(tab.context.app.db).rules(made.session.id).min_attendance_percent == 60
    tab.context.undo_stack.undo()
    assert _column(tab, JpTableModel.COMPLETED)[:3] == ["yes", "yes", "no"]
    assert tab.minimum.value() == 80


def test_issuing_writes_the_pdf_and_shows_the_numbers(qtbot, shown_tab, tmp_path) -> None:
    tab, _made = shown_tab
    target = tmp_path / "sertifikat.pdf"
    with qtbot.waitSignal(tab.status, timeout=20_000, check_params_cb=lambda t: "saved" in t):
        tab.issue(target, "en", date(2026, 3, 11))
    assert len(PdfReader(target).pages) == 2
    qtbot.waitUntil(lambda: _column(tab, JpTableModel.CERTIFICATE)[0] == "001/SKP/BPSDM/2026")


def test_one_file_per_person_into_a_folder(qtbot, shown_tab, tmp_path) -> None:
    tab, _made = shown_tab
    with qtbot.waitSignal(tab.status, timeout=20_000, check_params_cb=lambda t: "saved" in t):
        tab.issue(tmp_path, "id", date(2026, 3, 11), per_person=True)
    assert len(list(tmp_path.glob("*.pdf"))) == 2


def test_verifying_a_typed_number_and_check_value(qtbot, shown_tab) -> None:
    tab, made = shown_tab
    from storage.certificate_source import issue_certificates

    entry = issue_certificates(tab.context.app.db, made.session.id, "id", date(2026, 3, 11))
    first = entry.entries[0]
    dialog = VerifyDialog(CertificateRegister(tab.context.app.db).verify, tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number, first.number)
    qtbot.keyClicks(dialog.check, first.check_value.lower())
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert "Genuine" in dialog.result.text() and "Siti" in dialog.result.text()
    dialog.scanned.setPlainText(f"LOKAKARYA-SKP|{first.number}|0|AAAA-BBBB")
    assert "does not match" in dialog.result.text()


@pytest.mark.attack("certificates")
def test_a_pattern_without_a_running_number_cannot_be_saved(qtbot, shown_tab) -> None:
    tab, _made = shown_tab
    dialog = CertificateSettingsDialog(CertificateSettings(), date(2026, 3, 11), tab)
    qtbot.addWidget(dialog)
    assert dialog.preview.text().startswith("001/SKP//2026")
    dialog.pattern.setText("SKP/{org}/{year}")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "{no}" in dialog.preview.text()
    dialog.pattern.setText("{no:04}/{org}/{month}/{year}")
    dialog.org.setText("BKD")
    assert ok.isEnabled() and dialog.preview.text().startswith("0001/BKD/III/2026")


@pytest.mark.attack("certificates")
def test_pasting_something_else_than_a_certificate_qr(qtbot, shown_tab) -> None:
    tab, _made = shown_tab
    dialog = VerifyDialog(CertificateRegister(tab.context.app.db).verify, tab)
    qtbot.addWidget(dialog)
    dialog.scanned.setPlainText("https://contoh.go.id/?x=<script>")
    assert "not the text of a Lokakarya certificate" in dialog.result.text()
    assert dialog.number.text() == ""


def test_the_plan_shows_jp_and_the_facilitator_decides_what_counts(qtbot, data_dir) -> None:
    app = make_context(data_dir, sample=False)
    made = make_jp_session(app.db)
    context = page_context(app)
    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.open_session(made.session.id)
    assert "5 this day · 8 for the session (1 JP = 45 min)" in page.jp.summary.text()
    page.table.selectRow(0)  # the opening: not counted by default
    assert not page.jp.counts.isChecked()
    page.jp.counts.click()
    assert page.jp.counts.isChecked()
    assert "5,7 this day" in page.jp.summary.text() or "5.7 this day" in page.jp.summary.text()
    context.undo_stack.undo()
    assert not page.jp.counts.isChecked()
    assert "5 this day" in page.jp.summary.text()


def test_the_people_page_has_the_tab_and_reads_it_when_shown(qtbot, data_dir) -> None:
    from ui.people.page import PeoplePage

    app = make_context(data_dir, sample=False)
    made = make_jp_session(app.db)
    page = PeoplePage(page_context(app))
    qtbot.addWidget(page)
    page.show()
    page.open_session(made.session.id)
    assert page.jp_tab.model.rowCount() == 0  # not read while another tab shows
    page.tabs.setCurrentWidget(page.jp_tab)
    qtbot.waitUntil(lambda: page.jp_tab.model.rowCount() == 5)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "JP and certificates"

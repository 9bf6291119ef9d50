"""The agency's address is one value per session: typed in the Report page's documents box
(beside the honorarium rate) or in the certificate settings, either shows what the other
saved, and the berita acara and the honorarium list print it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from storage.paperwork import PaperworkRepository
from tests.jp_fixtures import make_jp_session
from tests.ui.ui_helpers import make_context, page_context
from ui.people.certificate_dialogs import CertificateSettingsDialog
from ui.people.jp_tab import JpTab
from ui.report.documents import DocumentKind
from ui.report.page import ReportPage

ADDRESS = "Jl. Pattimura No. 5, Ambon"


@pytest.fixture
def both_places(qtbot, data_dir):
    """The Report page and the People page's JP tab on one session of one store."""
    app = make_context(data_dir, sample=False)
    session_id = make_jp_session(app.db).session.id
    page, tab = ReportPage(page_context(app)), JpTab(page_context(app))
    for widget in (page, tab):
        qtbot.addWidget(widget)
        widget.open_session(session_id)
    page.show()
    page.documents.choose(DocumentKind.BERITA_ACARA)
    return page, tab, session_id


def _type_address(qtbot, page: ReportPage, text: str) -> None:
    box = page.documents.address
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # editingFinished


def _certificate_dialog(monkeypatch, tab: JpTab, fill=lambda d: 0) -> CertificateSettingsDialog:
    shown: list[CertificateSettingsDialog] = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        return fill(dialog)

    monkeypatch.setattr(CertificateSettingsDialog, "exec", exec_)
    tab.edit_certificate_settings()
    return shown[0]


def _export(qtbot, page: ReportPage, target: Path) -> str:
    page.ask_save_path = lambda *args: str(target)
    qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())


def test_the_address_sits_beside_the_rate_for_the_documents_that_print_it(both_places):
    page, _tab, _sid = both_places
    for kind, shown in (
        (DocumentKind.BERITA_ACARA, True),
        (DocumentKind.HONORARIUM, True),
        (DocumentKind.SUMMARY, False),
    ):
        page.documents.choose(kind)
        assert page.documents.address.isVisible() is shown


def test_typed_beside_the_rate_the_certificates_show_it(qtbot, both_places, monkeypatch):
    page, tab, session_id = both_places
    _type_address(qtbot, page, ADDRESS)
    db = page.context.app.db
    assert PaperworkRepository(db).own_paperwork(session_id).address == ADDRESS
    assert _certificate_dialog(monkeypatch, tab).address.text() == ADDRESS
    rows = db.execute("SELECT count(*) FROM paperwork_settings WHERE session_id=?", [session_id])
    assert rows.fetchone()[0] == 1


def test_changed_in_the_certificate_settings_the_report_page_shows_it(
    qtbot, both_places, monkeypatch
):
    page, tab, session_id = both_places
    _type_address(qtbot, page, ADDRESS)
    page.hide()  # the user goes to the People page

    def retype(dialog: CertificateSettingsDialog) -> int:
        dialog.address.setText("Jl. Diponegoro 12, Ambon")
        return QDialog.DialogCode.Accepted

    _certificate_dialog(monkeypatch, tab, retype)
    page.show()  # and back
    assert page.documents.address.text() == "Jl. Diponegoro 12, Ambon"
    saved = PaperworkRepository(page.context.app.db).own_paperwork(session_id)
    assert saved.address == "Jl. Diponegoro 12, Ambon"


def test_the_berita_acara_and_the_honorarium_list_print_it(qtbot, both_places, tmp_path):
    page, _tab, session_id = both_places
    _type_address(qtbot, page, ADDRESS)
    assert ADDRESS in _export(qtbot, page, tmp_path / "berita-acara.pdf")
    page.documents.choose(DocumentKind.HONORARIUM)
    page.documents.rate.setValue(650_000)
    assert ADDRESS in _export(qtbot, page, tmp_path / "honor.pdf")
    saved = PaperworkRepository(page.context.app.db).own_paperwork(session_id)
    assert (saved.honorarium_rate, saved.address) == (650_000, ADDRESS)


@pytest.mark.attack("official-report")
def test_an_address_that_cannot_be_printed_is_refused_and_changes_nothing(qtbot, both_places):
    page, _tab, session_id = both_places
    _type_address(qtbot, page, ADDRESS)
    box = page.documents.address
    box.setText("Jl. Nol\x00 Besar")
    box.editingFinished.emit()
    assert page.documents.notice.isVisible() and "address" in page.documents.notice.text()
    assert PaperworkRepository(page.context.app.db).own_paperwork(session_id).address == ADDRESS

"""The certificate dialogs remember: the letterhead typed for one session (institution,
address, signatory) and the letterhead and logo files are offered again, to the same session
and to the next one; a saved file that is gone is named, never opened."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from facilitation.paperwork import LetterheadFiles
from storage.jp import JpRepository
from storage.paperwork import PaperworkRepository
from storage.sessions import SessionRepository
from tests.jp_fixtures import make_jp_session
from tests.storage.official_helpers import photo_file
from tests.storage.session_helpers import make_session
from tests.ui.ui_helpers import make_context, page_context
from ui.people.certificate_dialogs import CertificateSettingsDialog, IssueDialog
from ui.people.jp_tab import JpTab


@pytest.fixture
def tab_of_two(qtbot, data_dir):
    app = make_context(data_dir, sample=False)
    first = make_jp_session(app.db)
    second = SessionRepository(app.db).create(make_session("Pelatihan kedua"))  # nothing saved
    tab = JpTab(page_context(app))
    qtbot.addWidget(tab)
    tab.open_session(first.session.id)
    tab.show()
    return tab, first.session.id, second.id


def _answer(monkeypatch, kind: type[QDialog], fill) -> list[QDialog]:
    """Let the tab's next dialog of kind be filled by fill and accepted, as a user would."""
    shown: list[QDialog] = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        return fill(dialog)

    monkeypatch.setattr(kind, "exec", exec_)
    return shown


def test_the_letterhead_typed_once_is_offered_to_the_next_session(tab_of_two, monkeypatch):
    tab, first, second = tab_of_two

    def type_letterhead(dialog: CertificateSettingsDialog) -> int:
        dialog.institution.setText("BPSDM Provinsi Maluku")
        dialog.address.setText("Jl. Pattimura No. 5, Ambon")
        dialog.signatory_name.setText("Dr. Hartono, M.Si.")
        dialog.signatory_nip.setText("197001011995031001")
        return QDialog.DialogCode.Accepted

    _answer(monkeypatch, CertificateSettingsDialog, type_letterhead)
    tab.edit_certificate_settings()
    db = tab.context.app.db
    assert JpRepository(db).certificate_settings(first).signatory_name == "Dr. Hartono, M.Si."
    assert PaperworkRepository(db).own_paperwork(first).address == "Jl. Pattimura No. 5, Ambon"

    tab.open_session(second)
    shown = _answer(monkeypatch, CertificateSettingsDialog, lambda d: 0)  # looked, cancelled
    tab.edit_certificate_settings()
    dialog = shown[0]
    assert dialog.institution.text() == "BPSDM Provinsi Maluku"
    assert dialog.address.text() == "Jl. Pattimura No. 5, Ambon"
    assert dialog.signatory_nip.text() == "197001011995031001"
    assert dialog.org.text() == "BPSDM"  # the pattern and code come along too
    assert PaperworkRepository(db).own_paperwork(second) is None  # cancelled: nothing saved


def test_the_issue_dialog_offers_the_files_chosen_last_time(
    qtbot, tab_of_two, monkeypatch, tmp_path
):
    tab, first, second = tab_of_two
    kop = photo_file(tmp_path, (800, 150), "kop.jpg")
    tab.ask_open_path = lambda *args: str(kop)

    def choose_kop(dialog: IssueDialog) -> int:
        dialog.kop.choose.click()
        return QDialog.DialogCode.Accepted

    _answer(monkeypatch, IssueDialog, choose_kop)
    target = tmp_path / "sertifikat.pdf"
    tab.ask_save_path = lambda *args: str(target)
    with qtbot.waitSignal(tab.status, timeout=20_000, check_params_cb=lambda t: "saved" in t):
        tab.ask_issue()
    assert PdfReader(target).pages[0].images  # the letterhead is on the page
    assert PaperworkRepository(tab.context.app.db).files(first).kop_path == str(kop)

    tab.open_session(second)
    shown = _answer(monkeypatch, IssueDialog, lambda d: 0)
    tab.ask_issue()
    assert shown[0].kop.path == kop and shown[0].logo.path is None
    assert shown[0].error.text() == ""


@pytest.mark.attack("certificates")
def test_a_saved_logo_that_is_gone_is_named_in_the_issue_dialog(tab_of_two, monkeypatch, tmp_path):
    tab, first, _second = tab_of_two
    gone = tmp_path / "flashdisk" / "logo.png"
    PaperworkRepository(tab.context.app.db).save(first, files=LetterheadFiles("", str(gone)))
    shown = _answer(monkeypatch, IssueDialog, lambda d: 0)
    tab.ask_issue()
    dialog = shown[0]
    assert dialog.logo.path is None
    assert str(gone) in dialog.error.text() and "no longer there" in dialog.error.text()

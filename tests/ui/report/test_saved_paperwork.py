"""The Report page's documents box remembers: the honorarium rate, the letterhead and the logo
come back for the session and are offered to the next one; a logo file that is gone is named,
not opened; a berita acara can cover one day of a two-day session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from facilitation.paperwork import LetterheadFiles
from storage.paperwork import PaperworkRepository
from tests.jp_fixtures import make_jp_session
from tests.storage.official_helpers import photo_file
from tests.ui.ui_helpers import make_context, page_context
from ui.report.documents import DocumentKind
from ui.report.page import ReportPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def two_sessions(qtbot, data_dir):
    app = make_context(data_dir, sample=False)
    first = make_jp_session(app.db)
    second = make_jp_session(app.db, "Pelatihan kedua")
    page = ReportPage(page_context(app))
    qtbot.addWidget(page)
    page.open_session(first.session.id)
    page.show()
    return page, first.session.id, second.session.id


def _export(qtbot, page: ReportPage, target: Path) -> str:
    page.ask_save_path = lambda *args: str(target)
    qtbot.mouseClick(page.export_pdf_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())


def test_the_rate_and_logo_come_back_and_go_to_the_next_session(qtbot, two_sessions, tmp_path):
    page, first, second = two_sessions
    logo = photo_file(tmp_path, (120, 120), "logo.jpg")
    page.ask_open_path = lambda *args: str(logo)
    qtbot.mouseClick(page.logo.choose, LEFT)
    page.documents.choose(DocumentKind.HONORARIUM)
    page.documents.rate.setValue(650_000)
    _export(qtbot, page, tmp_path / "honor.pdf")
    assert PaperworkRepository(page.context.app.db).paperwork(first).honorarium_rate == 650_000

    page.close_session()
    page.open_session(second)  # a new session: what was last used
    assert page.documents.rate.value() == 650_000 and page.logo.path == logo
    page.documents.rate.setValue(800_000)
    page.logo.clear.click()
    _export(qtbot, page, tmp_path / "honor2.pdf")

    page.close_session()
    page.open_session(first)  # its own values, not the last used
    assert page.documents.rate.value() == 650_000 and page.logo.path == logo
    page.close_session()
    page.open_session(second)
    assert page.documents.rate.value() == 800_000 and page.logo.path is None


@pytest.mark.attack("official-report")
def test_a_saved_logo_that_is_gone_is_named_and_the_document_still_made(
    qtbot, two_sessions, tmp_path
):
    page, first, _second = two_sessions
    gone = tmp_path / "usb" / "logo.png"
    PaperworkRepository(page.context.app.db).save(first, files=LetterheadFiles("", str(gone)))
    page.close_session()
    page.open_session(first)
    assert page.logo.path is None
    assert page.documents.notice.isVisibleTo(page)
    assert str(gone) in page.documents.notice.text()
    assert "no longer there" in page.documents.notice.text()
    page.documents.choose(DocumentKind.BERITA_ACARA)
    assert "BERITA ACARA" in _export(qtbot, page, tmp_path / "ba.pdf")
    assert page.last_message is None


def test_a_berita_acara_for_one_day(qtbot, two_sessions, tmp_path):
    page, _first, _second = two_sessions
    page.language.setCurrentIndex(page.language.findData("id"))
    documents = page.documents
    documents.choose(DocumentKind.HONORARIUM)
    assert not documents.day.isVisibleTo(page)
    documents.choose(DocumentKind.BERITA_ACARA)
    assert documents.day.isVisibleTo(page)
    assert documents.day.count() == 3  # the whole session, day 1, day 2
    assert documents.chosen_day() is None
    whole = _export(qtbot, page, tmp_path / "ba.pdf")
    assert "Selasa, 10 Maret 2026 – Rabu, 11 Maret 2026" in whole
    documents.day.setCurrentIndex(2)
    assert documents.chosen_day() == date(2026, 3, 11)
    second_day = _export(qtbot, page, tmp_path / "ba-hari-2.pdf")
    assert "Rabu, 11 Maret 2026" in second_day and "10 Maret" not in second_day
    assert "Hari ke-2 dari 2" in second_day
    assert "Bermain peran" in second_day and "Ceramah budaya kerja" not in second_day
    assert "Peserta hadir hari ini 3 orang" in second_day

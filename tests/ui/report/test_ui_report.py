"""The Report page: preview the real pages, export with progress, import with a summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from storage.bundles import bundle_contents, export_bundle
from storage.notes import NoteRepository
from tests.report_fixtures import fill_day
from tests.storage.bundle_helpers import editable, write_bundle
from tests.ui.ui_helpers import make_window
from ui.report.page import ReportPage

LEFT = Qt.MouseButton.LeftButton


def report_page(window) -> ReportPage:
    return next(p for p in window.session_pages if isinstance(p, ReportPage))


def open_report(qtbot, data_dir: Path):
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    fill_day(
        window.context.db, window.context.sessions.get(session_id), people=10, notes_per_activity=1
    )
    window.open_session(session_id)
    page = report_page(window)
    rows = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    window.navigation.setCurrentRow(rows.index("Report"))
    assert page.isVisible()
    return window, page, session_id


def test_preview_shows_the_report_pages(qtbot, data_dir):
    _window, page, _ = open_report(qtbot, data_dir)
    assert page.language.currentData() == "en"
    qtbot.mouseClick(page.preview_button, LEFT)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=20000)
    assert page.document.pageCount() >= 3
    assert not page.busy and page.preview_button.isEnabled()


def test_export_pdf_in_indonesian_without_personal_data(qtbot, data_dir, tmp_path):
    _window, page, _ = open_report(qtbot, data_dir)
    target = tmp_path / "laporan.pdf"
    page.ask_save_path = lambda *args: str(target)
    page.language.setCurrentIndex(page.language.findData("id"))
    page.redact.setChecked(True)
    qtbot.mouseClick(page.export_pdf_button, LEFT)
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "LAPORAN KEGIATAN" in text and "perlindungan data pribadi" in text


def test_a_bad_logo_is_refused_with_a_message(qtbot, data_dir, tmp_path):
    _window, page, _ = open_report(qtbot, data_dir)
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    page.ask_open_path = lambda *args: str(fake)
    qtbot.mouseClick(page.logo.choose, LEFT)
    assert page.logo.path is None
    assert "PNG or JPEG" in page.last_message.text()


def test_import_bundle_merges_and_summarises(qtbot, data_dir, tmp_path):
    window, page, session_id = open_report(qtbot, data_dir)
    bundle = tmp_path / "catatan-b.lokakarya"
    export_bundle(window.context.db, session_id, bundle)
    notes = NoteRepository(window.context.db)
    note = notes.for_session(session_id)[0]
    notes.move_to_trash(note.id)
    page.ask_open_path = lambda *args: str(bundle)
    qtbot.mouseClick(page.import_bundle_button, LEFT)
    qtbot.waitUntil(lambda: page.last_message is not None, timeout=20000)
    box = page.last_message
    assert box.icon() == QMessageBox.Icon.Information
    assert "Added 0" in box.text() and "unchanged" in box.text()
    assert notes.get(note.id).in_trash  # the trash is newer than the bundle's copy


def test_a_broken_bundle_is_refused_with_a_message(qtbot, data_dir, tmp_path):
    _window, page, _ = open_report(qtbot, data_dir)
    junk = tmp_path / "junk.lokakarya"
    junk.write_bytes(b"PK\x03\x04junk")
    page.ask_open_path = lambda *args: str(junk)
    qtbot.mouseClick(page.import_bundle_button, LEFT)
    qtbot.waitUntil(lambda: page.last_message is not None, timeout=20000)
    assert "not a Lokakarya bundle" in page.last_message.text()


@pytest.mark.attack("edit-time poisoning")
def test_the_merge_message_counts_edit_times_from_the_future(qtbot, data_dir, tmp_path):
    window, page, session_id = open_report(qtbot, data_dir)
    manifest, tables = editable(bundle_contents(window.context.db, session_id))
    tables["notes"][0].update(text="menang selamanya", updated_at="2099-01-01T00:00:00+00:00")
    bundle = write_bundle(tmp_path / "masa-depan.lokakarya", manifest, tables)
    page.ask_open_path = lambda *args: str(bundle)
    qtbot.mouseClick(page.import_bundle_button, LEFT)
    qtbot.waitUntil(lambda: page.last_message is not None, timeout=20000)
    assert "edit time in the future (a clock set wrong?): 1;" in page.last_message.text()
    note = NoteRepository(window.context.db).get(tables["notes"][0]["id"])
    assert note.text != "menang selamanya"

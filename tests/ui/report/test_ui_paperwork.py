"""The official paperwork on the Report page: sections typed and saved like notes (undoable),
photos added from files, facilitators with their JP, and each document previewed/exported."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from facilitation.official import ReportSection
from storage.official import OfficialRepository
from tests.storage.official_helpers import photo_file
from tests.ui.report.test_ui_report import open_report
from ui.report.documents import DocumentKind
from ui.report.section_texts import SAVE_AFTER_MS

LEFT = Qt.MouseButton.LeftButton


def _texts(window, session_id):
    return OfficialRepository(window.context.db).section_texts(session_id)


def test_a_section_typed_is_saved_after_a_pause_and_undone_in_one_step(qtbot, data_dir):
    window, page, session_id = open_report(qtbot, data_dir)
    texts = page.paperwork.texts
    page.paperwork.setCurrentWidget(texts)
    texts.sections.setCurrentRow(list(ReportSection).index(ReportSection.BACKGROUND))
    qtbot.keyClicks(texts.editor, "Reformasi birokrasi")
    qtbot.wait(SAVE_AFTER_MS + 300)
    assert _texts(window, session_id)[ReportSection.BACKGROUND] == "Reformasi birokrasi"
    qtbot.keyClicks(texts.editor, " berjalan")
    texts.sections.setCurrentRow(0)  # leaving the section saves at once
    assert _texts(window, session_id)[ReportSection.BACKGROUND] == "Reformasi birokrasi berjalan"
    page.undo_stack.undo()
    assert _texts(window, session_id)[ReportSection.BACKGROUND] == ""
    page.undo_stack.redo()
    assert _texts(window, session_id)[ReportSection.BACKGROUND] == "Reformasi birokrasi berjalan"


def test_the_aims_start_from_the_sessions_objectives(qtbot, data_dir):
    window, page, session_id = open_report(qtbot, data_dir)
    texts = page.paperwork.texts
    texts.sections.setCurrentRow(list(ReportSection).index(ReportSection.AIMS))
    qtbot.mouseClick(texts.offer_button, LEFT)
    objectives = window.context.sessions.get(session_id).objectives
    stored = _texts(window, session_id)[ReportSection.AIMS]
    assert objectives and objectives[0] in stored and stored.startswith("1. ")


def test_photos_are_added_from_files_captioned_and_removed_with_undo(qtbot, data_dir, tmp_path):
    window, page, session_id = open_report(qtbot, data_dir)
    photos = page.paperwork.photos
    files = [photo_file(tmp_path, (3200, 2400), f"foto{n}.jpg") for n in range(2)]
    photos.ask_photo_paths = lambda: [str(f) for f in files]
    qtbot.mouseClick(photos.add_button, LEFT)
    qtbot.waitUntil(lambda: photos.model.rowCount() == 2, timeout=20000)
    stored = OfficialRepository(window.context.db).photos(session_id)
    assert [max(p.width, p.height) for p in stored] == [1600, 1600]
    photos.view.setCurrentIndex(photos.model.index(0, 0))
    photos.caption.setText("Diskusi kelompok")
    photos.caption.editingFinished.emit()
    assert OfficialRepository(window.context.db).photos(session_id)[0].caption == (
        "Diskusi kelompok"
    )
    photos.view.setCurrentIndex(photos.model.index(0, 0))
    qtbot.mouseClick(photos.remove_button, LEFT)
    assert photos.model.rowCount() == 1
    page.undo_stack.undo()
    assert photos.model.rowCount() == 2
    assert all(f.exists() for f in files)


@pytest.mark.attack("photos")
def test_a_file_that_is_no_photo_is_refused_with_a_message_and_nothing_stored(
    qtbot, data_dir, tmp_path
):
    window, page, session_id = open_report(qtbot, data_dir)
    photos = page.paperwork.photos
    bad = tmp_path / "bukan-foto.jpg"
    bad.write_bytes(b"%PDF-1.4 tidak ada gambar")
    good = photo_file(tmp_path)
    photos.ask_photo_paths = lambda: [str(good), str(bad)]
    qtbot.mouseClick(photos.add_button, LEFT)
    qtbot.waitUntil(lambda: photos.last_message is not None, timeout=20000)
    assert photos.last_message.icon() == QMessageBox.Icon.Warning
    assert "photo" in photos.last_message.text()
    assert OfficialRepository(window.context.db).photos(session_id) == []
    assert bad.read_bytes() == b"%PDF-1.4 tidak ada gambar"


def test_a_facilitator_with_activities_gets_jp_and_can_be_undone(qtbot, data_dir):
    window, page, session_id = open_report(qtbot, data_dir)
    panel = page.paperwork.presenters
    session = window.context.sessions.get(session_id)
    first_two = session.days[0].activities[:2]

    def fill(presenter, session):
        from ui.report.presenter_dialog import PresenterDialog

        dialog = PresenterDialog(presenter, session, panel)
        dialog.name.setText("Dra. Sri Lestari")
        dialog.nip.setText("196805121993032004")
        for row in range(2):
            dialog.activities.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.exec = lambda: True
        return dialog

    panel.make_dialog = fill
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.model.rowCount() == 1
    minutes = sum(a.planned_minutes for a in first_two)
    assert panel.model.index(0, 4).data() == f"{round(minutes / 45 * 4) / 4:g}"  # English UI
    stored = OfficialRepository(window.context.db).presenters(session_id)
    assert stored[0].activity_ids == [a.id for a in first_two]
    page.undo_stack.undo()
    assert panel.model.rowCount() == 0


@pytest.mark.attack("official-report")
def test_a_nameless_facilitator_is_refused_with_a_message(qtbot, data_dir):
    window, page, session_id = open_report(qtbot, data_dir)
    panel = page.paperwork.presenters

    def blank(presenter, session):
        from ui.report.presenter_dialog import PresenterDialog

        dialog = PresenterDialog(presenter, session, panel)
        dialog.name.setText("   ")
        dialog.exec = lambda: True
        return dialog

    panel.make_dialog = blank
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.last_message is not None and panel.model.rowCount() == 0
    assert OfficialRepository(window.context.db).presenters(session_id) == []


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (DocumentKind.OFFICIAL, "LAPORAN PELAKSANAAN KEGIATAN"),
        (DocumentKind.BERITA_ACARA, "BERITA ACARA PELAKSANAAN KEGIATAN"),
        (DocumentKind.HONORARIUM, "DAFTAR PENERIMAAN HONORARIUM"),
    ],
)
def test_each_document_is_exported_from_the_chooser(qtbot, data_dir, tmp_path, kind, words):
    _window, page, _session_id = open_report(qtbot, data_dir)
    page.paperwork.presenters.add_session_facilitators()
    target = tmp_path / "dokumen.pdf"
    page.ask_save_path = lambda *args: str(target)
    page.language.setCurrentIndex(page.language.findData("id"))
    page.documents.choose(kind)
    assert page.documents.rate.isVisible() == (kind == DocumentKind.HONORARIUM)
    page.documents.rate.setValue(750_000)
    qtbot.mouseClick(page.export_pdf_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert words in text
    if kind == DocumentKind.HONORARIUM:
        assert "750.000" in text


def test_the_official_report_previews_with_what_is_still_being_typed(qtbot, data_dir):
    _window, page, _session_id = open_report(qtbot, data_dir)
    texts = page.paperwork.texts
    texts.sections.setCurrentRow(list(ReportSection).index(ReportSection.RECOMMENDATIONS))
    qtbot.keyClicks(texts.editor, "Rekomendasi segera")
    page.documents.choose(DocumentKind.OFFICIAL)
    qtbot.mouseClick(page.preview_button, LEFT)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=30000)
    assert page.document.pageCount() > 8
    stored = OfficialRepository(page.context.app.db).section_texts(page.session_id)
    assert stored[ReportSection.RECOMMENDATIONS] == "Rekomendasi segera"


def test_text_typed_just_before_opening_another_session_stays_with_its_own(qtbot, data_dir):
    window, page, session_id = open_report(qtbot, data_dir)
    other = window.context.sessions.duplicate(session_id, "Salinan")
    texts = page.paperwork.texts
    texts.sections.setCurrentRow(list(ReportSection).index(ReportSection.TARGETS))
    qtbot.keyClicks(texts.editor, "Kepala seksi")
    page.open_session(other.id)  # within the pause, before the timer saved it
    assert _texts(window, session_id)[ReportSection.TARGETS] == "Kepala seksi"
    assert ReportSection.TARGETS not in _texts(window, other.id)
    assert texts.editor.toPlainText() == ""

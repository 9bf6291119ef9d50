"""Report: preview and export the session's documents (the summary report, the official
activity report, the berita acara, the honorarium list), its tables (XLSX, CSV) and bundles
that carry the session to another laptop and merge it there. The official report's texts,
photos and presenters are edited in the tabs beside the preview (ui/report/paperwork.py).

Rendering and exporting run as QueryOps, merging a bundle as a StoreOp (ui/common/operations.py)
with a progress bar; the merge tells every page what changed through the context's hub. The
preview shows the real PDF pages through QtPdf. Opening a session while the page is hidden
only records it: its details, paperwork values and texts are read when the page is first shown
(or an export asks for them).
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTemporaryDir, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitation.documents.report.flow import ReportImageError, check_image
from facilitation.documents.report.pdf import ReportOptions
from facilitation.documents.spreadsheets import sheet_tables, write_csv_folder, write_xlsx
from storage import backups
from storage.bundles import export_bundle, import_bundle
from storage.report_source import load_report_data
from storage.sessions import NotFoundError
from ui.common import file_dialogs
from ui.common.changes import Changes
from ui.common.deferred_load import LoadWhenShown
from ui.common.exchange_messages import (
    image_error_text,
    merge_summary_lines,
    merge_summary_text,
)
from ui.common.file_dialogs import BUNDLES, IMAGES, REPORTS, file_stem
from ui.common.image_picker import ImagePicker
from ui.common.operations import OpResult, QueryOp, StoreOp
from ui.common.theme import set_icons
from ui.report.document_options import DocumentOptions
from ui.report.documents import file_word, write_document
from ui.report.failures import failure_text
from ui.report.look import REPORT_ICONS
from ui.report.paperwork import PaperworkTabs
from ui.report.saved_paperwork import SavedPaperwork
from ui.workspace.session_context import SessionContext

log = logging.getLogger(__name__)


class ReportPage(QWidget):
    status = Signal(str)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = context.undo_stack
        self.session_id: str | None = None
        self._title = ""
        self.busy = False
        self.last_message: QMessageBox | None = None
        self._preview_dir = QTemporaryDir()
        self._preview_count = 0
        # File dialogs are attributes so tests can answer them like a user would.
        self.ask_save_path = partial(file_dialogs.ask_save_path, self)
        self.ask_open_path = partial(file_dialogs.ask_open_path, self)
        self.ask_folder = partial(file_dialogs.ask_folder, self)
        self._build()
        self._loader = LoadWhenShown(self, self._load)
        context.app.changes.changed.connect(self._changes_arrived)

    @property
    def session_title(self) -> str:
        self._loader.flush()  # the details of a session opened while the page was hidden
        return self._title

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        options = DocumentOptions(self)
        self.documents, self.saved = options, SavedPaperwork(options, self.context.app)
        self.language, self.kop, self.logo = options.language, options.kop, options.logo
        self.preview_button = options.preview_button
        self.export_pdf_button = options.export_pdf_button
        self.kop.choose.clicked.connect(lambda: self._pick_image(self.kop))
        self.logo.choose.clicked.connect(lambda: self._pick_image(self.logo))

        privacy = QGroupBox(self.tr("Personal data"))
        privacy_layout = QVBoxLayout(privacy)
        self.redact = QCheckBox(self.tr("Leave out personal data (NIP, phone, e-mail, birth data)"))
        hint = QLabel(self.tr("Applies to the PDF, XLSX, CSV and bundle exports."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        privacy_layout.addWidget(self.redact)
        privacy_layout.addWidget(hint)

        tables = QGroupBox(self.tr("Tables and bundles"))
        grid = QVBoxLayout(tables)
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.export_csv_button = QPushButton(self.tr("Export CSV folder…"))
        self.export_bundle_button = QPushButton(self.tr("Export bundle…"))
        self.import_bundle_button = QPushButton(self.tr("Import bundle…"))
        set_icons(self, REPORT_ICONS)
        table_buttons = (
            self.export_xlsx_button,
            self.export_csv_button,
            self.export_bundle_button,
            self.import_bundle_button,
        )
        for button in table_buttons:
            grid.addWidget(button)
        bundle_hint = QLabel(
            self.tr(
                "A bundle carries this session to another laptop; importing merges it with what "
                "is there (newest edits win, a backup is taken first)."
            )
        )
        bundle_hint.setWordWrap(True)
        bundle_hint.setEnabled(False)
        grid.addWidget(bundle_hint)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        for widget in (options, privacy, tables):
            left_layout.addWidget(widget)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.progress_label)
        left_layout.addStretch(1)
        left.setMinimumWidth(330)
        left.setMaximumWidth(460)

        self.document = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setDocument(self.document)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_hint = QLabel(self.tr("Press Preview to see the report's pages here."))
        self.preview_hint.setContentsMargins(8, 6, 8, 6)  # off the tab's frame, as the forms
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_hint)
        preview_layout.addWidget(self.viewer, 1)
        self.paperwork = PaperworkTabs(self.context, preview, self)
        right = self.paperwork

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.preview_button.clicked.connect(self.preview)
        self.export_pdf_button.clicked.connect(self.export_pdf)
        self.export_xlsx_button.clicked.connect(self.export_xlsx)
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_bundle_button.clicked.connect(self.export_bundle)
        self.import_bundle_button.clicked.connect(self.import_bundle)
        self._buttons = (self.preview_button, self.export_pdf_button, *table_buttons)

    # -- page protocol ---------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.document.close()
        self.preview_hint.setVisible(True)
        self._loader.request()

    def _load(self) -> None:
        if self.session_id is not None:
            self.paperwork.open_session(self.session_id)
            self.reload_details()

    def reload_details(self) -> None:
        if self.session_id is None or self._loader.pending:
            return  # a waiting load reads them anyway
        try:
            session = self.context.session(self.session_id)
        except NotFoundError:
            self.close_session()
            return
        self._title = session.title
        index = self.language.findData(str(session.report_language))
        self.language.setCurrentIndex(max(0, index))
        self.saved.show(session)

    def close_session(self) -> None:
        self._loader.cancel()
        self.session_id = None
        self.saved.forget()
        self.paperwork.close_session()
        self.document.close()

    def _changes_arrived(self, changes: Changes) -> None:
        """The title and report language come from the session's details."""
        if self.session_id is not None and changes.sessions and changes.concerns(self.session_id):
            self.reload_details()

    # -- actions ---------------------------------------------------------------------------

    def options(self) -> ReportOptions:
        self._loader.flush()
        return ReportOptions(
            lang=self.language.currentData(),
            redact=self.redact.isChecked(),
            kop_image=self.kop.path,
            logo_image=self.logo.path,
        )

    def preview(self) -> None:
        self._preview_count += 1
        target = Path(self._preview_dir.path()) / f"preview-{self._preview_count}.pdf"
        self._render(target, self.tr("Preparing the preview…"), self._show_preview)

    def export_pdf(self) -> None:
        name = f"{file_stem(self.session_title)} - {file_word(self.documents.current_kind())}.pdf"
        target = self.ask_save_path(
            REPORTS, self.tr("Export PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if target:
            self._render(Path(target), self.tr("Writing the report…"), self._saved)

    def _render(self, target: Path, busy_text: str, on_done) -> None:
        if self.session_id is None or self.busy:
            return
        self.paperwork.save_pending()  # a section still being typed goes in first
        session_id, options, kind = self.session_id, self.options(), self.documents.current_kind()
        rate, day = self.documents.rate.value(), self.documents.chosen_day()
        self.saved.remember(session_id, kind)

        def work(db, progress):
            return write_document(db, session_id, kind, options, target, rate, progress, day)

        self._start(work, on_done, busy_text, determinate=True)

    def _table_choices(self) -> tuple[str, str, bool]:
        self._loader.flush()
        return self.session_id, self.language.currentData(), self.redact.isChecked()

    def export_xlsx(self) -> None:
        name = f"{file_stem(self.session_title)}.xlsx"
        target = self.ask_save_path(
            REPORTS, self.tr("Export XLSX"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if not target or self.session_id is None:
            return
        session_id, lang, redact = self._table_choices()

        def work(db, progress):
            write_xlsx(sheet_tables(load_report_data(db, session_id), lang, redact), Path(target))
            return Path(target)

        self._start(work, self._saved, self.tr("Writing the workbook…"))

    def export_csv(self) -> None:
        folder = self.ask_folder(REPORTS, self.tr("Export CSV files into a folder"))
        if not folder or self.session_id is None:
            return
        session_id, lang, redact = self._table_choices()

        def work(db, progress):
            tables = sheet_tables(load_report_data(db, session_id), lang, redact)
            write_csv_folder(tables, Path(folder))
            return Path(folder)

        self._start(work, self._saved, self.tr("Writing the CSV files…"))

    def export_bundle(self) -> None:
        name = f"{file_stem(self.session_title)}.lokakarya"
        target = self.ask_save_path(
            BUNDLES, self.tr("Export bundle"), name, self.tr("Lokakarya bundles (*.lokakarya)")
        )
        if not target or self.session_id is None:
            return
        session_id, redact = self.session_id, self.redact.isChecked()

        def work(db, progress):
            export_bundle(db, session_id, Path(target), redact=redact)
            return Path(target)

        self._start(work, self._saved, self.tr("Writing the bundle…"))

    def import_bundle(self) -> None:
        source = self.ask_open_path(
            BUNDLES,
            self.tr("Import bundle"),
            self.tr("Lokakarya bundles (*.lokakarya);;All files (*)"),
        )
        if not source:
            return
        backup_dir = self.context.app.data_dir / backups.BACKUP_DIRNAME

        def work(db, progress) -> OpResult:
            summary = import_bundle(db, Path(source), backup_dir)
            # Everything about the bundle's session may have changed, the list of sessions too.
            return OpResult(summary, Changes.all(summary.session_id))

        self._start(work, self._imported, self.tr("Checking and merging the bundle…"), StoreOp)

    # -- running operations ----------------------------------------------------------------

    def _start(
        self,
        work,
        on_done,
        busy_text: str,
        op: type[QueryOp] = QueryOp,
        determinate: bool = False,
    ) -> None:
        if self.busy:
            return
        self._set_busy(True, busy_text)
        self.progress.setRange(0, 100 if determinate else 0)
        self.progress.setValue(0)
        op(
            parent=self,
            context=self.context.app,
            work=work,
            success=lambda result: self._finish(on_done, result),
            label=getattr(work, "__qualname__", "report operation"),
        ).failure(self._failed, describe=failure_text).with_progress(self._progressed).run()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress.maximum():
            self.progress.setValue(int(done * 100 / max(1, total)))

    def _finish(self, on_done, result) -> None:
        self._set_busy(False, "")
        on_done(result)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        for button in self._buttons:
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setText(text)

    def _failed(self, text: str) -> None:
        self._set_busy(False, "")
        self._message(QMessageBox.Icon.Warning, self.tr("Report and exchange"), text)

    def _show_preview(self, path: Path) -> None:
        self.document.load(str(path))
        self.preview_hint.setVisible(False)
        self.status.emit(
            self.tr("Preview ready: %1 pages").replace("%1", str(self.document.pageCount()))
        )

    def _saved(self, path: Path) -> None:
        self.progress_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.status.emit(self.tr("Saved to %1").replace("%1", str(path)))

    def _imported(self, summary) -> None:
        lines = merge_summary_lines(summary)
        text = merge_summary_text(summary)
        box = self._message(QMessageBox.Icon.Information, self.tr("Bundle imported"), text)
        box.setDetailedText("\n".join(lines))
        self.status.emit(text)

    def _message(self, icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.last_message = box
        box.open()
        return box

    def _pick_image(self, picker: ImagePicker) -> None:
        path = self.ask_open_path(IMAGES, picker.caption, self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            check_image(Path(path))
        except ReportImageError as error:
            self._message(QMessageBox.Icon.Warning, picker.caption, image_error_text(error))
            return
        picker.set_path(Path(path))

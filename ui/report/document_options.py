"""The Report page's box for the PDF documents: which document, its language, letterhead and
logo, the rate per JP of the honorarium list, the agency's address (the berita acara's and the
honorarium list's; the certificates' too), the day a berita acara covers, and Preview /
Export. The rate, address, letterhead and logo shown are the session's saved ones
(saved_paperwork)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from facilitation.documents.report.text import long_date
from facilitation.paperwork import MAX_ADDRESS_LENGTH, MAX_RATE, LetterheadFiles
from ui.common.image_picker import ImagePicker, letterhead_files, show_letterhead
from ui.report.documents import DocumentKind, document_label


class DocumentOptions(QGroupBox):
    shown = Signal()  # the page came into view: what is saved may have changed elsewhere

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Documents (PDF)"), parent)
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(document_label(kind), str(kind))
        form.addRow(self.tr("Document"), self.kind)
        self.language = QComboBox()
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Language of the report"), self.language)
        self.rate = QSpinBox()
        self.rate.setRange(0, MAX_RATE)
        self.rate.setSingleStep(50_000)
        self.rate.setPrefix("Rp ")
        self.rate.setGroupSeparatorShown(True)
        self.rate.setToolTip(
            self.tr("The honorarium per JP your agency pays; Lokakarya has no rates built in.")
        )
        self.rate_label = QLabel(self.tr("Rate per JP"))
        form.addRow(self.rate_label, self.rate)
        self.address = QLineEdit()
        self.address.setMaxLength(MAX_ADDRESS_LENGTH)
        self.address.setPlaceholderText(self.tr("printed under the organiser when no kop"))
        self.address.setToolTip(
            self.tr(
                "The agency's address, saved for the session: the berita acara, the honorarium"
                " list and the certificates print the same one."
            )
        )
        self.address_label = QLabel(self.tr("Agency address"))
        self.address_label.setBuddy(self.address)
        form.addRow(self.address_label, self.address)
        self.day = QComboBox()
        self.day.setToolTip(self.tr("A berita acara for the whole session, or for one day only."))
        self.day_label = QLabel(self.tr("Covers"))
        form.addRow(self.day_label, self.day)
        self.set_days(())
        self.kop = ImagePicker(self.tr("Letterhead (kop surat)"), self)
        self.logo = ImagePicker(self.tr("Logo"), self)
        form.addRow(self.tr("Letterhead (kop)"), self.kop)
        form.addRow(self.tr("Logo"), self.logo)
        self.notice = QLabel()  # a saved letterhead or logo file that is gone
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b00020;")
        self.notice.setVisible(False)
        form.addRow(self.notice)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"))
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.export_pdf_button)
        form.addRow(row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def current_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def choose(self, kind: DocumentKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(str(kind)))

    def set_days(self, days: Sequence[date], lang: str = "id") -> None:
        """The session's days to choose from; the whole session stays the first choice."""
        chosen = self.day.currentData()
        self.day.clear()
        self.day.addItem(self.tr("The whole session"), "")
        for number, day in enumerate(sorted(days), start=1):
            text = self.tr("Day %1: %2").replace("%1", str(number))
            self.day.addItem(text.replace("%2", long_date(day, lang)), day.isoformat())
        self.day.setCurrentIndex(max(0, self.day.findData(chosen)) if chosen else 0)
        self._kind_changed()

    def chosen_day(self) -> date | None:
        """The day the berita acara covers, None for the whole session (and other documents)."""
        value = self.day.currentData()
        if self.current_kind() != DocumentKind.BERITA_ACARA or not value:
            return None
        return date.fromisoformat(value)

    def files(self) -> LetterheadFiles:
        return letterhead_files(self.kop, self.logo)

    def show_files(self, files: LetterheadFiles) -> None:
        """The saved letterhead and logo; a file that is gone is left empty and named."""
        text = show_letterhead(self.kop, self.logo, files)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def address_text(self) -> str:
        return " ".join(self.address.text().split())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.shown.emit()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        honorarium = kind == DocumentKind.HONORARIUM
        self.rate.setVisible(honorarium)
        self.rate_label.setVisible(honorarium)
        addressed = kind in (DocumentKind.HONORARIUM, DocumentKind.BERITA_ACARA)
        self.address.setVisible(addressed)
        self.address_label.setVisible(addressed)
        days = kind == DocumentKind.BERITA_ACARA and self.day.count() > 2
        self.day.setVisible(days)
        self.day_label.setVisible(days)

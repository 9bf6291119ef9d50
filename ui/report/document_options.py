"""The Report page's box for the PDF documents: which document, its language, letterhead and
logo, the rate per JP of the honorarium list, and Preview / Export."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from facilitation.documents.official.honorarium import MAX_RATE
from ui.common.image_picker import ImagePicker
from ui.report.documents import DocumentKind, document_label


class DocumentOptions(QGroupBox):
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
        self.kop = ImagePicker(self.tr("Letterhead (kop surat)"), self)
        self.logo = ImagePicker(self.tr("Logo"), self)
        form.addRow(self.tr("Letterhead (kop)"), self.kop)
        form.addRow(self.tr("Logo"), self.logo)
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

    def _kind_changed(self) -> None:
        honorarium = self.current_kind() == DocumentKind.HONORARIUM
        self.rate.setVisible(honorarium)
        self.rate_label.setVisible(honorarium)

"""A chosen image file (letterhead, logo) shown by name, with Choose… and Clear; and the
pair of them filled from (and read back as) the saved LetterheadFiles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitation.paperwork import LetterheadFiles


class ImagePicker(QWidget):
    """A chosen image file shown by name, with Choose… and Clear."""

    def __init__(self, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.caption = caption
        self.path: Path | None = None
        self.label = QLabel(self.tr("none"))
        self.label.setMinimumWidth(120)
        self.choose = QPushButton(self.tr("Choose…"))
        self.clear = QPushButton(self.tr("Clear"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)
        self.clear.clicked.connect(lambda: self.set_path(None))
        self.set_path(None)

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.label.setText(path.name if path else self.tr("none"))
        self.label.setToolTip(str(path) if path else "")
        self.clear.setEnabled(path is not None)


def show_letterhead(kop: ImagePicker, logo: ImagePicker, files: LetterheadFiles) -> str:
    """Put the saved letterhead and logo in their pickers. A file that is gone (moved, a USB
    stick taken out) is left empty, never opened; the sentence returned names it ('' when
    both are there)."""
    kept, gone = files.without_missing(), files.missing()
    kop.set_path(kept.kop())
    logo.set_path(kept.logo())
    lines = []
    if "kop" in gone:
        text = QCoreApplication.translate(
            "ImagePicker", "The saved letterhead %1 is no longer there; choose it again."
        )
        lines.append(text.replace("%1", files.kop_path))
    if "logo" in gone:
        text = QCoreApplication.translate(
            "ImagePicker", "The saved logo %1 is no longer there; choose it again."
        )
        lines.append(text.replace("%1", files.logo_path))
    return "\n".join(lines)


def letterhead_files(kop: ImagePicker, logo: ImagePicker) -> LetterheadFiles:
    return LetterheadFiles(str(kop.path) if kop.path else "", str(logo.path) if logo.path else "")

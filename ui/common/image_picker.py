"""A chosen image file (letterhead, logo) shown by name, with Choose… and Clear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


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

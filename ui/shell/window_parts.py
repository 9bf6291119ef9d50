"""Small pieces of the main window that paint before the store opens: the opening label, fonts
set without style sheets (see MainWindow.__init__), and the version for the About box."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lokakarya")
    except PackageNotFoundError:
        return "0.1.0"


def font_of_size(widget: QWidget, points: int) -> QFont:
    font = widget.font()
    font.setPointSize(points)
    return font


def centred_label(text: str, points: int) -> QWidget:
    """A label in the middle of its area, centred by stretches (see MainWindow.__init__)."""
    area = QWidget()
    label = QLabel(text)
    label.setFont(font_of_size(label, points))
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(label)
    row.addStretch()
    column = QVBoxLayout(area)
    column.addStretch()
    column.addLayout(row)
    column.addStretch()
    return area

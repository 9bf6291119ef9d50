"""Small pieces of the main window that paint before the store opens: the navigation list, the
opening label, fonts set without style sheets (see MainWindow.__init__), and the version for
the About box."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

NAVIGATION_WIDTH, NAVIGATION_SPACING, NAVIGATION_ROW_HEIGHT = 170, 4, 31


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


def navigation_list(titles: tuple[str, ...]) -> QListWidget:
    """The pages' list down the window's left side, one row per title."""
    navigation = QListWidget()
    navigation.setObjectName("navigation")  # the style sheet's page list
    navigation.setFixedWidth(NAVIGATION_WIDTH)
    navigation.setFont(font_of_size(navigation, 12))
    navigation.setSpacing(NAVIGATION_SPACING)
    for title in titles:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(NAVIGATION_WIDTH - 14, NAVIGATION_ROW_HEIGHT))  # no scrollbar
        navigation.addItem(item)
    return navigation


class CentredLabel(QWidget):
    """A label in the middle of its area, centred by stretches (see MainWindow.__init__)."""

    def __init__(self, text: str, points: int) -> None:
        super().__init__()
        self.label = QLabel(text)
        self.label.setFont(font_of_size(self.label, points))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.label)
        row.addStretch()
        column = QVBoxLayout(self)
        column.addStretch()
        column.addLayout(row)
        column.addStretch()

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

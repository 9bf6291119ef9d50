"""Small pieces of the main window: the navigation list, the opening label that paints before
the store opens (see MainWindow.__init__), and the About box."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QListWidget, QMenuBar, QWidget

NAVIGATION_WIDTH, NAVIGATION_SPACING, NAVIGATION_ROW_HEIGHT = 170, 4, 31


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lokakarya")
    except PackageNotFoundError:
        return "0.1.0"


def show_about(parent: QWidget, data_dir: Path, backups: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    QMessageBox.about(
        parent,
        translate("MainWindow", "About Lokakarya"),
        translate(
            "MainWindow",
            "<b>Lokakarya</b> %1<br>Plan, run and record work-culture training sessions."
            "<br><br>Data folder: %2<br>Backups: %3",
        )
        .replace("%1", app_version())
        .replace("%2", str(data_dir))
        .replace("%3", str(backups)),
    )


def font_of_size(widget: QWidget, points: int) -> QFont:
    font = widget.font()
    font.setPointSize(points)
    return font


def navigation_list(titles: tuple[str, ...]) -> QListWidget:
    """The pages' list down the window's left side, one row per title. Built right after the
    first paint: an item view's classes build ~16 enums, QFont's 8 more (see MainWindow)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

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


def keep_in_place(label: QLabel, menu_bar: QMenuBar) -> None:
    """The opening label stays where the first frame painted it when the menu bar arrives
    above the pages (the next frame): centred in an area as much shorter at its foot as the
    menu bar is tall, its middle does not move. A native menu bar (macOS) takes no room."""
    taken = 0 if menu_bar.isNativeMenuBar() else menu_bar.sizeHint().height()
    label.setContentsMargins(0, 0, 0, taken)


def beside_navigation(navigation: QListWidget, pages: QWidget) -> QWidget:
    """The window's central widget: the navigation down the left, the pages beside it."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    central = QWidget()
    layout = QHBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(navigation)
    layout.addWidget(pages, 1)
    return central


class CentredLabel(QLabel):
    """A line of text in the middle of its area, at a size in points.

    One QLabel, with neither QFont nor layouts nor the Qt namespace (each builds Python enums
    when first touched, before the first paint): the size and the horizontal centring are
    said in rich text, and a QLabel centres vertically by default."""

    def __init__(self, text: str, points: int) -> None:
        super().__init__()
        self.points = points
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        self.plain_text = text
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        super().setText(f'<p align="center" style="font-size:{self.points}pt">{escaped}</p>')

    def text(self) -> str:
        return self.plain_text

"""The main window's size and place, and where the user put each splitter, kept across starts.

The first start fits the screen (a 1366×768 laptop shows the whole window, buttons and status
bar included); after that the window comes back as it was left, maximised or not, unless that
screen is gone. Splitters are found among a page's own children in the order it built them,
so a page needs no names for them.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QWidget

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

GEOMETRY = "window/geometry"
SPLITTERS = "window/splitters/"
FIRST_SIZE = QSize(1280, 800)
SCREEN_SHARE = 0.92  # of the available area, leaving the panel/taskbar and the frame room


def place_window(window: QMainWindow) -> None:
    """As left last time, else fitted to the screen it opens on."""
    saved = QSettings().value(GEOMETRY)
    if saved is not None and _filled(saved) and window.restoreGeometry(saved):
        return
    screen = window.screen()
    if screen is None:
        window.resize(FIRST_SIZE)
        return
    area = screen.availableGeometry()
    size = QSize(
        min(FIRST_SIZE.width(), int(area.width() * SCREEN_SHARE)),
        min(FIRST_SIZE.height(), int(area.height() * SCREEN_SHARE)),
    )
    window.resize(size)
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def save_window(window: QMainWindow, pages: list[QWidget]) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY, window.saveGeometry())
    for page in pages:
        for key, splitter in _splitters_of(page):
            settings.setValue(SPLITTERS + key, splitter.saveState())


def restore_splitters(page: QWidget) -> None:
    settings = QSettings()
    for key, splitter in _splitters_of(page):
        state = settings.value(SPLITTERS + key)
        if _filled(state):
            splitter.restoreState(state)


def _filled(value: object) -> bool:
    """A saved, non-empty QByteArray. QByteArray is imported only once a value was saved:
    touching a Qt class builds its enums, which a first start need not pay before it paints."""
    from PySide6.QtCore import QByteArray

    return isinstance(value, QByteArray) and not value.isEmpty()


def _splitters_of(page: QWidget) -> list[tuple[str, QSplitter]]:
    from PySide6.QtWidgets import QSplitter  # after the first paint: touching it builds it

    name = type(page).__name__
    return [(f"{name}/{index}", s) for index, s in enumerate(page.findChildren(QSplitter))]

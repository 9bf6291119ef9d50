"""The first frame: the opening label alone, and the frame after it (the menu bar above, the
navigation beside) shows the label in the same place."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.shell.main_window import MainWindow


def _ink_rows(window: QWidget) -> tuple[int, int]:
    """The first and last rows of the window's pixels that differ from its background, right
    of the navigation and below the menu bar: where the opening label's text is drawn."""
    image = window.grab().toImage()
    background = image.pixelColor(image.width() - 3, image.height() // 2).lightness()
    rows = [
        y
        for y in range(40, image.height() - 40)
        if any(
            abs(image.pixelColor(x, y).lightness() - background) > 80
            for x in range(200, image.width() - 3, 2)
        )
    ]
    return rows[0], rows[-1]


def test_the_opening_label_stays_put_when_the_menus_arrive(qtbot) -> None:
    window = MainWindow(lang="en", frame_only=True)
    qtbot.addWidget(window)
    window.resize(900, 640)
    window.show()
    qtbot.waitExposed(window)
    first = _ink_rows(window)

    window.complete_frame()  # what run_gui does right after the first paint
    qtbot.waitUntil(lambda: window.pages.mapTo(window, window.pages.rect().topLeft()).y() > 0)
    assert window.menuBar().isVisible() and window.navigation.isVisible()
    assert _ink_rows(window) == first

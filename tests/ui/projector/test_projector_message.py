"""A message for the room shares the wall with the countdown instead of covering it."""

from __future__ import annotations

from PySide6.QtGui import QColor

from facilitation.timer import Phase
from ui.projector.view import PHASE_COLOURS, ProjectorView
from ui.projector.window import ProjectorWindow


def projector(qtbot) -> ProjectorWindow:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.view = ProjectorView(
        title="Diskusi kelompok", reading="12:34", phase=Phase.NORMAL, caption="Berjalan"
    )
    return window


def ink_pixels(window: ProjectorWindow, colour: str) -> int:
    image = window.grab().toImage()
    digits = window.face_layout().digits.toRect()
    wanted = QColor(colour).rgb()
    return sum(
        1
        for x in range(digits.left(), digits.right(), 4)
        for y in range(digits.top(), digits.bottom(), 4)
        if image.pixel(x, y) == wanted
    )


def test_a_message_for_the_room_leaves_the_countdown_readable(qtbot) -> None:
    window = projector(qtbot)
    _background, foreground = PHASE_COLOURS[Phase.NORMAL]
    window.show_message("Silakan kembali ke ruangan")
    assert window.message_rect().top() >= window.face_layout().digits.bottom()
    without_message = ink_pixels(window, foreground)
    window.clear_message()
    assert without_message > 0.5 * ink_pixels(window, foreground)  # digits as readable as before


def test_over_a_board_or_slide_the_message_runs_along_the_bottom(qtbot) -> None:
    window = projector(qtbot)
    window.show_message("Lima menit lagi")
    window.show_slide("Selamat datang", "09:41")
    band = window.message_rect()
    assert band.bottom() == window.height()
    assert band.top() >= window.height() * 0.7  # the slide's own text stays above it

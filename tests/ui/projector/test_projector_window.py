"""What the projector window and its controls call things."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontInfo, QGuiApplication

from ui.projector.controls import ProjectorControls
from ui.projector.digit_glyphs import digit_font
from ui.projector.window import ProjectorWindow


def test_the_window_title_leaves_the_app_name_to_the_window_manager(qtbot) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "Projector"  # shown as "Projector — Lokakarya"


def test_screens_are_named_by_number_and_size(qtbot) -> None:
    window = ProjectorWindow()
    controls = ProjectorControls(window)
    qtbot.addWidget(window)
    qtbot.addWidget(controls)
    screen = QGuiApplication.screens()[0]
    label = controls.screen_label(1, screen)
    assert re.match(r"Screen 1 · \d+×\d+", label)
    assert label.endswith(" — main screen")
    assert controls.screen_choice.itemData(0) == screen.name()  # remembered by system name


def test_the_timer_digits_use_the_shipped_dejavu_sans(qapp) -> None:
    font = digit_font(100)
    assert QFontInfo(font).family() == "DejaVu Sans"
    assert font.bold()

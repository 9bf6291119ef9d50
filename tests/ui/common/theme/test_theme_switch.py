"""Light, dark or the system's choice: applied to the running app at once and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ui.common import theme
from ui.common.theme import (
    ThemeChoice,
    install_theme,
    set_icon,
    set_look,
    set_tone,
    theme_manager,
)
from ui.common.theme.manager import THEME_SETTING, saved_choice
from ui.common.theme.tokens import DARK, LIGHT


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name().upper()


def test_switching_theme_at_run_time_changes_the_apps_palette_and_style_sheets(qtbot) -> None:
    install_theme(ThemeChoice.LIGHT)
    banner = QLabel("Timer dipulihkan")
    qtbot.addWidget(banner)
    set_look(banner, "banner")
    assert window_colour() == LIGHT.background
    assert LIGHT.banner[0] in banner.styleSheet()
    theme_manager().choose(ThemeChoice.DARK)
    assert window_colour() == DARK.background
    assert DARK.banner[0] in banner.styleSheet() and LIGHT.banner[0] not in banner.styleSheet()
    assert theme.current_tokens() is DARK
    assert QApplication.instance().styleSheet() == ""  # no style sheet slows every widget


def test_the_choice_is_remembered_for_the_next_start(qapp) -> None:
    install_theme(ThemeChoice.LIGHT)
    theme_manager().choose(ThemeChoice.DARK)
    assert QSettings().value(THEME_SETTING) == "dark"
    assert saved_choice() == ThemeChoice.DARK
    theme._manager.clear()  # as a new start would find it
    install_theme()
    assert window_colour() == DARK.background


def test_without_a_choice_the_system_is_followed_and_followed_live(qapp, monkeypatch) -> None:
    from ui.common.theme import manager

    dark = {"on": False}
    monkeypatch.setattr(manager, "system_is_dark", lambda: dark["on"])
    install_theme()
    assert saved_choice() == ThemeChoice.SYSTEM and window_colour() == LIGHT.background
    dark["on"] = True
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == DARK.background
    theme_manager().choose(ThemeChoice.LIGHT)  # a choice of one's own wins over the system
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == LIGHT.background


@pytest.mark.attack("theme")
@pytest.mark.parametrize("saved", ["purple", "", "DARK ", "1"])
def test_a_damaged_saved_choice_follows_the_system(qapp, saved: str) -> None:
    QSettings().setValue(THEME_SETTING, saved)
    assert saved_choice() == ThemeChoice.SYSTEM
    install_theme()  # starts, whatever the file says
    assert window_colour() in (LIGHT.background, DARK.background)


def test_button_icons_are_drawn_again_in_the_new_themes_colour(qtbot) -> None:
    install_theme(ThemeChoice.LIGHT)
    button = QPushButton("+1 min")
    qtbot.addWidget(button)
    set_icon(button, "plus")

    def ink() -> QColor:
        """The colour of the icon's most opaque pixel (a 16 px line is antialiased)."""
        image = button.icon().pixmap(16, QIcon.Mode.Normal).toImage()
        pixels = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
        return max(pixels, key=lambda colour: colour.alpha())

    def near(first: QColor, second: str) -> bool:
        other = QColor(second)
        pairs = ((first.red(), other.red()), (first.green(), other.green()))
        return all(abs(a - b) <= 12 for a, b in (*pairs, (first.blue(), other.blue())))

    assert near(ink(), LIGHT.text)
    theme_manager().choose(ThemeChoice.DARK)
    assert near(ink(), DARK.text)


def test_a_labels_tone_follows_the_theme(qtbot) -> None:
    install_theme(ThemeChoice.LIGHT)
    label = QLabel("Belum ada catatan")
    qtbot.addWidget(label)
    set_tone(label, "danger")
    label.setStyleSheet("font-weight: 600;")  # a style sheet of its own keeps the tone
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(LIGHT.danger)
    theme_manager().choose(ThemeChoice.DARK)
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK.danger)
    set_tone(label, "")  # back to the text colour
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK.text)


def test_a_dark_choice_is_dark_from_the_first_paint(qapp) -> None:
    from ui.shell.app import DARK_SETTING

    assert (THEME_SETTING, ThemeChoice.DARK.value) == DARK_SETTING  # the same key and value


def test_widgets_with_a_style_sheet_of_their_own_take_the_new_colours(qtbot) -> None:
    from PySide6.QtWidgets import QTextEdit

    install_theme(ThemeChoice.LIGHT)
    title, box = QLabel("Pembukaan"), QTextEdit()
    for widget, sheet in ((title, "font-size: 20pt;"), (box, "font-size: 12pt;")):
        qtbot.addWidget(widget)
        widget.setStyleSheet(sheet)
        widget.show()
    theme_manager().choose(ThemeChoice.DARK)
    role = QPalette.ColorRole
    assert title.palette().color(role.WindowText) == QColor(DARK.text)
    assert box.palette().color(role.Base) == QColor(DARK.surface)
    assert title.styleSheet() == "font-size: 20pt;"  # the sheet itself stays

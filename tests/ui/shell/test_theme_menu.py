"""View > Theme switches the whole window live: palette, page icons, the Run page's timer and
the status-bar indicator, in the new theme's colours."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QPalette

from facilitation.timer import Phase
from tests.ui.ui_helpers import make_window
from ui.common.theme import ThemeChoice, install_theme
from ui.common.theme.manager import THEME_SETTING
from ui.common.theme.tokens import DARK, LIGHT


def theme_actions(window) -> dict[str, object]:  # noqa: ANN001
    menu = next(a.menu() for a in window.view_menu.actions() if a.menu())
    return {a.text().replace("&", ""): a for a in menu.actions()}


def test_the_view_menu_offers_system_light_and_dark_and_switches_live(qtbot, data_dir) -> None:
    install_theme(ThemeChoice.LIGHT)
    window = make_window(qtbot, data_dir)
    actions = theme_actions(window)
    assert list(actions) == ["Follow the system", "Light", "Dark"]
    assert actions["Light"].isChecked()
    actions["Dark"].trigger()
    qtbot.waitUntil(  # the window hears of the new palette through the event loop
        lambda: window.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.background
    )
    assert QSettings().value(THEME_SETTING) == "dark"
    assert actions["Dark"].isChecked()


def test_every_page_in_the_navigation_has_an_icon_in_the_themes_colour(qtbot, data_dir) -> None:
    install_theme(ThemeChoice.DARK)
    window = make_window(qtbot, data_dir)
    for row in range(window.navigation.count()):
        icon = window.navigation.item(row).icon()
        assert not icon.isNull()
        image = icon.pixmap(20, QIcon.Mode.Normal).toImage()
        colours = {
            image.pixelColor(x, y).name().upper()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        }
        assert colours == {DARK.text}


def test_the_run_timer_and_the_status_bar_indicator_follow_the_theme(qtbot, data_dir) -> None:
    install_theme(ThemeChoice.LIGHT)
    window = make_window(qtbot, data_dir)
    window.open_session(window.context.sessions.list()[0].id)
    window.show_page("run")
    qtbot.waitUntil(lambda: window.run_indicator is not None)
    controller = window.session_context.run_controller
    controller.toggle()  # start: the normal phase
    console = window.pages_by_key["run"]
    light_ground = LIGHT.phases[Phase.NORMAL][0]
    dark_ground = DARK.phases[Phase.NORMAL][0]
    assert light_ground != dark_ground
    assert light_ground in console.timer_label.styleSheet()
    assert light_ground in window.run_indicator.styleSheet()
    theme_actions(window)["Dark"].trigger()
    assert dark_ground in console.timer_label.styleSheet()
    assert dark_ground in window.run_indicator.styleSheet()
    assert console.toggle_button.property("themeIcon") == "player-pause"
    controller.toggle()
    assert console.toggle_button.property("themeIcon") == "player-play"

"""View > Theme (follow the system, light, dark) and what the window draws in the theme's
colours itself: the navigation's page icons and the Edit menu's icons. The choice is
remembered (ui/common/theme/manager.py) and applied at once, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.common.theme import ThemeChoice, icon, set_look, theme_manager

# The navigation's rows, by page key (ui/shell/session_pages.py), and their icons.
NAVIGATION_ICONS = {
    "sessions": "folders",
    "plan": "list-details",
    "people": "users",
    "methods": "puzzle",
    "run": "clock-play",
    "notes": "notes",
    "report": "report-analytics",
}
NAVIGATION_ICON_SIZE = 20
THEME_ICONS = {
    ThemeChoice.SYSTEM: "device-desktop",
    ThemeChoice.LIGHT: "sun",
    ThemeChoice.DARK: "moon",
}
EDIT_ICONS = {"undo_action": "arrow-back-up", "redo_action": "arrow-forward-up"}


class ThemeMenu(QObject):
    """Owned by the main window; keeps its page icons in step with the theme."""

    def __init__(self, window: QMainWindow, menu: QMenu, page_keys: list[str]) -> None:
        super().__init__(window)
        self.window = window
        self.page_keys = ["sessions", *page_keys]
        self.manager = theme_manager()
        theme = menu.addMenu(self.tr("&Theme"))
        self.group = QActionGroup(self)
        self.actions: dict[ThemeChoice, QAction] = {}
        for choice, label in (
            (ThemeChoice.SYSTEM, self.tr("Follow the &system")),
            (ThemeChoice.LIGHT, self.tr("&Light")),
            (ThemeChoice.DARK, self.tr("&Dark")),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(choice == self.manager.choice)
            action.triggered.connect(lambda _checked, choice=choice: self.manager.choose(choice))
            self.group.addAction(action)
            theme.addAction(action)
            self.actions[choice] = action
        window.navigation.setIconSize(QSize(NAVIGATION_ICON_SIZE, NAVIGATION_ICON_SIZE))
        set_look(window.navigation, "navigation")
        self.manager.changed.connect(self.restyle)
        self.restyle()

    def restyle(self, _tokens: object = None) -> None:
        navigation = self.window.navigation
        for row, key in enumerate(self.page_keys[: navigation.count()]):
            navigation.item(row).setIcon(icon(NAVIGATION_ICONS[key], size=NAVIGATION_ICON_SIZE))
        for choice, name in THEME_ICONS.items():
            self.actions[choice].setIcon(icon(name))
        for attribute, name in EDIT_ICONS.items():
            getattr(self.window, attribute).setIcon(icon(name))
        self.actions[self.manager.choice].setChecked(True)

"""The theme in force: chosen in View > Theme (follow the system, light or dark), remembered
in QSettings, applied to the whole app at once and again, live, when the choice or the
system's colour scheme changes."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.common.theme.stylesheet import build_palette, build_style_sheet
from ui.common.theme.tokens import DARK, LIGHT, Tokens

THEME_SETTING = "ui/theme"
ICON_PROPERTY = "themeIcon"  # a button's icon name, drawn again in each theme's colours


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def saved_choice(settings: QSettings | None = None) -> ThemeChoice:
    value = (settings or QSettings()).value(THEME_SETTING, ThemeChoice.SYSTEM.value)
    try:
        return ThemeChoice(str(value))
    except ValueError:  # a hand-edited or future value: follow the system
        return ThemeChoice.SYSTEM


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt  # not before the first paint: it builds every Qt enum

    app = QApplication.instance()
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def tokens_for(choice: ThemeChoice) -> Tokens:
    if choice == ThemeChoice.SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return DARK if choice == ThemeChoice.DARK else LIGHT


class ThemeManager(QObject):
    """One per application. changed(tokens) tells what paints its own colours (the run
    timer, the status-bar indicator, the navigation's icons) to paint again."""

    changed = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = ThemeChoice.SYSTEM
        self.tokens: Tokens = LIGHT
        self.styled = False
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply_palette(self, choice: ThemeChoice) -> None:
        """The colours only: cheap enough before the first paint."""
        self.choice = choice
        self.tokens = tokens_for(choice)
        if self.app.style().name().lower() != "fusion":
            self.app.setStyle("Fusion")  # draws every control from the palette, on every OS
        self.app.setPalette(build_palette(self.tokens))

    def apply(self, choice: ThemeChoice) -> None:
        """Palette, style sheet and icons for choice, on every open window."""
        self.apply_palette(choice)
        self.styled = True
        self.app.setStyleSheet(build_style_sheet(self.tokens))
        from ui.common.theme.icons import themed_icon

        for widget in self.app.allWidgets():
            name = widget.property(ICON_PROPERTY)
            if name and isinstance(widget, QAbstractButton):
                widget.setIcon(themed_icon(str(name), self.tokens))
        self.changed.emit(self.tokens)

    def choose(self, choice: ThemeChoice) -> None:
        QSettings().setValue(THEME_SETTING, choice.value)
        self.apply(choice)

    def _system_changed(self, _scheme: object) -> None:
        if self.choice == ThemeChoice.SYSTEM and self.styled:
            self.apply(ThemeChoice.SYSTEM)


def set_button_icon(button: QAbstractButton, name: str, tokens: Tokens) -> None:
    from ui.common.theme.icons import themed_icon

    button.setProperty(ICON_PROPERTY, name)
    button.setIcon(themed_icon(name, tokens))


def repolish(widget: QWidget) -> None:
    """After a property the style sheet selects on changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()

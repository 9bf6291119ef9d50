"""The theme in force: chosen in View > Theme (follow the system, light or dark), remembered
in QSettings, applied to the whole app at once and again, live, when the choice or the
system's colour scheme changes."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.common.theme.stylesheet import build_palette, build_style_sheets
from ui.common.theme.tokens import DARK, LIGHT, Tokens

THEME_SETTING = "ui/theme"
ICON_PROPERTY = "themeIcon"  # a button's icon name, drawn again in each theme's colours
TONE_PROPERTY = "tone"  # a label's colour by meaning ("muted", "danger"...)
LOOK_PROPERTY = "look"  # a widget's own style sheet ("navigation", "banner"...)


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
        self.style_sheets = build_style_sheets(LIGHT)
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
        """Palette, the looks' style sheets, tones and icons for choice, on every open
        window."""
        self.apply_palette(choice)
        self.styled = True
        self.style_sheets = build_style_sheets(self.tokens)
        for widget in self.app.allWidgets():
            look, sheet = widget.property(LOOK_PROPERTY), widget.styleSheet()
            if look:
                widget.setStyleSheet(self.style_sheets[str(look)])
            elif sheet:  # a sheet of its own ("font-size: 12pt") froze the old palette
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)
            tone = widget.property(TONE_PROPERTY)
            if tone is not None:
                paint_tone(widget, str(tone), self.tokens)
            name = widget.property(ICON_PROPERTY)
            if name and isinstance(widget, QAbstractButton):
                set_button_icon(widget, str(name), self.tokens)
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


def paint_tone(widget: QWidget, tone: str, tokens: Tokens) -> None:
    """The widget's text in the tone's colour ("" for the theme's text colour). Only that
    role is set: the rest of the widget's palette follows the application's."""
    from PySide6.QtGui import QColor, QPalette

    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(getattr(tokens, tone or "text")))
    widget.setPalette(palette)

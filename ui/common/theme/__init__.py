"""The one visual design of Lokakarya: tokens (tokens.py), the palette and the few widgets'
style sheets made from them (stylesheet.py), icons in the theme's colours (icons.py) and the
choice of light or dark (manager.py). Widgets use the few functions below and never write
colours themselves: set_tone for a label's meaning, set_heading for the type scale, set_look
for a style sheet, set_icon(s) for icons; each follows a change of theme."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.common.theme.manager import (
    LOOK_PROPERTY,
    TONE_PROPERTY,
    ThemeChoice,
    ThemeManager,
    paint_tone,
    saved_choice,
    set_button_icon,
)
from ui.common.theme.tokens import LIGHT, PROJECTOR, TYPE_SCALE, Tokens

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

__all__ = [
    "PROJECTOR",
    "ThemeChoice",
    "ThemeManager",
    "current_tokens",
    "icon",
    "install_theme",
    "tinted",
    "set_icon",
    "set_heading",
    "set_icons",
    "set_look",
    "set_tone",
    "theme_manager",
]

_manager: list[ThemeManager] = []


def theme_manager() -> ThemeManager:
    """The application's manager (made on first use; needs the QApplication)."""
    app = QApplication.instance()
    if not _manager or _manager[0].app is not app:
        _manager[:] = [ThemeManager(app)]
    return _manager[0]


def install_theme(choice: ThemeChoice | None = None, palette_only: bool = False) -> ThemeManager:
    """Apply the saved (or given) theme; palette_only before the first paint, the style
    sheets, tones and icons with a second call once the window shows."""
    manager = theme_manager()
    chosen = choice or saved_choice()
    if palette_only:
        manager.apply_palette(chosen)
    else:
        manager.apply(chosen)
    return manager


def current_tokens() -> Tokens:
    app = QApplication.instance()
    if app is None or not _manager or _manager[0].app is not app:
        return LIGHT
    return _manager[0].tokens


def icon(name: str, colour: str | None = None, size: int = 16) -> QIcon:
    from ui.common.theme.icons import themed_icon  # QtSvg and friends: after the first paint

    return themed_icon(name, current_tokens(), colour, size)


def set_icon(button: QAbstractButton, name: str) -> None:
    """The button shows icon name, drawn again whenever the theme changes."""
    set_button_icon(button, name, current_tokens())


def tinted(tone: str, share: float = 0.18) -> str:
    """The surface tinted share of the way toward a tone's colour: a row's background that
    keeps the theme's text readable ("danger", "warning", "success", "info", "accent")."""
    from ui.common.theme.stylesheet import mix

    tokens = current_tokens()
    return mix(tokens.surface, getattr(tokens, tone), share)


def set_icons(owner: object, icons: dict[str, str]) -> None:
    """set_icon for each of owner's buttons, named by attribute: {"open_button": "folder-open"}."""
    for attribute, name in icons.items():
        set_icon(getattr(owner, attribute), name)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text by meaning: "muted", "success", "warning", "danger", "info", or ""
    for the normal text colour; again in each theme."""
    widget.setProperty(TONE_PROPERTY, tone)
    paint_tone(widget, tone, current_tokens())


def set_look(widget: QWidget, look: str) -> None:
    """Give widget one of the theme's own style sheets: "navigation" (the page list),
    "banner" (a notice), "chip" (a tag), "band" (an offer in a tinted frame)."""
    widget.setProperty(LOOK_PROPERTY, look)
    tokens = current_tokens()
    manager = _manager[0] if _manager and _manager[0].app is QApplication.instance() else None
    if manager is None:
        from ui.common.theme.stylesheet import build_style_sheets

        widget.setStyleSheet(build_style_sheets(tokens)[look])
    else:
        widget.setStyleSheet(manager.style_sheets[look])


def set_heading(widget: QWidget, level: str) -> None:
    """A heading in the type scale: "display", "title" or "subtitle", bold."""
    font = widget.font()
    font.setPointSize(TYPE_SCALE[level])
    font.setWeight(font.Weight.DemiBold)
    widget.setFont(font)

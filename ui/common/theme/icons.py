"""Icons from resources/icons/ (Tabler Icons, MIT: see LICENSE there), drawn in the theme's
text colour.

The SVGs are line drawings in "currentColor"; the loader puts the wanted colour in, renders
with QtSvg at the screen's pixel ratio (sharp on HiDPI), and keeps each rendering: a theme
switch draws each icon once per colour. Names are the SVG files' stems, e.g. "player-play";
tests/ui/common/theme/test_icons.py checks that every name used in the code has its file.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap

from facilitation.resources_path import resource_path
from ui.common.theme.tokens import Tokens

ICONS_DIR = resource_path("icons")
BUTTON_ICON_SIZE = 16  # Fusion's button icons, in logical pixels


class UnknownIconError(LookupError):
    """No SVG of that name in resources/icons/."""


@cache
def svg_source(name: str) -> str:
    path = ICONS_DIR / f"{name}.svg"
    if not name.replace("-", "").isalnum() or not name.isascii() or not path.is_file():
        raise UnknownIconError(name)
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1024)
def svg_pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    """The icon name as a size x size (logical pixels) pixmap in colour, for a screen of
    device pixel ratio ratio."""
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon, after the first paint

    source = svg_source(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def screen_ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if app is not None else 1.0


def themed_icon(
    name: str, tokens: Tokens, colour: str | None = None, size: int = BUTTON_ICON_SIZE
) -> QIcon:
    """A QIcon of name at size (a button's 16 px unless said otherwise; Qt scales it for
    other sizes): in colour (else the text colour), dimmed when disabled, in the accent's
    text colour when selected (the chosen page in the navigation). Drawn once per colour
    and size, on first use."""
    from ui.common.theme.stylesheet import disabled_text

    ratio = screen_ratio()
    icon = QIcon()
    modes = (
        (QIcon.Mode.Normal, colour or tokens.text),
        (QIcon.Mode.Disabled, disabled_text(tokens)),
        (QIcon.Mode.Selected, tokens.accent_text),
    )
    for mode, mode_colour in modes:
        icon.addPixmap(svg_pixmap(name, mode_colour, size, ratio), mode)
    return icon

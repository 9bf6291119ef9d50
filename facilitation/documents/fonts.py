"""The fonts every Lokakarya PDF uses: DejaVu Sans, shipped in resources/fonts, so names with
any accent, Arabic-script or other Unicode letters print instead of turning into boxes."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitation.resources_path import resource_path

FONTS_DIR = resource_path("fonts")
REGULAR = "LokakaryaSans"
BOLD = "LokakaryaSans-Bold"

_registered = False
_lock = threading.Lock()  # PDFs are rendered on worker threads


def register_fonts() -> tuple[str, str]:
    """Register the fonts once per process; returns (regular, bold) font names."""
    global _registered
    with _lock:
        if not _registered:
            _register()
            _registered = True
    return REGULAR, BOLD


def _register() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    # So <b> inside a Paragraph picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


def has_glyph(character: str) -> bool:
    """Whether the bundled font can draw this character (emoji mostly cannot)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return ord(character) in font.face.charWidths

"""Design tokens: every colour, spacing step and type size the app is drawn with.

Two themes, light and dark, name the same roles; widgets ask for a role ("muted", "danger"),
never for a hex value, so a page reads the same under both. The projector has its own set
(always dark, high contrast: a wall in a bright hall), built from the same phase colours.
Plain data: no Qt here, so tests and the projector's painter can read it cheaply. Phases are
keyed by facilitation.timer.Phase's values (a Phase finds its entry; no import before the
first paint).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ThemeName(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Tokens:
    """One theme's colours (hex "#RRGGBB")."""

    name: ThemeName
    background: str  # the window behind everything
    surface: str  # inputs, tables, cards, the navigation
    surface_alt: str  # alternate table rows, hovered items
    border: str
    text: str
    muted: str  # hints, captions, secondary details
    accent: str  # selection, the focused frame, the chosen page
    accent_text: str  # text on the accent colour
    success: str  # text: saved, present, ahead of time
    warning: str  # text: something to check
    danger: str  # text: an error, an overrun, behind time
    info: str  # text: a notice
    overtime: str  # text: time over
    banner: tuple[str, str, str]  # background, text, border of a notice band
    highlight: str  # behind a search match
    # Timer phases as (background, digits): the run console and the status-bar indicator.
    phases: dict[str, tuple[str, str]] = field(default_factory=dict)


# Each pair is at least 7:1 (WCAG AAA) and the four differ in lightness too, so the phase
# reads for colour-blind viewers and on washed-out projectors.
PROJECTOR_PHASES: dict[str, tuple[str, str]] = {
    "normal": ("#0A3D2C", "#FFFFFF"),  # deep green, white
    "warning": ("#FFC20A", "#111111"),  # amber, near black
    "danger": ("#A30015", "#FFFFFF"),  # deep red, white
    "overtime": ("#000000", "#FF8A8A"),  # black, light red
}

LIGHT = Tokens(
    name=ThemeName.LIGHT,
    background="#F3F5F8",
    surface="#FFFFFF",
    surface_alt="#EBEFF4",
    border="#B8C2CE",
    text="#18212D",
    muted="#4E5A69",
    accent="#1D4F91",
    accent_text="#FFFFFF",
    success="#1B5E20",
    warning="#7A4F00",
    danger="#B00020",
    info="#0D47A1",
    overtime="#A30015",
    banner=("#FFF3C4", "#4A3B00", "#E0C200"),
    highlight="#FFF59D",
    phases=dict(PROJECTOR_PHASES),
)

DARK = Tokens(
    name=ThemeName.DARK,
    background="#15191F",
    surface="#1F252E",
    surface_alt="#272E38",
    border="#3D4653",
    text="#E9EDF2",
    muted="#A9B3C0",
    accent="#8AB4F8",
    accent_text="#0B1524",
    success="#7BD88F",
    warning="#F4C95D",
    danger="#FF8A95",
    info="#8AB4F8",
    overtime="#FF8A8A",
    banner=("#3D3410", "#FFE9A6", "#8A7414"),
    highlight="#5C4F00",
    phases={
        "normal": ("#0F5A3F", "#FFFFFF"),
        "warning": ("#FFC20A", "#111111"),
        "danger": ("#B3001B", "#FFFFFF"),
        "overtime": ("#000000", "#FF8A8A"),
    },
)

THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK}


@dataclass(frozen=True)
class ProjectorTokens:
    """The wall: the same in both themes, dark behind light text."""

    background: str = "#000000"  # blank screen and behind a message
    slide: tuple[str, str] = ("#14213D", "#FFFFFF")  # deep navy, white: over 15:1
    message: tuple[str, str] = ("#FFFFFF", "#000000")
    stripe: str = "#22335A"  # every other board row; white on it is still above 12:1
    accent: str = "#FFC20A"  # a board's title line and ranks
    phases: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(PROJECTOR_PHASES))


PROJECTOR = ProjectorTokens()

# Spacing steps in pixels (4-based) and the type scale in points.
SPACING = {"xs": 2, "s": 4, "m": 8, "l": 12, "xl": 16, "xxl": 24}
TYPE_SCALE = {"caption": 9, "body": 10, "lead": 12, "subtitle": 14, "title": 18, "display": 20}
RADIUS = 6

"""Which screen the wall and the presenter view go to, decided over screens' names.

The windows ask Qt for the screens there are now and pass their names here, so the choice is
tested without screens (tests/ui/projector/test_screen_choice.py) and nothing keeps a QScreen:
a screen unplugged mid-session is destroyed by Qt right after QGuiApplication.screenRemoved,
and a reference kept to it would then point at nothing. As PowerPoint and OnlyT do, a wall
that loses its screen steps down rather than covering the facilitator's own screen, and goes
back when a screen is plugged in again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect


def wall_screen(
    names: Sequence[str], primary: str, wanted: str, kept_clear: str | None
) -> str | None:
    """The screen chosen for the wall, else a secondary one that the presenter view does not
    stand on; None when there is only one screen (the wall is then a window)."""
    if len(names) <= 1:
        return None
    if wanted in names:
        return wanted
    others = [name for name in names if name != primary] or list(names)
    return next((name for name in others if name != kept_clear), others[0])


def wall_lost(wall: str, removed: str, remaining: Sequence[str]) -> bool:
    """Whether the full-screen wall on wall must step down as removed goes: its own screen
    went, or one screen is left (the laptop's, which the wall would cover)."""
    return wall == removed or len(remaining) <= 1


def wall_return(
    names: Sequence[str], primary: str, added: str, wanted: str, kept_clear: str | None
) -> str | None:
    """Where the wall that lost its screen goes once added is plugged in: the screen chosen
    for it when that is back, else the new screen (not the laptop's, not the presenter's),
    else as wall_screen; None while one screen is all there is."""
    if len(names) <= 1:
        return None
    if wanted in names:
        return wanted
    if added in names and added not in (primary, kept_clear):
        return added
    return wall_screen(names, primary, wanted, kept_clear)


def free_screen(names: Sequence[str], primary: str, taken: str | None) -> str | None:
    """The main screen, else another one, that the full-screen wall (taken) does not fill."""
    ordered = [primary, *(name for name in names if name != primary)] if names else []
    return next((name for name in ordered if name != taken), ordered[0] if ordered else None)


def holds(area: QRect, frame: QRect) -> bool:
    """Whether a window's frame lies whole on a screen's free area."""
    return area.contains(frame)


def centred(area: QRect, width: int, height: int) -> QRect:
    """A window of at most width x height, centred on area and kept inside it."""
    size_w = min(width, int(area.width() * 0.95))
    size_h = min(height, int(area.height() * 0.92))
    rect = QRect(0, 0, size_w, size_h)
    rect.moveCenter(area.center())
    return rect

"""Which screen the wall and the presenter view go to, decided over screens' names
(ui/projector/screens.py); the real screens plugged in and out are in
tests/ui/run/test_screens_changing.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from ui.projector.screens import centred, free_screen, holds, wall_lost, wall_return, wall_screen

LAPTOP, PROJECTOR, MONITOR = "eDP-1", "HDMI-1", "DP-2"


def test_one_screen_gives_a_window_not_a_full_screen_wall() -> None:
    assert wall_screen([LAPTOP], LAPTOP, LAPTOP, None) is None
    assert wall_screen([], "", "", None) is None


def test_the_chosen_screen_wins_even_the_laptops() -> None:
    assert wall_screen([LAPTOP, PROJECTOR], LAPTOP, LAPTOP, None) == LAPTOP
    assert wall_screen([LAPTOP, PROJECTOR, MONITOR], LAPTOP, MONITOR, MONITOR) == MONITOR


def test_without_a_choice_a_secondary_screen_the_presenter_leaves_free() -> None:
    assert wall_screen([LAPTOP, PROJECTOR], LAPTOP, "", None) == PROJECTOR
    assert wall_screen([LAPTOP, PROJECTOR, MONITOR], LAPTOP, "gone", PROJECTOR) == MONITOR
    # Only the presenter's screen besides the laptop: the wall still goes there.
    assert wall_screen([LAPTOP, PROJECTOR], LAPTOP, "", PROJECTOR) == PROJECTOR


@pytest.mark.parametrize(
    ("wall", "removed", "remaining", "lost"),
    [
        (PROJECTOR, PROJECTOR, [LAPTOP], True),  # the projector's cable pulled
        (PROJECTOR, PROJECTOR, [LAPTOP, MONITOR], True),  # its screen went, others stay
        (PROJECTOR, MONITOR, [LAPTOP, PROJECTOR], False),  # another screen went
        (PROJECTOR, LAPTOP, [PROJECTOR], True),  # one screen left: the wall would cover it
    ],
)
def test_the_wall_steps_down_when_its_screen_goes_or_one_is_left(
    wall, removed, remaining, lost
) -> None:
    assert wall_lost(wall, removed, remaining) is lost


def test_a_wall_that_lost_its_screen_goes_back_to_the_one_plugged_in() -> None:
    # The same projector, back under its name: the one chosen.
    assert wall_return([LAPTOP, PROJECTOR], LAPTOP, PROJECTOR, PROJECTOR, None) == PROJECTOR
    # Plugged into another port (a new name): the new screen.
    assert wall_return([LAPTOP, "HDMI-2"], LAPTOP, "HDMI-2", PROJECTOR, None) == "HDMI-2"
    # The new screen is where the presenter stands: another secondary one.
    names = [LAPTOP, MONITOR, "HDMI-2"]
    assert wall_return(names, LAPTOP, MONITOR, PROJECTOR, MONITOR) == "HDMI-2"
    # The laptop's own screen came back: the wall goes to a secondary screen, not over it.
    assert wall_return([LAPTOP, PROJECTOR], LAPTOP, LAPTOP, "", None) == PROJECTOR
    # Still one screen (a screen replaced the laptop's): it stays a window.
    assert wall_return([PROJECTOR], PROJECTOR, PROJECTOR, "", None) is None


def test_the_presenter_takes_the_main_screen_unless_the_wall_fills_it() -> None:
    assert free_screen([LAPTOP, PROJECTOR], LAPTOP, PROJECTOR) == LAPTOP
    assert free_screen([LAPTOP, PROJECTOR], LAPTOP, LAPTOP) == PROJECTOR
    assert free_screen([LAPTOP], LAPTOP, LAPTOP) == LAPTOP  # nowhere else to go
    assert free_screen([], "", None) is None


def test_a_window_is_placed_whole_on_a_small_screen() -> None:
    small = QRect(0, 0, 1024, 600)
    placed = centred(small, 1280, 720)
    assert holds(small, placed) and placed.width() < 1024 and placed.height() < 600
    roomy = QRect(1366, 0, 1920, 1080)
    placed = centred(roomy, 1280, 720)
    assert placed.size().toTuple() == (1280, 720) and holds(roomy, placed)
    assert not holds(QRect(0, 0, 1366, 768), QRect(3376, 172, 1100, 680))

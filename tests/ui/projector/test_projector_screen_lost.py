"""The projector's screen unplugged, with the signal Qt sends handed in by the test (the one
offscreen screen stands in for the projector's); the real screens plugged in and out are in
tests/ui/run/test_screens_changing.py."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from ui.projector.controls import ProjectorControls
from ui.projector.window import ProjectorWindow


def wall_and_box(qtbot) -> tuple[ProjectorWindow, ProjectorControls]:  # noqa: ANN001
    wall = ProjectorWindow()
    controls = ProjectorControls(wall)
    qtbot.addWidget(wall)
    qtbot.addWidget(controls)
    return wall, controls


def test_a_wall_whose_screen_goes_hides_and_the_box_says_so(qtbot) -> None:
    wall, controls = wall_and_box(qtbot)
    screen = QGuiApplication.primaryScreen()
    wall.setScreen(screen)
    wall.showFullScreen()
    statuses: list[str] = []
    controls.status.connect(statuses.append)
    with qtbot.waitSignal(wall.screen_lost):
        wall._screen_removed(screen)
    assert not wall.isVisible() and not wall.isFullScreen()
    assert wall.lost_screen == screen.name()
    assert controls.lost_label.isVisibleTo(controls)
    assert "disconnected" in statuses[-1] and "F5" in statuses[-1]
    wall._screen_added(screen)  # still one screen: it does not come back full screen
    assert not wall.isVisible()
    wall.present()  # F5: a window on the screen there is
    assert wall.isVisible() and not wall.isFullScreen()
    assert screen.geometry().intersects(wall.frameGeometry())
    assert controls.lost_label.isVisibleTo(controls)  # its screen is still missing
    wall.close()  # F5 again, on purpose: the box no longer waits for the screen
    assert not controls.lost_label.isVisibleTo(controls)


def test_a_wall_left_off_every_screen_comes_back_as_a_window_on_one(qtbot) -> None:
    wall, _controls = wall_and_box(qtbot)
    wall.setGeometry(QRect(9000, 9000, 1920, 1080))  # where an unplugged screen was
    wall.present()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(wall.frameGeometry())


def test_a_closed_wall_does_not_come_back_when_a_screen_is_plugged_in(qtbot) -> None:
    wall, controls = wall_and_box(qtbot)
    wall.lost_screen = "HDMI-1"
    wall.show()
    wall.close()  # F5 on purpose
    assert wall.lost_screen == ""
    wall._screen_added(QGuiApplication.primaryScreen())
    assert not wall.isVisible() and not controls.lost_label.isVisibleTo(controls)


class OtherScreen:
    """Stands in for a screen the wall is not on (the offscreen platform has one)."""

    def name(self) -> str:
        return "HDMI-9"


def test_another_screen_going_leaves_a_windowed_wall_alone(qtbot) -> None:
    wall, _controls = wall_and_box(qtbot)
    wall.show()  # a window on the screen that stays: nothing to cover, nothing lost
    wall._screen_removed(OtherScreen())
    assert wall.isVisible() and wall.lost_screen == ""


def test_a_windowed_wall_whose_screen_goes_hides_too(qtbot) -> None:
    """Out of full screen (F11) on the projector's screen: Qt would leave it outside every
    screen; it waits hidden for the screen instead."""
    wall, _controls = wall_and_box(qtbot)
    wall.show()
    wall._screen_removed(wall.screen())
    assert not wall.isVisible() and wall.lost_screen == wall.screen().name()

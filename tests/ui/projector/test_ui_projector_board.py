"""The projector's board: legible from the back of the hall, shared, and left alone by the
run console's one-second refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.methods_helpers import open_methods
from ui.projector.board import board_layout
from ui.projector.methods_boards import show_on_projector
from ui.projector.window import RUN_CONSOLE


def test_eight_teams_each_get_a_twelfth_of_the_screen() -> None:
    for width, height in ((1920, 1080), (1280, 720), (1024, 768)):
        columns, row = board_layout(width, height, 8)
        assert columns == 1 and row >= height / 12
    # A long casting goes to two columns before the rows get too small to read.
    columns, row = board_layout(1920, 1080, 30)
    assert columns == 2 and row >= 1080 * 0.045


def test_run_console_leaves_a_board_and_a_claimed_side_panel_alone(qtbot, data_dir) -> None:
    window, page = open_methods(qtbot, data_dir)
    console = window.pages_by_key["run"]
    wall = page.context.projector
    assert wall is console.context.projector is console.day_column.projector_controls.projector
    show_on_projector(wall, "Leaderboard", [("1. A", ["9 points"])], "Menara", ranked=True)
    wall.show_side_panel("Casting · round 1", [("Petugas", ["Siti"])], owner="methods")
    console.refresh_time()
    console.refresh_time()
    assert wall.board is not None and wall.board.rows == (("1. A", "9 points"),)
    assert wall.side_title == "Casting · round 1" and wall.side_owner == "methods"
    assert not wall.side_panel_free_for(RUN_CONSOLE)
    qtbot.mouseClick(
        console.day_column.projector_controls.release_button, Qt.MouseButton.LeftButton
    )
    assert wall.board is None and wall.side_sections == [] and wall.side_owner == ""
    wall.close()


def test_the_board_paints_over_the_timer(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    wall = page.context.projector
    wall.resize(1920, 1080)
    plain = wall.grab().toImage()
    show_on_projector(wall, "Casting · round 1", [("Petugas", ["Siti"])], "Skenario")
    painted = wall.grab().toImage()
    assert plain != painted
    # The board's navy background, not a timer phase colour, fills the corner.
    assert painted.pixelColor(5, 1075).name() == "#14213d"
    wall.close()


def test_when_the_run_moves_on_the_methods_board_gives_way(qtbot, data_dir) -> None:
    """A board about another activity comes down when the run moves on; one about the
    activity that now starts moves beside its timer; a side panel about the activity that
    is over goes too."""
    _window, page = open_methods(qtbot, data_dir)
    controller = page.context.run_controller
    wall = page.context.projector
    day = controller.plan().items
    first, second, third = (item.activity.id for item in day[:3])

    # Nothing running yet: the leaderboard of the first activity fills the wall.
    show_on_projector(wall, "Leaderboard", [("1. A", ["9"])], "Menara", True, first)
    controller.toggle()  # the first activity starts: the board is about it, so it moves aside
    assert controller.run.current.id == first
    assert wall.board is None
    assert (wall.side_title, wall.side_owner) == ("Leaderboard", "methods")
    assert wall.side_sections == [("1. A", ["9"])]

    controller.next()  # the second activity: the first one's leaderboard comes down
    assert controller.run.current.id == second
    assert wall.side_sections == [] and wall.side_owner == ""

    # A casting put up for the third activity while the second runs waits beside the timer
    # and stays there when the run moves to that third activity.
    show_on_projector(wall, "Casting", [("Petugas", ["Siti"])], "Loket", activity_id=third)
    assert wall.board is None and wall.side_owner == "methods"
    controller.next()
    assert controller.run.current.id == third
    assert wall.side_title == "Casting" and wall.side_owner == "methods"
    wall.close()

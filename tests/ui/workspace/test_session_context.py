"""Pages are handed their services: one run controller, one projector and a navigator per
main window, whichever page was built first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from tests.ui.methods.test_ui_methods import choose
from tests.ui.methods_helpers import NAMES, open_methods
from tests.ui.ui_helpers import make_context, make_window, page_context
from ui.methods.page import MethodsPage
from ui.run.page import RunConsole


def methods_alone(qtbot, data_dir):
    """The Methods page on its own context, no main window and no Run page anywhere."""
    app = make_context(data_dir)
    session_id = app.sessions.list()[0].id
    ids = [app.participants.add(session_id, Participant(name=name)).id for name in NAMES]
    members = [ids[index::2] for index in range(2)]
    app.groups.save_formation(session_id, GroupPlan(value=2), members, ["K1", "K2"])
    context = page_context(app)
    context.open_session(session_id)
    page = MethodsPage(context)
    qtbot.addWidget(page)
    page.open_session(session_id)
    return context, page, session_id


def test_role_play_rounds_reach_the_timer_before_the_run_page_exists(qtbot, data_dir) -> None:
    context, page, session_id = methods_alone(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    tab.auto_cast(seed=3)
    with qtbot.waitSignal(context.navigator.show_page) as asked:
        qtbot.mouseClick(tab.ui.timer_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["run"]  # the shell is asked; nobody searched for the Run page
    run = context.run_controller.run
    assert run.current.id == tab.activity_id() and run.running
    assert run.rounds.groups == ("Round 1", "Round 2")
    assert context.projector.side_title == "Casting · round 1"

    # The Run page built only now shows the rounds that are already going.
    console = RunConsole(context)
    qtbot.addWidget(console)
    console.open_session(session_id)
    assert console.controller is context.run_controller
    assert console.activity_label.text() == run.current.title
    assert console.caption_label.text().startswith("Round 1 · 1 of 2")
    context.run_controller.move_round(+1)
    assert context.projector.side_title == "Casting · round 2"  # the tab still follows
    assert console.caption_label.text().startswith("Round 2 · 2 of 2")
    context.projector.close()


def test_the_run_page_built_first_shows_rounds_started_on_the_methods_page(qtbot, data_dir) -> None:
    window, page = open_methods(qtbot, data_dir)
    console = window.pages_by_key["run"]
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    tab.auto_cast(seed=3)
    qtbot.mouseClick(tab.ui.timer_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is console
    assert console.caption_label.text().startswith("Round 1 · 1 of 2")
    page.context.projector.close()


def test_run_and_methods_share_one_projector(qtbot, data_dir) -> None:
    window, page = open_methods(qtbot, data_dir)
    console = window.pages_by_key["run"]
    wall = window.session_context.projector
    assert page.context is console.context is window.session_context
    assert console.day_column.projector_controls.projector is wall
    assert page.role_play.projector is wall and page.games.projector is wall
    assert wall.parent() is window  # it goes when the main window goes
    choose(page.role_play.ui.scenario_choice, "izin_usaha_loket")
    page.role_play.auto_cast(seed=3)
    qtbot.mouseClick(page.role_play.ui.projector_button, Qt.MouseButton.LeftButton)
    assert wall.isVisible() and wall.board is not None
    wall.close()


def test_pages_ask_for_another_page_through_the_navigator(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    navigator = window.session_context.navigator
    navigator.show_page.emit("run")  # no session open: nothing to show
    assert window.pages.currentWidget() is window.sessions_page
    session_id = window.context.sessions.list()[0].id
    window.open_session(session_id)
    navigator.show_page.emit("run")
    assert window.pages.currentWidget() is window.pages_by_key["run"]
    navigator.show_page.emit("report")
    assert window.pages.currentWidget() is window.pages_by_key["report"]

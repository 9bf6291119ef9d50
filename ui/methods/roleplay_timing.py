"""A role play's rounds on the run's big timer, with each round's casting on the wall.

The run console already moves report-back rounds turn by turn (G / Shift+G); a role play's
rounds are handed to the session's run controller as turns named "Round 1 … n" with each
round's own minutes, and every time the round changes the projector shows who plays what in
that round beside the timer. The Run page need not exist yet: it shows the controller's state
whenever it is built, and the navigator brings it forward.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitation.method_runs import RolePlayRun
from facilitation.roleplay import Scenario
from storage.roleplays import RolePlayRepository
from storage.sessions import SessionRepository
from ui.projector.methods_boards import METHODS, Sections
from ui.projector.window import ProjectorWindow
from ui.run_control.controller import RunController
from ui.workspace.navigator import Navigator

DEFAULT_ROUND_MINUTES = 10


class RolePlayTiming(QObject):
    """Owned by the role play tab, which hands it the run to time; round_started tells the tab
    which round the run moved to, and the tab answers with that round's casting."""

    status = Signal(str)
    round_started = Signal(int)  # the round's number, from 1

    def __init__(
        self,
        repo: RolePlayRepository,
        sessions: SessionRepository,
        run_controller: RunController,
        projector: ProjectorWindow,
        navigator: Navigator,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo, self.sessions = repo, sessions
        self.run_controller, self.projector, self.navigator = run_controller, projector, navigator

    def round_lengths(self, run: RolePlayRun, scenario: Scenario | None) -> list[tuple[str, float]]:
        """(label, seconds) of every round of the role play, in order."""
        stored = self.repo.rounds(run.id)
        fallback = scenario.round_minutes if scenario else DEFAULT_ROUND_MINUTES
        lengths = []
        for number in range(1, run.round_count + 1):
            info = stored.get(number)
            minutes = info.minutes if info and info.minutes > 0 else fallback
            lengths.append((self.tr("Round %1").replace("%1", str(number)), minutes * 60.0))
        return lengths

    def run_rounds_on_timer(
        self,
        session_id: str | None,
        activity_id: str | None,
        run: RolePlayRun | None,
        scenario: Scenario | None,
    ) -> None:
        if run is None or scenario is None or activity_id is None or session_id is None:
            return
        controller = self.run_controller
        if controller.session is not None and controller.session.id == session_id:
            # The agenda may have been edited on the Plan page since the run was loaded.
            controller.refresh_agenda(self.sessions.get(session_id))
        started = controller.start_activity_rounds(
            activity_id,
            self.round_lengths(run, scenario),
            on_round=lambda index: self.round_started.emit(index + 1),
        )
        if not started:
            self.status.emit(self.tr("This activity is not in the day's agenda any more."))
            return
        self.navigator.show_page.emit("run")
        self.status.emit(
            self.tr("%1 rounds are on the timer; G moves to the next round.").replace(
                "%1", str(run.round_count)
            )
        )

    def show_beside_timer(self, title: str, sections: Sections, activity_id: str | None) -> None:
        """The run moved to another round: its casting goes beside the timer."""
        window = self.projector
        if window.board is not None and window.board.owner == METHODS:
            window.clear_board()  # a casting board would hide the round's timer
        window.show_side_panel(title, sections, owner=METHODS)
        window.claimed_for = activity_id or ""
        if not window.isVisible():
            window.present()

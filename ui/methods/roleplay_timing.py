"""A role play's rounds on the run's big timer, with each round's casting on the wall.

The run console already moves report-back rounds turn by turn (G / Shift+G); a role play's
rounds are handed to the session's run controller as turns named "Round 1 … n" with each
round's own minutes, and every time the round changes the projector shows who plays what in
that round beside the timer. The Run page need not exist yet: it shows the controller's state
whenever it is built, and the shell is asked to bring it forward.
"""

from __future__ import annotations

from ui.projector.methods_boards import METHODS

DEFAULT_ROUND_MINUTES = 10


class RolePlayTiming:
    """Mixed into the role play tab (a QWidget with context, session_id, run, scenario, repo,
    round_shown, status, run_controller, projector and navigator)."""

    def round_lengths(self) -> list[tuple[str, float]]:
        """(label, seconds) of every round of the role play, in order."""
        if self.run is None:
            return []
        stored = self.repo.rounds(self.run.id)
        fallback = self.scenario.round_minutes if self.scenario else DEFAULT_ROUND_MINUTES
        lengths = []
        for number in range(1, self.run.round_count + 1):
            info = stored.get(number)
            minutes = info.minutes if info and info.minutes > 0 else fallback
            lengths.append((self.tr("Round %1").replace("%1", str(number)), minutes * 60.0))
        return lengths

    def run_rounds_on_timer(self) -> None:
        activity_id = self.activity_id()
        if self.run is None or self.scenario is None or activity_id is None:
            return
        controller = self.run_controller
        if controller.session is not None and controller.session.id == self.session_id:
            # The agenda may have been edited on the Plan page since the run was loaded.
            controller.refresh_agenda(self.context.sessions.get(self.session_id))
        started = controller.start_activity_rounds(
            activity_id, self.round_lengths(), on_round=self.show_round_on_timer
        )
        if not started:
            self.status.emit(self.tr("This activity is not in the day's agenda any more."))
            return
        self.navigator.show_page.emit("run")
        self.status.emit(
            self.tr("%1 rounds are on the timer; G moves to the next round.").replace(
                "%1", str(self.run.round_count)
            )
        )

    def show_round_on_timer(self, index: int) -> None:
        """The run moved to round index + 1: its casting goes beside the timer."""
        if self.scenario is None:
            return
        self.round_shown.setValue(index + 1)
        title, sections = self.projector_sections()
        window = self.projector
        if window.board is not None and window.board.owner == METHODS:
            window.clear_board()  # a casting board would hide the round's timer
        window.show_side_panel(title, sections, owner=METHODS)
        window.claimed_for = self.activity_id() or ""
        if not window.isVisible():
            window.present()

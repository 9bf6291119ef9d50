"""A role play's rounds on the run console's big timer, with each round's casting on the wall.

The run console already moves report-back rounds turn by turn (G / Shift+G); a role play's
rounds are handed to it as turns named "Round 1 … n" with each round's own minutes, and every
time the round changes the projector shows who plays what in that round beside the timer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitation.method_runs import RolePlayRun
from facilitation.roleplay import Scenario
from storage.roleplays import RolePlayRepository
from ui.projector.methods_boards import METHODS, Sections, projector_window
from ui.shell.session_pages import session_pages

log = logging.getLogger(__name__)

RUN_PAGE = "RunConsole"
DEFAULT_ROUND_MINUTES = 10


class RolePlayTiming(QObject):
    """Owned by the role play tab, which hands it the run to time; round_started tells the tab
    which round the console moved to, and the tab answers with that round's casting."""

    status = Signal(str)
    round_started = Signal(int)  # the round's number, from 1

    def __init__(self, repo: RolePlayRepository, tab: QWidget) -> None:
        super().__init__(tab)
        self.repo = repo
        self.tab = tab

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

    def run_console(self) -> QWidget | None:
        """The main window's Run page, built now if the window has not built it yet."""
        window = self.tab.window()
        pages = getattr(window, "session_pages", None)
        if pages is None:
            return None
        found = next((p for p in pages if type(p).__name__ == RUN_PAGE), None)
        if found is None and hasattr(window, "navigation"):
            # Pages are built lazily in navigation order; going to the row builds it.
            names = [name for _title, _module, name in session_pages()]
            if RUN_PAGE in names:
                window.navigation.setCurrentRow(names.index(RUN_PAGE) + 1)
                found = next((p for p in pages if type(p).__name__ == RUN_PAGE), None)
        return found

    def run_rounds_on_timer(
        self, activity_id: str | None, run: RolePlayRun | None, scenario: Scenario | None
    ) -> None:
        if run is None or scenario is None or activity_id is None:
            return
        console = self.run_console()
        if console is None:
            log.warning("no run console to run the role play's rounds on")
            return
        started = console.controller.start_activity_rounds(
            activity_id,
            self.round_lengths(run, scenario),
            on_round=lambda index: self.round_started.emit(index + 1),
        )
        if not started:
            self.status.emit(self.tr("This activity is not in the day's agenda any more."))
            return
        window = self.tab.window()
        if hasattr(window, "show_page"):
            window.show_page(console)
        self.status.emit(
            self.tr("%1 rounds are on the timer; G moves to the next round.").replace(
                "%1", str(run.round_count)
            )
        )

    def show_beside_timer(self, title: str, sections: Sections, activity_id: str | None) -> None:
        """The run console moved to another round: its casting goes beside the timer."""
        window = projector_window(self.tab)
        if window.board is not None and window.board.owner == METHODS:
            window.clear_board()  # a casting board would hide the round's timer
        window.show_side_panel(title, sections, owner=METHODS)
        window.claimed_for = activity_id or ""
        if not window.isVisible():
            window.present()

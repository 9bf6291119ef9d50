"""A role play's rounds on the run console's big timer, with each round's casting on the wall.

The run console already moves report-back rounds turn by turn (G / Shift+G); a role play's
rounds are handed to it as turns named "Round 1 … n" with each round's own minutes, and every
time the round changes the projector shows who plays what in that round beside the timer.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from ui.projector.methods_boards import METHODS, projector_window
from ui.shell.session_pages import session_pages

log = logging.getLogger(__name__)

RUN_PAGE = "RunConsole"
DEFAULT_ROUND_MINUTES = 10


class RolePlayTiming:
    """Mixed into the role play tab (a QWidget with run, scenario, repo, round_shown, status)."""

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

    def run_console(self) -> QWidget | None:
        """The main window's Run page, built now if the window has not built it yet."""
        window = QWidget.window(self)
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

    def run_rounds_on_timer(self) -> None:
        activity_id = self.activity_id()
        if self.run is None or self.scenario is None or activity_id is None:
            return
        console = self.run_console()
        if console is None:
            log.warning("no run console to run the role play's rounds on")
            return
        started = console.controller.start_activity_rounds(
            activity_id, self.round_lengths(), on_round=self.show_round_on_timer
        )
        if not started:
            self.status.emit(self.tr("This activity is not in the day's agenda any more."))
            return
        window = QWidget.window(self)
        if hasattr(window, "show_page"):
            window.show_page(console)
        self.status.emit(
            self.tr("%1 rounds are on the timer; G moves to the next round.").replace(
                "%1", str(self.run.round_count)
            )
        )

    def show_round_on_timer(self, index: int) -> None:
        """The run console moved to round index + 1: its casting goes beside the timer."""
        if self.scenario is None:
            return
        self.round_shown.setValue(index + 1)
        title, sections = self.projector_sections()
        window = projector_window(self)
        if window.board is not None and window.board.owner == METHODS:
            window.clear_board()  # a casting board would hide the round's timer
        window.show_side_panel(title, sections, owner=METHODS)
        window.claimed_for = self.activity_id() or ""
        if not window.isVisible():
            window.present()

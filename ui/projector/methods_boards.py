"""Putting a casting or a leaderboard on the projector.

The methods page and the run console share one projector window, handed to both by the
session context.
With the run console's timer on the wall the sections go to the side panel beside it, claimed
under the methods' own owner name so the console's one-second refresh leaves them alone; with
no timer they fill the wall as a full-height board. When the run moves on, follow_run takes
them down (they were about another activity) or moves a board aside (a timer now runs).
"""

from __future__ import annotations

from ui.projector.window import Board, ProjectorWindow

METHODS = "methods"

Sections = list[tuple[str, list[str]]]


def show_on_projector(
    window: ProjectorWindow,
    title: str,
    sections: Sections,
    headline: str,
    ranked: bool = False,
    activity_id: str | None = None,
) -> ProjectorWindow:
    window.claimed_for = activity_id or ""
    if window.view.reading and window.board is None:
        window.show_side_panel(title, sections, owner=METHODS)
    else:
        # One person per row: a list of names elided at the wall's edge would drop people.
        rows = tuple(
            (heading if index == 0 else "", entry)
            for heading, entries in sections
            for index, entry in enumerate(entries or [""])
        )
        kept = tuple((heading, tuple(entries)) for heading, entries in sections)
        board = Board(headline, title, rows, ranked=ranked, owner=METHODS, sections=kept)
        window.show_board(board)
    if not window.isVisible():
        window.present()
    return window


RunState = tuple[str | None, bool]  # (the run's current activity, whether a timer runs)


def follow_run(window: ProjectorWindow, before: RunState, now: RunState) -> None:
    """The run moved to another activity or started a timer: what the methods page put up
    gives way. About another activity: it comes down. About this one, as a full board: it
    moves beside the timer, which it would otherwise hide."""
    activity, timing = now
    moved = before[0] != activity
    started = timing and not before[1]
    board = window.board
    if board is not None and board.owner == METHODS:
        if moved and window.claimed_for != activity:
            window.clear_board()
        elif (moved or started) and timing:
            window.clear_board()
            if board.sections:
                sections = [(heading, list(entries)) for heading, entries in board.sections]
                window.show_side_panel(board.caption, sections, owner=METHODS)
    elif window.side_owner == METHODS and moved and window.claimed_for != activity:
        window.clear_side_panel()

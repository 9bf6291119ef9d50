"""Putting a casting or a leaderboard on the projector.

The methods page and the run console share one projector window (ui.projector.shared_projector).
With the run console's timer on the wall the sections go to the side panel beside it, claimed
under the methods' own owner name so the console's one-second refresh leaves them alone; with
no timer they fill the wall as a full-height board.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.projector import Board, ProjectorWindow, shared_projector

METHODS = "methods"

Sections = list[tuple[str, list[str]]]


def projector_window(widget: QWidget) -> ProjectorWindow:
    """The projector window the room sees."""
    return shared_projector(widget)


def show_on_projector(
    widget: QWidget, title: str, sections: Sections, headline: str, ranked: bool = False
) -> ProjectorWindow:
    window = projector_window(widget)
    if window.view.reading and window.board is None:
        window.show_side_panel(title, sections, owner=METHODS)
    else:
        # One person per row: a list of names elided at the wall's edge would drop people.
        rows = tuple(
            (heading if index == 0 else "", entry)
            for heading, entries in sections
            for index, entry in enumerate(entries or [""])
        )
        window.show_board(Board(headline, title, rows, ranked=ranked, owner=METHODS))
    if not window.isVisible():
        window.present()
    return window

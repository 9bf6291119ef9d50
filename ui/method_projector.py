"""Putting a casting or a leaderboard on the projector.

The run console owns the projector window (ui.projector_controls.ProjectorControls.window);
the methods page finds it through the main window so both talk to the one wall. Without a run
console (a page shown on its own) the methods page opens its own ProjectorWindow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.projector import ProjectorView, ProjectorWindow
from ui.projector_controls import ProjectorControls

_own_window: ProjectorWindow | None = None

Sections = list[tuple[str, list[str]]]


def projector_window(widget: QWidget) -> tuple[ProjectorWindow, bool]:
    """The projector window in use and whether the run console owns it."""
    global _own_window
    controls = widget.window().findChildren(ProjectorControls)
    if controls:
        return controls[0].window, True
    if _own_window is None:
        _own_window = ProjectorWindow()
    return _own_window, False


def show_on_projector(
    widget: QWidget, title: str, sections: Sections, headline: str
) -> ProjectorWindow:
    """While the run console's timer is on the wall, the sections go to the side panel next to
    it (the console refreshes its timer and task every second). With no timer showing, the
    sections fill the body under the headline instead, large enough for the back of the hall."""
    window, shared = projector_window(widget)
    if shared and window.view.reading:
        window.show_side_panel(title, sections)
    else:
        window.clear_side_panel()
        lines = [
            f"{heading}: {', '.join(entries)}" if entries else heading
            for heading, entries in sections
        ]
        window.show_view(
            ProjectorView(title=headline, caption=title, instructions="\n".join(lines))
        )
    if not window.isVisible():
        window.present()
    return window

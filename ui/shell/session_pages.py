"""The pages of an open session, in the order the navigation shows them.

Each page is a QWidget class taking (context: SessionContext) (ui/workspace/session_context.py)
with:
- ``status = Signal(str)`` for short messages in the status bar;
- ``open_session(session_id: str)`` when the user opens a session;
- ``reload_details()`` after the session's details (title, days, ...) changed elsewhere;
- ``close_session()`` when the open session went to the trash.
Each page also listens to ``context.changes.changed`` (ui/common/changes.py) and refreshes
only what an operation changed in its open session.
A page asks for another page, or a note, through ``context.navigator`` by the keys below.
Modules are imported only when the store is open, so the window paints first.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class PageSpec(NamedTuple):
    key: str  # what pages name it by in navigator requests
    title: str  # in the navigation list
    module: str
    name: str  # the page's class in module


def session_pages() -> list[PageSpec]:
    """Each page of an open session, in navigation order."""
    return [
        PageSpec("plan", translate("Navigation", "Plan"), "ui.plan.page", "AgendaPage"),
        PageSpec("people", translate("Navigation", "People"), "ui.people.page", "PeoplePage"),
        PageSpec("methods", translate("Navigation", "Methods"), "ui.methods.page", "MethodsPage"),
        PageSpec("run", translate("Navigation", "Run"), "ui.run.page", "RunConsole"),
        PageSpec("notes", translate("Navigation", "Notes"), "ui.notes.page", "NotesPage"),
        PageSpec("report", translate("Navigation", "Report"), "ui.report.page", "ReportPage"),
    ]

"""The pages of an open session, in the order the navigation shows them.

Each page is a QWidget class taking (context: AppContext, undo_stack: QUndoStack) with:
- ``status = Signal(str)`` for short messages in the status bar;
- ``open_session(session_id: str)`` when the user opens a session;
- ``reload_details()`` after the session's details (title, days, ...) changed elsewhere;
- ``close_session()`` when the open session went to the trash.
Each page also listens to ``context.changes.changed`` (ui/common/changes.py) and refreshes
only what an operation changed in its open session.
Modules are imported only when the store is open, so the window paints first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def session_pages() -> list[tuple[str, str, str]]:
    """(navigation title, module, class name) for each page of an open session."""
    return [
        (translate("Navigation", "Plan"), "ui.plan.page", "AgendaPage"),
        (translate("Navigation", "People"), "ui.people.page", "PeoplePage"),
        (translate("Navigation", "Methods"), "ui.methods.page", "MethodsPage"),
        (translate("Navigation", "Run"), "ui.run.page", "RunConsole"),
        (translate("Navigation", "Notes"), "ui.notes.page", "NotesPage"),
        (translate("Navigation", "Report"), "ui.report.page", "ReportPage"),
    ]

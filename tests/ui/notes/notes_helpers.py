"""A Notes page shown alone on a session, as the paint and list tests need it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.ui_helpers import page_context
from ui.common.context import AppContext
from ui.notes.page import NotesPage


def shown_notes_page(qtbot, context: AppContext, session_id: str) -> NotesPage:  # noqa: ANN001
    """The page at 1280x800, shown, the session open and painted."""
    page = NotesPage(page_context(context))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.open_session(session_id)
    QApplication.processEvents()
    return page

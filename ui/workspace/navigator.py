"""Requests from a page to the shell, by signal: pages never look for each other or the window.

The main window connects to these; a page that wants another page in front, or a note opened,
emits and forgets. Page keys are those of ui.shell.session_pages ("plan", "run", "notes", ...).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    show_page = Signal(str)  # page key: bring that page of the open session forward
    open_note = Signal(str, str)  # session id, note id: open that session on the note
    view_action = Signal(object)  # a QAction for the window's View menu (the presenter view)

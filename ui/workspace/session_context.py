"""The services every page of an open session is handed, made once per main window.

Pages receive one SessionContext instead of searching the widget tree: the store and its
repositories (``app``), the undo stack, the run controller (shared, so the Methods page can put
a role play's rounds on the timer whether or not the Run page exists yet), the projector window
(one wall for every page), the note boxes' shared kind and group (capture_state: the Run and
Notes pages capture alike) and the navigator for asking the shell to show another page.
"""

from __future__ import annotations

from functools import cached_property

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitation.session import Session
from ui.capture.state import CaptureState
from ui.common.context import AppContext
from ui.projector.window import ProjectorWindow
from ui.room.server import RoomServer
from ui.run_control.controller import RunController
from ui.workspace.navigator import Navigator


class SessionContext:
    def __init__(
        self,
        app: AppContext,
        undo_stack: QUndoStack,
        run_controller: RunController,
        window: QWidget | None = None,
    ) -> None:
        self.app = app
        self.undo_stack = undo_stack
        self.run_controller = run_controller
        self.capture_state = CaptureState(window)
        self.navigator = Navigator(window)
        self._window = window  # the projector's parent: it goes when the main window goes
        self._read: tuple[str, tuple[int, int], Session] | None = None  # see session()

    @classmethod
    def create(
        cls, app: AppContext, undo_stack: QUndoStack, window: QWidget | None = None
    ) -> SessionContext:
        """The context of one main window (or of a page tested alone), with its own run
        controller."""
        return cls(app, undo_stack, RunController(app.db, parent=window), window)

    @cached_property
    def projector(self) -> ProjectorWindow:
        """The one projector window, made on first use (a hidden window costs nothing)."""
        return ProjectorWindow(self._window)

    @cached_property
    def room_server(self) -> RoomServer:
        """The phones' server, made on first use; it serves the open session only."""
        return RoomServer(self._window)

    def stop_room(self) -> None:
        """The phones' server stops with its session and with the app."""
        if "room_server" in self.__dict__:
            self.room_server.stop()

    @property
    def has_projector(self) -> bool:
        """Whether the projector window was ever made (closing it must not make it)."""
        return "projector" in self.__dict__

    # -- the open session, for the services that outlive any one page -------------------------

    def open_session(self, session_id: str) -> Session:
        """Load the session's run: a timer left running goes on, before any page is built.
        Returns the session read (the shell titles the window with it: no second read)."""
        self.capture_state.reset()
        self.stop_room()  # another session's phones must not answer into this one
        session = self.session(session_id)
        self.run_controller.open_session(session)
        return session

    def session(self, session_id: str) -> Session:
        """The session as stored, days and activities included: read once while the store is
        unchanged, so the shell and the six pages opening it (or reloading its details after a
        change) share one read. It is frozen (facilitation/session.py): a page that edits makes
        a copy with dataclasses.replace and saves it, and the next read shows the change."""
        sessions = self.app.sessions
        stamp = sessions.stamp()
        read = self._read
        if read is not None and stamp is not None and read[:2] == (session_id, stamp):
            return read[2]
        session = sessions.get(session_id)
        self._read = None if stamp is None else (session_id, stamp, session)
        return session

    def close_session(self) -> None:
        """The open session went to the trash: nothing of it stays on the timer or the wall."""
        self.run_controller.close_session()
        self.stop_room()
        self.capture_state.reset()
        if self.has_projector:
            self.projector.close()

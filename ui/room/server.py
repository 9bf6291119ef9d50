"""The room server's Qt side: uvicorn in a worker thread, news for the GUI as Qt signals.

The starlette app (asgi.py) runs on uvicorn in a thread with its own event loop. The socket is
bound here, on the address the facilitator picked and port 0, so the system hands out a free
port and no other program can take it between choosing and listening. Stopping asks uvicorn to
exit, which closes every phone's connection, and waits a bounded time for the thread.

Nothing here touches a widget: the room's watchers run in the server's thread and only emit
this QObject's signals, which Qt queues to the GUI thread. Answers arriving in a burst become
one `answers_changed` until the GUI took it, at most one every REPAINT_MS, so 150 phones
answering within a second repaint the projector ten times, not 150.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from pathlib import Path

import uvicorn
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from facilitation.resources_path import resources_dir
from ui.room.asgi import SecurityHeaders, room_app
from ui.room.live import Change, LiveRoom

log = logging.getLogger(__name__)

STOP_SECONDS = 5.0  # at most this long to close the phones' connections on stop
MAX_CONNECTIONS = 2000  # beyond this uvicorn answers 503 rather than run out of files
WS_MAX_BYTES = 4096
REPAINT_MS = 100  # a bigger WebSocket message closes that connection


def page_folder() -> Path:
    return resources_dir() / "room"


def phone_texts() -> dict[str, dict[str, str]]:
    return json.loads((page_folder() / "texts.json").read_text(encoding="utf-8"))


class RoomServer(QObject):
    started = Signal(str)  # the join address, http://ADDRESS:PORT/code
    stopped = Signal()
    failed = Signal(str)  # why it could not start, already in words
    devices_changed = Signal(int)
    answers_changed = Signal()  # the results moved (coalesced: see module doc)
    _answers_news = Signal()  # from the server's thread, queued to the GUI's

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room: LiveRoom | None = None
        self.address = ""
        self.port = 0
        self.last_port = 0  # a restart tries it first
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._app: SecurityHeaders | None = None
        self._devices = 0
        self._answers_pending = threading.Event()
        # Results are repainted at most every REPAINT_MS: 150 answers in a second must not
        # become 150 repaints of the wall competing with the server for the interpreter.
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_MS)
        self._repaint.timeout.connect(self.answers_changed)
        self._answers_news.connect(self._news_arrived)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)  # never outlives the app

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        if self.room is None or not self.port:
            return ""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"http://{host}:{self.port}/{self.room.code}"

    def start(self, room: LiveRoom, address: str, port: int = 0) -> bool:
        """Serve room on address, on port when it is free (phones that had the page open
        come back by themselves), else on any free port; False (and `failed`) when it
        cannot."""
        self.stop()
        try:
            listener = self._listen(address, port)
        except OSError:
            listener = None
        try:
            listener = listener or self._listen(address, 0)
        except OSError as error:
            log.warning("room server could not bind %s: %s", address, error)
            self.failed.emit(
                self.tr("The phones' server could not use %1: %2")
                .replace("%1", address)
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.room, self.address, self._socket = room, address, listener
        self.port = listener.getsockname()[1]
        room.add_watcher(self._room_changed)
        self._app = room_app(room, page_folder(), phone_texts())
        config = uvicorn.Config(
            self._app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="websockets-sansio",
            ws_max_size=WS_MAX_BYTES,
            ws_ping_interval=20.0,
            ws_ping_timeout=20.0,
            limit_concurrency=MAX_CONNECTIONS,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=2,
            h11_max_incomplete_event_size=8192,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._serve, args=(self._server, listener), name="room-server", daemon=True
        )
        self._thread.start()
        log.info("room server on %s", self.url)
        self.started.emit(self.url)
        return True

    @staticmethod
    def _listen(address: str, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((address, port))
            listener.listen(512)
        except OSError:
            listener.close()
            raise
        return listener

    @staticmethod
    def _serve(server: uvicorn.Server, listener: socket.socket) -> None:
        # uvicorn installs no signal handlers outside the main thread; its own loop here.
        try:
            asyncio.run(server.serve(sockets=[listener]))
        except Exception:  # the GUI must not die with the server; the log keeps why
            log.exception("room server stopped by an error")

    def stop(self) -> None:
        """Close every phone's connection and the port; waits STOP_SECONDS at most."""
        if self._server is None:
            return
        server, thread = self._server, self._thread
        self._server = self._thread = None
        server.should_exit = True
        if thread is not None:
            thread.join(STOP_SECONDS)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_SECONDS)
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._app is not None:
            self._app.close()  # the answers' writer thread
            self._app = None
        self.last_port, self.port = self.port, 0
        self._devices = 0
        log.info("room server stopped")
        self.stopped.emit()

    # -- news from the server's thread ---------------------------------------------------------

    def _room_changed(self, change: Change) -> None:
        room = self.room
        if room is None:
            return
        if change is Change.DEVICES:
            devices = room.device_count
            if devices != self._devices:
                self._devices = devices
                self.devices_changed.emit(devices)
        elif not self._answers_pending.is_set():
            self._answers_pending.set()
            self._answers_news.emit()

    def _news_arrived(self) -> None:
        if not self._repaint.isActive():
            self._repaint.start()

    def take_answers(self) -> LiveRoom | None:
        """Called by the GUI when it handles `answers_changed`: later answers signal again."""
        self._answers_pending.clear()
        return self.room

"""The write-ahead log's checkpoints, run from a worker thread after writes (storage/wal.py).

Every CHECK_INTERVAL_MS the keeper looks at the log's size and time (one stat call, on the GUI
thread). Once commits changed it and then a whole interval passed without one (the user paused:
the checkpoint does not compete with a burst of clicks for a slow laptop's CPU), or after
MAX_WAIT_CHECKS looks of steady writing, a checkpoint runs on the thread pool with a connection
of its own (ui/common/operations.py), one at a time. The app's own connection then checkpoints
only past storage.wal.BACKSTOP_PAGES, so a click that writes (forming groups, a roster) no
longer pays, now and then, for copying a thousand pages of everybody's earlier writes into the
store's file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from storage.wal import checkpoint, defer_checkpoints, log_stamp
from ui.common.operations import QueryOp

CHECK_INTERVAL_MS = 1000
MAX_WAIT_CHECKS = 5  # looks of steady writing before a checkpoint runs anyway

log = logging.getLogger(__name__)


class WalKeeper(QObject):
    """Checkpoints the store's log from a worker thread whenever a commit changed it."""

    def __init__(
        self, db_path: Path, parent: QObject | None, interval_ms: int = CHECK_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._seen = log_stamp(self.db_path)  # as of the last checkpoint started
        self._looked = self._seen  # as of the last look
        self._waited = 0  # looks since the log changed after the last checkpoint
        self._running = False
        self.checkpoints = 0  # finished ones, for the log and the tests
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> bool:
        """Start a checkpoint when the log changed since the last one started and has been
        still for an interval (or kept changing for MAX_WAIT_CHECKS looks); True if it did."""
        if self._running:
            return False
        stamp = log_stamp(self.db_path)
        still, self._looked = stamp == self._looked, stamp
        if stamp is None or stamp == self._seen:
            self._waited = 0
            return False
        self._waited += 1
        if not still and self._waited < MAX_WAIT_CHECKS:
            return False
        # What is committed from here on changes the stamp again: a later look catches it.
        self._seen, self._running, self._waited = stamp, True, 0
        path = self.db_path
        QueryOp(
            parent=self,
            context=None,
            work=lambda _progress: checkpoint(path),
            success=self._finished,
            needs_store=False,
            label="log checkpoint",
        ).failure(self._failed).run()
        return True

    def stop(self) -> None:
        self._timer.stop()

    def _finished(self, frames: tuple[int, int]) -> None:
        self._running = False
        self.checkpoints += 1
        log.debug("log checkpoint: %d of %d frames in the store", frames[1], frames[0])

    def _failed(self, _text: str) -> None:
        # The operation logged why; the backstop checkpoint still runs if this keeps failing.
        self._running = False


def install(conn, db_path: Path | None, parent: QObject) -> WalKeeper | None:  # noqa: ANN001
    """Leave the checkpoints of this connection's store to a keeper (None without a file)."""
    if db_path is None:
        return None
    defer_checkpoints(conn)
    keeper = WalKeeper(db_path, parent)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(keeper.stop)
    return keeper

"""Work of the Report page that runs off the UI thread: rendering, exporting, importing.

Each job opens its own connection to the store (SQLite in WAL mode lets it read while the UI
keeps its own), reports progress through a queued signal, and hands back either its result
or the exception itself, so the page can word the error for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage.database import connect

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class JobSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the exception


class StoreJob(QRunnable):
    """Runs work(db, progress) on a worker thread with a connection of its own."""

    def __init__(self, db_path: Path, work: Callable[[object, Progress], object]) -> None:
        super().__init__()
        self.db_path = db_path
        self.work = work
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            db = connect(self.db_path)
            try:
                result = self.work(db, self.signals.progress.emit)
            finally:
                db.close()
        except Exception as error:  # the page words it; the log keeps the traceback
            log.exception("report job failed")
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


_running: set[StoreJob] = set()


def start_job(
    db_path: Path,
    work: Callable[[object, Progress], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> StoreJob:
    job = StoreJob(db_path, work)
    _running.add(job)

    def finish(callback, value) -> None:
        _running.discard(job)
        callback(value)

    if on_progress:
        job.signals.progress.connect(on_progress)
    job.signals.done.connect(lambda value: finish(on_done, value))
    job.signals.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(job)
    return job

"""Running slow work (PDF rendering) off the UI thread, with a callback on success or failure."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user, never a crash
            log.exception("background work failed")
            self.signals.failed.emit(str(error))
            return
        self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None],
) -> None:
    job = _Job(work)
    job.setAutoDelete(False)
    _running.add(job)

    def finish(callback, value) -> None:
        _running.discard(job)
        callback(value)

    job.signals.done.connect(lambda value: finish(on_done, value))
    job.signals.failed.connect(lambda message: finish(on_failed, message))
    QThreadPool.globalInstance().start(job)

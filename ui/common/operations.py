"""The one way slow work runs: off the UI thread, with a connection of its own.

In the spirit of Anki's aqt.operations: a page says what to do (work), what to do with the
result (success) and, if it wants to word it itself, how to tell the user about a failure. The
operation runs the work on QThreadPool with its own SQLite connection (WAL lets it read and write
while the UI keeps its own), carries progress to the UI thread by a queued signal, and hands a
failure back as a translated sentence: the traceback goes to the log, never to the screen.

- QueryOp only reads: PDFs, spreadsheets, bundle exports, a roster file, the start-up backup.
  With needs_store=False the work gets no connection at all (rendering already-read data).
- StoreOp changes the store (a bundle merge, a roster commit): its work returns
  OpResult(value, changes); on success the context's ChangeHub announces the changes (so every
  page refreshes what concerns it) before the success callback runs.

What does not run here, and why:
- Undoable edits stay QUndoCommands on the UI thread: each is one small transaction. The one
  large write among them, committing an imported roster, runs as a StoreOp and then pushes an
  undo step that knows the people are already stored (ui/people/roster_commit.py).
- Restoring a backup swaps the store's file, which no connection may hold at that moment: it runs
  after the event loop has ended and every page has let go of the store (ui/shell/app.py
  finish_restore), then Lokakarya restarts. There is no window left to show progress in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from storage.database import connect
from ui.common.changes import Changes

if TYPE_CHECKING:
    import sqlite_utils

    from ui.common.context import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Progress = Callable[[int, int], None]  # (done, total), callable from the worker thread
Describe = Callable[[Exception], str]


@dataclass(frozen=True)
class OpResult:
    """What a StoreOp's work returns: its value for the success callback, and what changed."""

    value: Any
    changes: Changes


def generic_failure_text(_error: Exception) -> str:
    """The sentence shown when the caller has no better words for the error."""
    return translate("Operations", "This could not be done. The details are in the log file.")


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception


class _Worker(QRunnable):
    """Runs the work on a pool thread; the connection it opens is closed before it reports."""

    def __init__(self, work: Callable[..., object], db_path: Path | None, label: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept alive by _running until the UI thread has the result
        self.work, self.db_path, self.label = work, db_path, label
        self.signals = _Signals()

    def run(self) -> None:
        try:
            if self.db_path is None:
                result = self.work(self.signals.progress.emit)
            else:
                db = connect(self.db_path)
                try:
                    result = self.work(db, self.signals.progress.emit)
                finally:
                    db.close()
        except Exception as error:  # worded for the user on the UI thread; the log keeps it all
            log.exception("%s failed", self.label)
            self._report(self.signals.failed, error)
            return
        self._report(self.signals.succeeded, result)

    def _report(self, signal: Signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is shutting down and took the receivers with it
            log.info("%s finished after the app closed; nobody to tell", self.label)


_running: set[_Worker] = set()  # a job nobody else holds would be collected mid-run


class QueryOp:
    """Read-only slow work. work(db, progress) -> value, or work(progress) -> value when
    needs_store is False; success(value) runs on the UI thread.

    A failure is worded by describe (default: a generic translated sentence) and given to the
    failure callback; without one it is shown in a message box over parent (nothing is shown
    when there is no parent: the log has it). Callbacks are dropped if parent was deleted
    meanwhile.
    """

    def __init__(
        self,
        *,
        parent: QObject | None,
        context: AppContext | None,
        work: Callable[..., object],
        success: Callable[[Any], None] | None = None,
        needs_store: bool = True,
        label: str = "operation",
    ) -> None:
        if needs_store and (context is None or context.db_path is None):
            raise ValueError("an operation on the store needs a context that knows its file")
        self.parent, self.context = parent, context
        self.work, self.success = work, success
        self.needs_store, self.label = needs_store, label
        self._on_failure: Callable[[str], None] | None = None
        self._describe: Describe = generic_failure_text
        self._on_progress: Progress | None = None

    def failure(
        self, show: Callable[[str], None] | None = None, *, describe: Describe | None = None
    ) -> QueryOp:
        """show(text) tells the user (status line, own message box); describe words the error."""
        self._on_failure = show
        if describe is not None:
            self._describe = describe
        return self

    def with_progress(self, on_progress: Progress) -> QueryOp:
        """on_progress(done, total) on the UI thread, as often as the work reports."""
        self._on_progress = on_progress
        return self

    def run(self) -> None:
        db_path = self.context.db_path if self.needs_store else None
        worker = _Worker(self.work, db_path, self.label)
        _running.add(worker)
        if self._on_progress is not None:
            worker.signals.progress.connect(self._progressed)
        worker.signals.succeeded.connect(lambda result: self._finish(worker, result, None))
        worker.signals.failed.connect(lambda error: self._finish(worker, None, error))
        QThreadPool.globalInstance().start(worker)

    # -- on the UI thread ------------------------------------------------------------------

    def _alive(self) -> bool:
        return self.parent is None or isValid(self.parent)

    def _progressed(self, done: int, total: int) -> None:
        if self._alive():
            self._on_progress(done, total)

    def _finish(self, worker: _Worker, result: object, error: Exception | None) -> None:
        _running.discard(worker)
        if error is not None:
            self._failed(error)
        else:
            self._succeeded(result)

    def _succeeded(self, result: object) -> None:
        if self._alive() and self.success is not None:
            self.success(result)

    def _failed(self, error: Exception) -> None:
        try:
            text = self._describe(error)
        except Exception:  # a describe that fails must not hide the first failure
            log.exception("wording the failure of %s failed", self.label)
            text = generic_failure_text(error)
        if not self._alive():
            return
        if self._on_failure is not None:
            self._on_failure(text)
        elif isinstance(self.parent, QWidget):
            QMessageBox.warning(self.parent, translate("Operations", "Lokakarya"), text)


class StoreOp(QueryOp):
    """Slow work that changes the store: work(db, progress) -> OpResult(value, changes). On
    success the changes are announced on the context's hub first, then success(value) runs."""

    def __init__(
        self,
        *,
        parent: QObject | None,
        context: AppContext,
        work: Callable[[sqlite_utils.Database, Progress], OpResult],
        success: Callable[[Any], None] | None = None,
        label: str = "operation",
    ) -> None:
        super().__init__(parent=parent, context=context, work=work, success=success, label=label)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, OpResult), "a StoreOp's work returns an OpResult"
        # The store changed even if the page that asked is gone: every other page hears of it.
        self.context.changes.announce(result.changes)
        if self._alive() and self.success is not None:
            self.success(result.value)

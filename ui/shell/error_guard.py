"""Never a Python traceback in front of the facilitator: an unexpected error is written to the
rotating log and shown as a short message in the user's language that says where the log is."""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ErrorReporter(QObject):
    """Lives in the GUI thread; errors from worker threads reach it through a queued signal."""

    error_raised = Signal(str)
    known_problem = Signal(str)  # a sentence the user can act on (disk full, read-only folder)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: QMessageBox | None = None
        self.error_raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.known_problem.connect(self._show_known, Qt.ConnectionType.QueuedConnection)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        known = known_problem(error)
        if known:
            self.known_problem.emit(known)
        else:
            self.error_raised.emit(_one_line(error))

    @Slot(str)
    def _show(self, summary: str) -> None:
        self._open(
            translate("ErrorDialog", "Something went wrong"),
            translate(
                "ErrorDialog",
                "Lokakarya ran into a problem it did not expect: %1\n\n"
                "Everything you saved before is safe. The details were written to the log "
                "file:\n%2\n\nIf this happens again, please send that file to your support.",
            )
            .replace("%1", summary)
            .replace("%2", str(self.log_path)),
        )

    @Slot(str)
    def _show_known(self, sentence: str) -> None:
        self._open(
            translate("ErrorDialog", "Not saved"),
            translate("ErrorDialog", "%1\n\nDetails are in the log file:\n%2")
            .replace("%1", sentence)
            .replace("%2", str(self.log_path)),
        )

    def _open(self, title: str, text: str) -> None:
        # One dialog at a time: a burst of errors (e.g. from a timer) must not stack windows.
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget)
        self.dialog = box
        box.open()

    def _forget(self) -> None:
        self.dialog = None


def known_problem(error: BaseException) -> str | None:
    """A translated sentence for failures the user can fix, or None for a real bug."""
    text = str(error).lower()
    if (
        isinstance(error, sqlite3.OperationalError)
        and "disk is full" in text
        or (isinstance(error, OSError) and error.errno == errno.ENOSPC)
    ):
        return translate(
            "ErrorDialog",
            "The disk is full, so Lokakarya could not save this change. What you typed is "
            "still there and everything saved before is safe. Free some space (empty the "
            "recycle bin, move large files away) and save again.",
        )
    if isinstance(error, sqlite3.OperationalError) and (
        "readonly database" in text or "unable to open database" in text
    ):
        return translate(
            "ErrorDialog",
            "Lokakarya may not write to its data folder, so this change was not saved. Check "
            "that the folder is not read-only and the USB disk is still connected, then save "
            "again.",
        )
    if isinstance(error, PermissionError):
        return translate(
            "ErrorDialog",
            "Lokakarya was not allowed to write there: %1. Choose another folder or check "
            "its permissions.",
        ).replace("%1", str(error.filename or ""))
    return None


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    first = text[0][:200] if text else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


def install_error_hooks(log_path: Path, parent: QObject | None = None) -> ErrorReporter:
    """Route uncaught errors of the GUI thread (slots, event handlers) and of worker threads."""
    reporter = ErrorReporter(log_path, parent)
    sys.excepthook = reporter.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return reporter


def remove_error_hooks() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__

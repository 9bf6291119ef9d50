"""One writer at a time, for the command line too.

A verb that writes holds two locks, always in this order:

1. the writers' queue (`lokakarya-writer.lock`), which only commands take: a second command
   waits a few seconds for the first, then says the data is busy;
2. the data folder's lock (`lokakarya.lock`), which the desktop app holds while it runs.

Whoever holds the second lock without the first is the desktop app, so a command can tell
"close Lokakarya first" from "another command is busy" without guessing. The app never takes
the queue's lock, so the two can never wait for each other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.cli.store_access import CommandError
from ui.common.instance_lock import QUEUE_FILENAME, InstanceLock, StoreInUseError

WAIT_FOR_WRITER_MS = 5000

translate = QCoreApplication.translate


@contextmanager
def writing(data_dir: Path, wait_ms: int | None = None) -> Iterator[None]:
    """Hold the data folder for one writing command, or raise CommandError with a sentence."""
    queue = InstanceLock(data_dir, QUEUE_FILENAME)
    try:
        queue.acquire(WAIT_FOR_WRITER_MS if wait_ms is None else wait_ms)
    except StoreInUseError as error:
        raise CommandError(busy_text(error.pid)) from None
    try:
        app_lock = InstanceLock(data_dir)
        try:
            app_lock.acquire()
        except StoreInUseError as error:
            raise CommandError(
                translate("cli", "the data is open in Lokakarya (pid %1); close it first").replace(
                    "%1", str(error.pid)
                )
            ) from None
        try:
            yield
        finally:
            app_lock.release()
    finally:
        queue.release()


def busy_text(pid: int = 0) -> str:
    if pid > 0:
        return translate(
            "cli", "another Lokakarya command (pid %1) is writing the data; try again in a moment"
        ).replace("%1", str(pid))
    return translate("cli", "the data is busy (another program is writing it); try again soon")


def is_busy_error(error: BaseException) -> bool:
    """SQLite's own word for a writer that waited out its timeout."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text

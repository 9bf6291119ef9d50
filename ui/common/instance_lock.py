"""One writer per data folder: the desktop app holds this lock while it runs, and every
command-line verb that writes takes it too, so nothing writes behind the app's back."""

from __future__ import annotations

import time
from pathlib import Path

LOCK_FILENAME = "lokakarya.lock"
# Taken only by command-line verbs that write, before LOCK_FILENAME (ui/cli/writer_lock.py).
QUEUE_FILENAME = "lokakarya-writer.lock"


class StoreInUseError(RuntimeError):
    """Another running Lokakarya holds this data folder."""

    def __init__(self, pid: int, hostname: str) -> None:
        super().__init__(f"data folder in use by process {pid} on {hostname}")
        self.pid = pid
        self.hostname = hostname


class InstanceLock:
    """A QLockFile in the data folder. Qt treats a lock whose process is gone as stale and
    takes it over, so a crash never blocks the next start."""

    def __init__(self, data_dir: Path, filename: str = LOCK_FILENAME) -> None:
        if not data_dir.is_dir():  # a folder that exists is tightened by open_store, logged
            # Imported here: the window paints before any lock is taken (ui/shell/app.py).
            from storage.file_modes import private_folder

            private_folder(data_dir)
        self.path = data_dir / filename
        # Imported here: the window paints before any lock is taken (ui/shell/app.py), and
        # touching a Qt class builds it and its enums.
        from PySide6.QtCore import QLockFile

        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self, wait_ms: int = 100) -> None:
        """Take the lock, waiting up to wait_ms for a live owner to let it go."""
        if self._lock.tryLock(wait_ms):
            return
        # tryLock already removed a lock whose owner is dead; one that remains is live.
        # The winner of a simultaneous start may not have written its pid yet: ask again
        # briefly so the message names the right process.
        pid, hostname = 0, ""
        for _attempt in range(25):
            info = self._lock.getLockInfo()
            if isinstance(info, tuple) and info and int(info[0]) > 0:
                pid, hostname = int(info[0]), str(info[1])
                break
            time.sleep(0.02)
        raise StoreInUseError(pid, hostname)

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_file_present(data_dir: Path) -> bool:
    """Whether the folder's lock file is there: held by a running Lokakarya, or left by one
    that crashed. A clean quit removes it."""
    return (data_dir / LOCK_FILENAME).exists()


def command_is_writing(data_dir: Path) -> bool:
    """Whether a command-line verb holds the writers' queue (so it, not a window, holds the
    data folder's lock)."""
    queue = InstanceLock(data_dir, QUEUE_FILENAME)
    try:
        queue.acquire(0)
    except StoreInUseError:
        return True
    queue.release()
    return False

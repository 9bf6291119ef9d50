"""Files only the user can read: the data folder 0700, the store, its WAL/SHM files and the
backups 0600, whatever the umask says. Notes name people and what they said; other accounts on
a shared office laptop have no business reading them.

POSIX only: on Windows the files keep the rights of the user's profile folder, which already
keeps other accounts out.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
# Half-written copies a crash can leave: `<name>.sqlite3.part` and the journal SQLite kept
# beside it while writing. Nothing else is ever removed.
_LEFTOVER = re.compile(r"^lokakarya(-\d{8}-\d{6}-\d{6}-[a-z0-9_]+)?\.sqlite3\.part(-journal)?$")


def _log():  # noqa: ANN202
    # logging loads after the window's first paint; the lock is taken before it.
    import logging

    return logging.getLogger(__name__)


def enforced() -> bool:
    return os.name == "posix"


def private_folder(folder: Path) -> Path:
    """Create folder (and parents) if needed; the folder itself is left readable by its owner
    only. A looser folder made by an earlier version is tightened, and the log says so."""
    folder.mkdir(parents=True, exist_ok=True)
    if enforced():
        _tighten(folder, PRIVATE_FOLDER)
    return folder


def create_private_file(path: Path) -> None:
    """An empty file with mode 0600 from its first moment (not after a chmod that a reader
    could race); SQLite gives the WAL and SHM files the mode of their store."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        if enforced():
            os.fchmod(fd, PRIVATE_FILE)  # the umask may have taken bits away; never adds any
    finally:
        os.close(fd)


def secure_data_folder(data_dir: Path, backup_dir: Path, store_names: tuple[str, ...]) -> None:
    """Tighten the data folder, the store and its side files, and the backups."""
    if not enforced():
        return
    private_folder(data_dir)
    for name in store_names:
        path = data_dir / name
        if path.is_file():
            _tighten(path, PRIVATE_FILE)
    if backup_dir.is_dir():
        private_folder(backup_dir)
        for path in backup_dir.iterdir():
            if path.name.startswith("lokakarya-") and path.is_file():
                _tighten(path, PRIVATE_FILE)


def remove_leftovers(*folders: Path) -> list[Path]:
    """Remove the half-written copies a crashed writer left, by their exact naming only.

    Call only while holding the data folder's lock: then no one is writing them now."""
    removed = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if _LEFTOVER.match(path.name) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
                _log().warning("removed %s, left half-written by an earlier crash", path)
    return removed


def _tighten(path: Path, mode: int) -> None:
    current = stat.S_IMODE(path.stat().st_mode)
    if current & ~mode & 0o777:
        os.chmod(path, current & mode)
        _log().warning("%s was readable by others (%o); now %o", path, current, current & mode)

"""Writing a file the way a careful office clerk files paper: all of it, or none of it.

A report or export is written to a temporary file beside the target, flushed to disk, and only
then renamed over the real name, so a crash or a full disk never leaves half a PDF behind.
A new file is readable by the user alone (0600 on POSIX); a file it replaces keeps the
permissions the user gave it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> None:
    target = Path(target)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode_of(target, temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(target.parent)


def _keep_mode_of(target: Path, temp: Path) -> None:
    """The replaced file's permission bits onto the new one (POSIX; Windows keeps the
    folder's rights)."""
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def _fsync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder entry is on disk (POSIX only).
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

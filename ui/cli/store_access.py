"""What every command needs: the store opened with a sentence for whatever is wrong with it,
and the one-line error on stderr with exit code 2."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.database import DB_FILENAME, OpenedStore, open_store
from storage.health import is_healthy
from storage.migrations import NewerSchemaError

EXIT_ERROR = 2

translate = QCoreApplication.translate


class CommandError(Exception):
    """A command that cannot go on; the message is already in the user's language."""


def fail(message: str) -> int:
    """One line on stderr, whatever the message holds (a path with a newline, an error's own
    lines), and the exit code of a refused command."""
    print(f"lokakarya: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def require_store(data_dir: Path) -> None:
    if not (data_dir / DB_FILENAME).exists():
        raise CommandError(
            translate("cli", "there is no Lokakarya store in %1").replace("%1", str(data_dir))
        )


def open_checked_store(data_dir: Path, create: bool = False, tidy: bool = False) -> OpenedStore:
    """The store, opened without a start-up backup, or CommandError with a sentence.

    tidy: the caller holds the data folder's lock, so it may clear what a crashed writer
    left behind (half-written copies)."""
    path = data_dir / DB_FILENAME
    if not create:
        require_store(data_dir)
    if path.exists() and not is_healthy(path):
        raise CommandError(
            translate(
                "cli",
                "the store %1 is damaged; open the app to move it aside and restore a backup",
            ).replace("%1", str(path))
        )
    try:
        return open_store(data_dir, take_backup=False, tidy=tidy)
    except NewerSchemaError:
        raise CommandError(
            translate(
                "cli",
                "the store was written by a newer Lokakarya; please update the app",
            )
        ) from None
    except OSError as error:
        raise CommandError(
            translate("cli", "cannot open the data folder: %1").replace("%1", str(error))
        ) from None

"""Say so on screen before the store is brought up to this version.

A migration runs once, at the first start after an update, on the UI thread before anything
else reads the store. Most take no time; filling the search's word list (schema 14) takes a
few seconds for a store of 20,000 notes, more on a slow laptop. The window is painted by then:
without a word it would look frozen.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.database import DB_FILENAME
from storage.migrations import LATEST_VERSION

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def stored_version(data_dir: Path) -> int | None:
    """The schema version of the data file, read without changing it; None when there is no
    readable file (a first start, or a damaged file the store's opening deals with)."""
    path = data_dir / DB_FILENAME
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.Error, ValueError, TypeError):
        return None


def tell_if_upgrading(window: MainWindow | None, data_dir: Path) -> bool:
    """Say "updating the data file" where the window says it is opening the sessions, when the
    store is older than this version (painted at once); True if it was said."""
    version = stored_version(data_dir)
    if window is None or version is None or not 0 < version < LATEST_VERSION:
        return False
    window.opening_label.setText(
        QCoreApplication.translate(
            "Startup", "Updating the data file for this version of Lokakarya; one moment…"
        )
    )
    window.opening_label.repaint()
    return True


def upgrade_told(window: MainWindow) -> None:
    """The update is done: back to saying the sessions are being opened."""
    window.opening_label.setText(QCoreApplication.translate("MainWindow", "Opening your sessions…"))

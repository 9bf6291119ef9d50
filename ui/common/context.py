"""What every page needs: the store, the repositories, the method library, the language and the
hub that tells every page what an action changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from facilitation.library import Library
from storage.agenda import AgendaRepository
from storage.sessions import SessionRepository
from ui.common.changes import ChangeHub


@dataclass
class AppContext:
    db: sqlite_utils.Database
    data_dir: Path
    library: Library
    lang: str
    db_path: Path | None = None  # where operations open their own connection

    def __post_init__(self) -> None:
        if self.db_path is None:
            self.db_path = _file_of(self.db)
        self.sessions = SessionRepository(self.db)
        self.agenda = AgendaRepository(self.db)
        self.changes = ChangeHub()


def _file_of(db: sqlite_utils.Database) -> Path | None:
    """The file behind the connection (None in memory), so every context can run operations."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None

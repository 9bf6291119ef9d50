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
    db_path: Path | None = None

    def __post_init__(self) -> None:
        self.sessions = SessionRepository(self.db)
        self.agenda = AgendaRepository(self.db)
        self.changes = ChangeHub()

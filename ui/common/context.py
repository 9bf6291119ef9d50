"""What every page needs: the store, the repositories, the method library, the language and the
hub that tells every page what an action changed.

Each repository is made once, on first use, and shared: widgets take theirs from here instead
of building their own on the UI connection. (The command line and worker threads open their own
connection and build their own repositories on it.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import sqlite_utils

from facilitation.library import Library
from storage.agenda import AgendaRepository
from storage.attendance import AttendanceRepository
from storage.case_class import CaseClassRepository
from storage.evaluation import EvaluationRepository
from storage.games import GameRepository
from storage.groups import GroupRepository
from storage.library_items import LibraryItemRepository
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from storage.roleplays import RolePlayRepository
from storage.room.store import RoomStore
from storage.run_state import RunRepository
from storage.sessions import SessionRepository
from storage.tallies import TallyRepository
from storage.workplans import CommitmentRepository, WorkPlanRepository
from ui.common.changes import ChangeHub


@dataclass
class AppContext:
    db: sqlite_utils.Database
    data_dir: Path
    library: Library
    lang: str
    db_path: Path | None = None  # where operations open their own connection
    welcome_session_id: str | None = None  # the sample just made: shown on the first start

    def __post_init__(self) -> None:
        if self.db_path is None:
            self.db_path = _file_of(self.db)
        self.changes = ChangeHub()

    @cached_property
    def sessions(self) -> SessionRepository:
        return SessionRepository(self.db)

    @cached_property
    def agenda(self) -> AgendaRepository:
        return AgendaRepository(self.db)

    @cached_property
    def participants(self) -> ParticipantRepository:
        return ParticipantRepository(self.db)

    @cached_property
    def attendance(self) -> AttendanceRepository:
        return AttendanceRepository(self.db)

    @cached_property
    def groups(self) -> GroupRepository:
        return GroupRepository(self.db)

    @cached_property
    def notes(self) -> NoteRepository:
        return NoteRepository(self.db)

    @cached_property
    def run_state(self) -> RunRepository:
        return RunRepository(self.db)

    @cached_property
    def cases(self) -> CaseClassRepository:
        return CaseClassRepository(self.db)

    @cached_property
    def games(self) -> GameRepository:
        return GameRepository(self.db)

    @cached_property
    def role_plays(self) -> RolePlayRepository:
        return RolePlayRepository(self.db)

    @cached_property
    def library_items(self) -> LibraryItemRepository:
        return LibraryItemRepository(self.db)

    @cached_property
    def work_plans(self) -> WorkPlanRepository:
        return WorkPlanRepository(self.db)

    @cached_property
    def commitments(self) -> CommitmentRepository:
        return CommitmentRepository(self.db)

    @cached_property
    def tallies(self) -> TallyRepository:
        return TallyRepository(self.db)

    @cached_property
    def evaluation(self) -> EvaluationRepository:
        return EvaluationRepository(self.db)

    @cached_property
    def room(self) -> RoomStore:
        """Questions, answers and codes of phones in the room (the server has its own)."""
        return RoomStore(self.db)


def _file_of(db: sqlite_utils.Database) -> Path | None:
    """The file behind the connection (None in memory), so every context can run operations."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None

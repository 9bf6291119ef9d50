"""Opening the store: pragmas that make every acknowledged write durable, health checks,
and moving a damaged file aside instead of touching it."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from storage import backups
from storage.file_modes import (
    create_private_file,
    private_folder,
    remove_leftovers,
    secure_data_folder,
)
from storage.health import is_healthy
from storage.migrations import LATEST_VERSION, NewerSchemaError, migrate, schema_version
from storage.transactions import write_transaction

DB_FILENAME = "lokakarya.sqlite3"
QUARANTINE_DIRNAME = "quarantine"
SIDE_FILES = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


class StoreDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose atomic() is storage.transactions.write_transaction: the
    outermost takes the write lock at BEGIN (BEGIN IMMEDIATE), nested blocks are savepoints."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[StoreDatabase]:
        with write_transaction(self.conn):
            yield self


def connect(path: Path) -> sqlite_utils.Database:
    """A connection in autocommit mode: writes happen only inside db.atomic() blocks."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return StoreDatabase(conn, execute_plugins=False)


def quarantine(path: Path, now: datetime | None = None, label: str = "damaged") -> Path:
    """Move a damaged store (and its WAL/SHM files) into quarantine/. Nothing is deleted."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    folder = path.parent / QUARANTINE_DIRNAME
    private_folder(folder)
    target = folder / f"{path.stem}-{label}-{stamp}{path.suffix}"
    os.replace(path, target)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    log.warning("store moved aside (%s) to %s", label, target)
    return target


@dataclass
class OpenedStore:
    db: sqlite_utils.Database
    path: Path
    created: bool
    quarantined: Path | None = None
    good_backup: Path | None = None
    restored: bool = False
    migrated: list[int] = field(default_factory=list)

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / backups.BACKUP_DIRNAME


def _stored_version(path: Path) -> int:
    probe = sqlite3.connect(str(path), timeout=10)
    try:
        return probe.execute("PRAGMA user_version").fetchone()[0]
    finally:
        probe.close()


def open_store(
    data_dir: Path,
    take_backup: bool = True,
    accept_backup: Callable[[Path, Path], bool] | None = None,
    tidy: bool = False,
) -> OpenedStore:
    """Open (creating if needed) the store in data_dir, checking it first.

    A damaged file is quarantined. When a good backup exists, accept_backup(quarantined,
    backup) decides whether it replaces the store; otherwise a fresh store is started.
    A file that SQLite can read but that is no usable Lokakarya store (a negative schema
    version, tables a migration cannot build on) counts as damaged too.

    The folder, the store and the backups are made readable by the user alone. tidy (only
    for the holder of the data folder's lock) also removes half-written copies a crash left.
    """
    path = data_dir / DB_FILENAME
    backup_dir = data_dir / backups.BACKUP_DIRNAME
    private_folder(data_dir)
    secure_data_folder(data_dir, backup_dir, (DB_FILENAME, *(DB_FILENAME + s for s in SIDE_FILES)))
    if tidy:
        remove_leftovers(data_dir, backup_dir)
    outcome = OpenedStore(db=None, path=path, created=False)  # type: ignore[arg-type]
    for _attempt in range(2):
        if path.exists() and (not is_healthy(path) or _stored_version(path) < 0):
            _set_aside(outcome, data_dir, accept_backup)
        outcome.created = not path.exists()
        # Refuse a newer file before connect() changes anything in it (e.g. journal mode).
        if not outcome.created and _stored_version(path) > LATEST_VERSION:
            raise NewerSchemaError(_stored_version(path))
        if outcome.created:
            create_private_file(path)
        db = connect(path)
        try:
            # A migration is a risky operation: back up before it even when the caller
            # takes its start-up backup later (the GUI does, off the UI thread).
            migration_pending = schema_version(db) < LATEST_VERSION
            if not outcome.created and (take_backup or migration_pending):
                reason = "before_migration" if migration_pending else "startup"
                backups.take_backup(db.conn, data_dir / backups.BACKUP_DIRNAME, reason)
            outcome.migrated = migrate(db)
        except sqlite3.DatabaseError:
            db.close()
            if outcome.created:
                raise
            log.exception("store could not be brought up to date; treating it as damaged")
            _set_aside(outcome, data_dir, accept_backup)
            continue
        except BaseException:
            db.close()
            raise
        outcome.db = db
        return outcome
    raise sqlite3.DatabaseError("the store could not be opened even after setting it aside")


def _set_aside(
    outcome: OpenedStore, data_dir: Path, accept_backup: Callable[[Path, Path], bool] | None
) -> None:
    path = data_dir / DB_FILENAME
    outcome.quarantined = quarantine(path)
    outcome.good_backup = backups.newest_good_backup(data_dir / backups.BACKUP_DIRNAME)
    outcome.restored = False
    if (
        outcome.good_backup
        and accept_backup
        and accept_backup(outcome.quarantined, outcome.good_backup)
    ):
        backups.copy_database(outcome.good_backup, path)
        outcome.restored = True


def restore_backup(data_dir: Path, backup: Path) -> Path | None:
    """Replace the store with a backup copy. The current file, if any, is moved aside first."""
    if not is_healthy(backup):
        raise backups.BackupError("backup_damaged")
    path = data_dir / DB_FILENAME
    aside = quarantine(path, label="replaced") if path.exists() else None
    backups.copy_database(backup, path)
    return aside

"""Backups through SQLite's online backup API, and the policy that thins them out."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage.file_modes import create_private_file, private_folder
from storage.health import is_healthy

BACKUP_DIRNAME = "backups"
KEEP_RECENT = 5
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
_NAME = re.compile(r"^lokakarya-(\d{8}-\d{6}-\d{6})-[a-z0-9_]+\.sqlite3$")

log = logging.getLogger(__name__)


class BackupError(RuntimeError):
    """A backup could not be made or used; the message is a key for the UI."""


@dataclass(frozen=True, order=True)
class Backup:
    taken_at: datetime
    path: Path


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a database with the backup API into a temp file, fsync, then rename into place,
    so a crash never leaves a half-written copy under the real name."""
    private_folder(target.parent)
    temp = target.with_name(target.name + ".part")
    source_conn = sqlite3.connect(str(source)) if isinstance(source, Path) else source
    try:
        temp.unlink(missing_ok=True)  # our own name: a copy an earlier crash left half-done
        create_private_file(temp)  # 0600 before a byte is written; the rename keeps it
        target_conn = sqlite3.connect(str(temp))
        try:
            source_conn.backup(target_conn)
            # A self-contained copy: reading it later leaves no -wal/-shm files beside it.
            target_conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            target_conn.close()
        _fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)  # no half-written copy left to pile up
        raise
    finally:
        if isinstance(source, Path):
            source_conn.close()


def take_backup(
    conn: sqlite3.Connection, backup_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    moment = now or datetime.now()
    target = backup_dir / f"lokakarya-{moment.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite3"
    copy_database(conn, target)
    log.info("backup taken: %s", target)
    thin(backup_dir, moment)
    return target


def take_backup_of_file(db_path: Path, backup_dir: Path, reason: str) -> Path:
    """A backup through a connection of its own, so it can run in a worker thread."""
    conn = sqlite3.connect(str(db_path), timeout=30)
    try:
        return take_backup(conn, backup_dir, reason)
    finally:
        conn.close()


def list_backups(backup_dir: Path) -> list[Backup]:
    """Backups in the folder, newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append(Backup(datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f"), path))
    return sorted(found, reverse=True)


def backups_to_keep(backups: Iterable[Backup]) -> set[Backup]:
    """The newest few, plus the newest of each of the last 12 days, 10 weeks and 9 months."""
    ordered = sorted(backups, reverse=True)
    keep = set(ordered[:KEEP_RECENT])
    periods = (
        (KEEP_DAILY, lambda b: b.taken_at.date()),
        (KEEP_WEEKLY, lambda b: b.taken_at.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda b: (b.taken_at.year, b.taken_at.month)),
    )
    for limit, bucket_of in periods:
        seen: set = set()
        for backup in ordered:
            bucket = bucket_of(backup)
            if bucket not in seen and len(seen) < limit:
                seen.add(bucket)
                keep.add(backup)
    return keep


def thin(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Remove backups the policy no longer keeps (only Lokakarya's own backup files)."""
    existing = list_backups(backup_dir)
    keep = backups_to_keep(existing)
    removed = []
    for backup in existing:
        if backup not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that is sound and was written by Lokakarya (a schema version it
    knows), so a copy taken of some foreign file just before it failed is never offered."""
    from storage.migrations import LATEST_VERSION

    for backup in list_backups(backup_dir):
        if is_healthy(backup.path) and 1 <= _schema_version(backup.path) <= LATEST_VERSION:
            return backup.path
    return None


def _schema_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return -1
    finally:
        conn.close()

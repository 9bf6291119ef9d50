"""Files SQLite can read but that are no usable Lokakarya store are set aside, not crashed on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.database import DB_FILENAME, open_store
from storage.migrations import LATEST_VERSION
from storage.sessions import SessionRepository


def existing_store(data_dir: Path) -> None:
    opened = open_store(data_dir)
    opened.db.close()


@pytest.mark.parametrize("version", [-1, 0, 1])
def test_a_wrong_schema_version_is_quarantined(data_dir: Path, version: int) -> None:
    existing_store(data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    opened = open_store(data_dir, take_backup=False)
    try:
        assert opened.quarantined is not None and opened.quarantined.exists()
        assert opened.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        opened.db.close()


def test_another_apps_database_is_set_aside_and_the_backup_offered(data_dir: Path) -> None:
    opened = open_store(data_dir)
    from datetime import date

    from facilitation.session import Session, SessionDay

    SessionRepository(opened.db).create(
        Session(title="Bimtek", days=[SessionDay(date=date(2018, 7, 18))])
    )
    opened.db.close()
    existing_store(data_dir)  # takes the start-up backup holding "Bimtek"
    (data_dir / DB_FILENAME).unlink()
    (data_dir / "lokakarya.sqlite3-wal").unlink(missing_ok=True)
    foreign = sqlite3.connect(data_dir / DB_FILENAME)
    foreign.execute("CREATE TABLE sessions (x INTEGER)")
    foreign.commit()
    foreign.close()
    offered: list[Path] = []

    def accept(quarantined: Path, backup: Path) -> bool:
        offered.append(backup)
        return True

    opened = open_store(data_dir, take_backup=False, accept_backup=accept)
    try:
        assert offered and opened.restored
        assert [s.title for s in SessionRepository(opened.db).list()] == ["Bimtek"]
        assert list((data_dir / "quarantine").glob("*.sqlite3"))
    finally:
        opened.db.close()

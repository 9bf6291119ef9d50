"""Backups: copies through the backup API, thinning as backups are taken, finding and restoring
one (the thinning policy itself: test_backup_policy.py)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.session import Session, SessionDay
from storage import backups
from storage.backups import (
    Backup,
    BackupError,
    list_backups,
    newest_good_backup,
    take_backup,
)
from storage.database import DB_FILENAME, open_store, restore_backup
from storage.sessions import SessionRepository
from tests.storage.test_backup_policy import backup_name, expected_keep


def add_session(db, title: str, activities: int = 2) -> Session:
    return SessionRepository(db).create(
        Session(
            title=title,
            organiser="Org 🌱",
            days=[
                SessionDay(
                    date=date(2025, 2, 3),
                    activities=[
                        Activity(
                            title=f"{title} {i}",
                            kind=ActivityKind.SHARING,
                            planned_minutes=10 + i,
                        )
                        for i in range(activities)
                    ],
                )
            ],
        )
    )


def rows(conn) -> dict[str, list[tuple]]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}


def session_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM sessions"))
    finally:
        conn.close()


def garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(range(100))
    path.write_bytes(bytes(data))


# -- taking a backup -----------------------------------------------------------------------


def test_take_backup_copies_every_row_into_a_readable_file(opened_store):
    for n in range(3):
        add_session(opened_store.db, f"Sesi {n} <b>&</b>")
    moment = datetime(2025, 2, 3, 14, 15, 16, 171819)
    path = take_backup(opened_store.db.conn, opened_store.backup_dir, "manual", now=moment)

    assert path == opened_store.backup_dir / "lokakarya-20250203-141516-171819-manual.sqlite3"
    assert list_backups(opened_store.backup_dir) == [Backup(moment, path)]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert (
            conn.execute("PRAGMA user_version").fetchone()
            == opened_store.db.execute("PRAGMA user_version").fetchone()
        )
        assert rows(conn) == rows(opened_store.db.conn)
        assert len(rows(conn)["activities"]) == 6
    finally:
        conn.close()


def test_backup_includes_writes_still_in_the_wal(opened_store):
    opened_store.db.execute("PRAGMA wal_autocheckpoint=0")  # keep everything in the WAL
    add_session(opened_store.db, "Hanya di WAL")
    wal = Path(str(opened_store.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    path = take_backup(opened_store.db.conn, opened_store.backup_dir, "manual")
    assert session_titles(path) == ["Hanya di WAL"]


def test_backup_folder_holds_only_finished_backups(opened_store):
    add_session(opened_store.db, "Satu")
    start = datetime(2025, 1, 1, 9)
    made = [
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "startup", now=start + timedelta(days=n)
        )
        for n in range(3)
    ]
    # Checking the backups must not leave journal files behind either.
    assert newest_good_backup(opened_store.backup_dir) == made[-1]
    assert sorted(p.name for p in opened_store.backup_dir.iterdir()) == sorted(p.name for p in made)


def test_a_failed_backup_leaves_nothing_under_a_backup_name(opened_store, monkeypatch):
    add_session(opened_store.db, "Satu")
    earlier = take_backup(
        opened_store.db.conn, opened_store.backup_dir, "startup", now=datetime(2025, 1, 1)
    )

    def disk_full(_path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_fsync_file", disk_full)
    with pytest.raises(OSError):
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "manual", now=datetime(2025, 1, 2)
        )
    assert list_backups(opened_store.backup_dir) == [Backup(datetime(2025, 1, 1), earlier)]
    assert [p.name for p in opened_store.backup_dir.iterdir()] == [earlier.name]
    # The live store is unaffected and still writable.
    add_session(opened_store.db, "Dua")
    assert opened_store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_list_backups_reads_times_from_names_newest_first(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    moments = [
        datetime(2024, 5, d, h, m, s, us)
        for d, h, m, s, us in [
            (1, 0, 0, 0, 0),
            (1, 0, 0, 0, 1),
            (30, 23, 59, 59, 999999),
            (2, 12, 0, 0, 5),
        ]
    ]
    for moment in moments:
        (folder / backup_name(moment, "manual")).write_bytes(b"")
    assert [b.taken_at for b in list_backups(folder)] == sorted(moments, reverse=True)
    assert list_backups(tmp_path / "missing") == []


def test_take_backup_thins_old_backups(opened_store):
    add_session(opened_store.db, "Satu")
    start = datetime(2024, 1, 1, 8)
    for n in range(40):
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "startup", now=start + timedelta(days=n)
        )
    kept = list_backups(opened_store.backup_dir)
    assert set(kept) == expected_keep(kept)
    assert len(kept) < 40
    assert kept[0].taken_at == start + timedelta(days=39)


# -- newest good backup and restore --------------------------------------------------------


def test_newest_good_backup_skips_a_garbled_one(opened_store):
    add_session(opened_store.db, "Satu")
    made = [
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "startup", now=datetime(2025, 1, d)
        )
        for d in (1, 2, 3)
    ]
    assert newest_good_backup(opened_store.backup_dir) == made[2]
    garble(made[2])
    assert newest_good_backup(opened_store.backup_dir) == made[1]
    made[1].write_bytes(made[1].read_bytes()[:1000])  # truncated
    assert newest_good_backup(opened_store.backup_dir) == made[0]
    made[0].write_bytes(b"")
    made[0].unlink()
    assert newest_good_backup(opened_store.backup_dir) is None
    assert newest_good_backup(opened_store.path.parent / "no-such-folder") is None


def test_restore_backup_quarantines_the_current_file_and_restores_the_data(tmp_path):
    data_dir = tmp_path / "data"
    opened = open_store(data_dir, take_backup=False)
    add_session(opened.db, "Sebelum backup")
    backup = take_backup(opened.db.conn, opened.backup_dir, "manual")
    add_session(opened.db, "Sesudah backup")
    opened.db.close()
    current = (data_dir / DB_FILENAME).read_bytes()

    aside = restore_backup(data_dir, backup)

    assert aside is not None and aside.parent == data_dir / "quarantine"
    assert aside.read_bytes() == current  # moved aside, not deleted
    assert session_titles(aside) == ["Sebelum backup", "Sesudah backup"]
    assert backup.exists()

    reopened = open_store(data_dir)
    try:
        assert reopened.quarantined is None
        assert [s.title for s in SessionRepository(reopened.db).list()] == ["Sebelum backup"]
        assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert reopened.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        reopened.db.close()


def test_restore_backup_without_a_current_file(tmp_path):
    source = open_store(tmp_path / "old", take_backup=False)
    add_session(source.db, "Dari laptop lama")
    backup = take_backup(source.db.conn, source.backup_dir, "manual")
    source.db.close()

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert restore_backup(data_dir, backup) is None
    opened = open_store(data_dir, take_backup=False)
    try:
        assert [s.title for s in SessionRepository(opened.db).list()] == ["Dari laptop lama"]
    finally:
        opened.db.close()


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(tmp_path):
    data_dir = tmp_path / "data"
    opened = open_store(data_dir, take_backup=False)
    add_session(opened.db, "Tetap")
    backup = take_backup(opened.db.conn, opened.backup_dir, "manual")
    opened.db.close()
    garble(backup)
    current = (data_dir / DB_FILENAME).read_bytes()

    with pytest.raises(BackupError, match="backup_damaged"):
        restore_backup(data_dir, backup)
    assert (data_dir / DB_FILENAME).read_bytes() == current
    assert not (data_dir / "quarantine").exists()

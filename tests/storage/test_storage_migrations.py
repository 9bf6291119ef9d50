"""Schema migrations: fresh stores, upgrades from every older version, refusals, failures."""

from __future__ import annotations

import json
import sqlite3

import pytest

from storage import migrations
from storage.backups import list_backups
from storage.database import DB_FILENAME, connect, open_store
from storage.migrations import LATEST_VERSION, MIGRATIONS, NewerSchemaError, migrate

SESSION_ID = "0b7f5c1e-4a52-4d6e-9a47-6f2b8c0d9e11"
DAY_ID = "5d1c9a3e-2f4b-4c8d-8e6a-1b2c3d4e5f60"
ACTIVITY_ID = "9e8d7c6b-5a49-4c3d-8b2a-1f0e9d8c7b6a"
STAMP = "2024-02-03T04:05:06.000007+00:00"


def _seed_v1(db) -> None:
    db.execute(
        "INSERT INTO sessions (id, title, organiser, venue, facilitators, objectives,"
        " report_language, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            SESSION_ID,
            "Sesi lama 🌱 <b>&</b>",
            "Penyelenggara",
            "Aula",
            json.dumps(["Ibu Siti"]),
            json.dumps(["Tujuan"]),
            "id",
            STAMP,
            STAMP,
        ],
    )
    db.execute(
        "INSERT INTO session_days (id, session_id, day_date, start_time, end_time,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
        [DAY_ID, SESSION_ID, "2024-02-10", "08:00", "16:00", STAMP, STAMP],
    )
    db.execute(
        "INSERT INTO activities (id, session_id, day_id, position, title, kind,"
        " planned_minutes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [ACTIVITY_ID, SESSION_ID, DAY_ID, 0, "Pembukaan", "opening", 15, STAMP, STAMP],
    )


def _seed_v2(db) -> None:
    db.execute(
        "INSERT INTO store_facts (key, value, updated_at) VALUES (?,?,?)",
        ["sample_session_created", SESSION_ID, STAMP],
    )


# Data that is valid once the schema has reached the given version.
SEEDS = {1: _seed_v1, 2: _seed_v2}


def user_tables(conn) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def table_rows(conn) -> dict[str, list[tuple]]:
    return {
        table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall())
        for table in user_tables(conn)
    }


def schema(conn) -> list[tuple]:
    return sorted(
        conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    )


def pragma(db, name: str):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def build_at(path, version: int) -> dict[str, list[tuple]]:
    """A store at the given schema version with data valid at that version; returns its rows."""
    db = connect(path)
    try:
        assert migrate(db, target=version) == list(range(1, version + 1))
        assert pragma(db, "user_version") == version
        with db.atomic():
            for seeded in range(1, version + 1):
                if seeded in SEEDS:
                    SEEDS[seeded](db)
        return table_rows(db.conn)
    finally:
        db.close()


def test_migrations_table_is_consistent():
    assert LATEST_VERSION == len(MIGRATIONS) >= 1
    assert set(SEEDS) <= set(range(1, LATEST_VERSION + 1))


def test_fresh_store_is_at_latest_version_with_durable_pragmas(tmp_path):
    opened = open_store(tmp_path / "data")
    try:
        db = opened.db
        assert opened.created
        assert opened.migrated == list(range(1, LATEST_VERSION + 1))
        assert opened.quarantined is None and opened.good_backup is None
        assert opened.path == tmp_path / "data" / DB_FILENAME
        assert pragma(db, "user_version") == LATEST_VERSION
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2  # FULL
        assert pragma(db, "foreign_keys") == 1
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert {"sessions", "session_days", "activities", "store_facts"} <= set(
            user_tables(db.conn)
        )
        # Nothing to back up in a brand-new store.
        assert list_backups(opened.backup_dir) == []
    finally:
        opened.db.close()


def test_reopening_does_not_migrate_again_and_keeps_pragmas(tmp_path):
    open_store(tmp_path / "data").db.close()
    opened = open_store(tmp_path / "data", take_backup=False)
    try:
        assert not opened.created
        assert opened.migrated == []
        assert pragma(opened.db, "synchronous") == 2
        assert pragma(opened.db, "foreign_keys") == 1
        assert pragma(opened.db, "journal_mode") == "wal"
    finally:
        opened.db.close()


def test_foreign_keys_are_enforced(tmp_path):
    opened = open_store(tmp_path / "data", take_backup=False)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            opened.db.execute(
                "INSERT INTO session_days (id, session_id, day_date, start_time, end_time,"
                " created_at, updated_at) VALUES ('d', 'no-such-session', '2024-01-01',"
                " '08:00', '16:00', 'x', 'x')"
            )
    finally:
        opened.db.close()


@pytest.mark.parametrize("start", range(LATEST_VERSION))
def test_upgrade_from_every_older_version_keeps_the_data(tmp_path, start):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    rows_before = build_at(data_dir / DB_FILENAME, start)

    opened = open_store(data_dir)
    try:
        db = opened.db
        assert not opened.created
        assert opened.migrated == list(range(start + 1, LATEST_VERSION + 1))
        assert pragma(db, "user_version") == LATEST_VERSION
        rows_after = table_rows(db.conn)
        for table, rows in rows_before.items():
            assert rows_after[table] == rows, table
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # Same schema as a store created at the latest version.
        fresh = open_store(tmp_path / "fresh")
        try:
            assert schema(db.conn) == schema(fresh.db.conn)
        finally:
            fresh.db.close()
    finally:
        opened.db.close()

    # The startup backup was taken before migrating: it still has the old version and rows.
    (backup,) = list_backups(data_dir / "backups")
    conn = sqlite3.connect(backup.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == start
        assert table_rows(conn) == rows_before
    finally:
        conn.close()


def test_upgraded_data_is_readable_through_the_repositories(tmp_path):
    from storage.facts import get_fact
    from storage.sessions import SessionRepository

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    build_at(data_dir / DB_FILENAME, 1)
    opened = open_store(data_dir, take_backup=False)
    try:
        session = SessionRepository(opened.db).get(SESSION_ID)
        assert session.title == "Sesi lama 🌱 <b>&</b>"
        assert [a.id for a in session.days[0].activities] == [ACTIVITY_ID]
        assert get_fact(opened.db, "sample_session_created") is None
    finally:
        opened.db.close()


# -- files from a newer Lokakarya ----------------------------------------------------------


def _newer_wal_file(path) -> None:
    build_at(path, LATEST_VERSION)
    db = connect(path)
    db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    db.close()


def _newer_rollback_journal_file(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future_things (id TEXT PRIMARY KEY, payload TEXT)")
    conn.execute("INSERT INTO future_things VALUES ('a', 'dari versi baru')")
    conn.commit()
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 7}")
    conn.close()


@pytest.mark.parametrize("make", [_newer_wal_file, _newer_rollback_journal_file])
@pytest.mark.parametrize("take_backup", [True, False])
def test_a_newer_file_is_refused_and_left_untouched(tmp_path, make, take_backup):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    make(path)
    original = path.read_bytes()

    with pytest.raises(NewerSchemaError):
        open_store(data_dir, take_backup=take_backup)

    assert path.read_bytes() == original
    # No quarantine, no backup, no journal files left next to it.
    assert [p.name for p in data_dir.iterdir()] == [DB_FILENAME]
    # Still refused the second time, and still untouched.
    with pytest.raises(NewerSchemaError):
        open_store(data_dir, take_backup=take_backup)
    assert path.read_bytes() == original


def test_migrate_refuses_a_newer_version(tmp_path):
    db = connect(tmp_path / "x.sqlite3")
    try:
        db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        with pytest.raises(NewerSchemaError):
            migrate(db)
        assert pragma(db, "user_version") == LATEST_VERSION + 1
    finally:
        db.close()


# -- a migration that fails midway ---------------------------------------------------------


def _failing_after_ddl(original):
    def broken(db) -> None:
        original(db)  # all of this version's DDL ...
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO half_done VALUES (1)")
        raise RuntimeError("power cut in the middle of a migration")  # ... then failure

    return broken


@pytest.mark.parametrize("failing", range(1, LATEST_VERSION + 1))
def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path, monkeypatch, failing):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    rows_before = build_at(path, failing - 1)
    conn = sqlite3.connect(path)
    schema_before = schema(conn)
    conn.close()

    patched = list(MIGRATIONS)
    patched[failing - 1] = _failing_after_ddl(MIGRATIONS[failing - 1])
    monkeypatch.setattr(migrations, "MIGRATIONS", tuple(patched))
    with pytest.raises(RuntimeError, match="power cut"):
        open_store(data_dir, take_backup=False)

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == failing - 1
        assert schema(conn) == schema_before
        assert "half_done" not in user_tables(conn)
        assert table_rows(conn) == rows_before
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()

    # With the real migration back, the same file upgrades normally.
    monkeypatch.undo()
    opened = open_store(data_dir, take_backup=False)
    try:
        assert opened.migrated == list(range(failing, LATEST_VERSION + 1))
        assert pragma(opened.db, "user_version") == LATEST_VERSION
        assert "half_done" not in user_tables(opened.db.conn)
    finally:
        opened.db.close()


def test_versions_before_a_failing_migration_are_kept(tmp_path, monkeypatch):
    """Each migration commits on its own: a failure in the last keeps the ones before it."""
    path = tmp_path / "x.sqlite3"
    patched = (*MIGRATIONS[:-1], _failing_after_ddl(MIGRATIONS[-1]))
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    db = connect(path)
    try:
        with pytest.raises(RuntimeError):
            migrate(db)
        assert pragma(db, "user_version") == LATEST_VERSION - 1
        assert not db.conn.in_transaction
        assert "half_done" not in user_tables(db.conn)
    finally:
        db.close()

"""A user action's transaction takes the write lock when it begins, so a write that follows a
read never fails because the phone server's connection wrote in between."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.database import connect


def test_the_outermost_atomic_block_holds_the_write_lock_from_its_start(tmp_path: Path):
    db = connect(tmp_path / "store.sqlite3")
    db.execute("CREATE TABLE t (x INTEGER)")
    other = sqlite3.connect(str(tmp_path / "store.sqlite3"), timeout=0, isolation_level=None)
    with db.atomic():
        db.execute("SELECT count(*) FROM t").fetchone()  # only a read so far
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        with db.atomic():  # nested: a savepoint inside the same transaction
            db.execute("INSERT INTO t VALUES (1)")
    other.execute("BEGIN IMMEDIATE")  # released at commit
    other.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1


def test_a_failed_block_rolls_back_and_releases_the_lock(tmp_path: Path):
    db = connect(tmp_path / "store.sqlite3")
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("refused")
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0

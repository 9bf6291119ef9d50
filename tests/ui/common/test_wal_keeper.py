"""The keeper runs the log's checkpoints from a worker after writes (ui/common/wal_keeper.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from storage.database import DB_FILENAME, connect
from storage.wal import BACKSTOP_PAGES
from ui.common import wal_keeper

PAGE = 4096


def _write(db, pages: int) -> None:  # noqa: ANN001
    db.execute("CREATE TABLE IF NOT EXISTS filler (body BLOB)")
    with db.atomic():
        db.conn.executemany("INSERT INTO filler VALUES (?)", [(b"x" * (PAGE - 100),)] * pages)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Path, object]]:
    """A store with one table written, and its connection (closed after the test)."""
    path = tmp_path / DB_FILENAME
    db = connect(path)
    _write(db, 1)
    yield path, db
    db.close()


def _keeper(path: Path, interval_ms: int = 60_000) -> wal_keeper.WalKeeper:
    """A keeper that looks only when the test says (check()), unless given a short interval."""
    return wal_keeper.WalKeeper(path, None, interval_ms=interval_ms)


def test_a_write_is_checkpointed_from_the_worker_and_nothing_more(qtbot, tmp_path: Path) -> None:
    store = tmp_path / DB_FILENAME
    db = connect(store)
    _write(db, 10)
    owner = QObject()
    keeper = wal_keeper.install(db.conn, store, owner)
    assert keeper is not None
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BACKSTOP_PAGES
    size = store.stat().st_size
    _write(db, 1200)
    assert store.stat().st_size == size  # the app's own commit copied nothing into the store
    assert not keeper.check()  # written since the last look: the user may still be at it
    assert keeper.check()  # a whole interval without a commit
    assert not keeper.check()  # one checkpoint at a time
    qtbot.waitUntil(lambda: keeper.checkpoints == 1, timeout=10_000)
    assert store.stat().st_size >= size + 1200 * PAGE
    assert not keeper.check()  # nothing written since it started
    _write(db, 1)
    assert not keeper.check()
    assert keeper.check()
    qtbot.waitUntil(lambda: keeper.checkpoints == 2, timeout=10_000)
    keeper.stop()
    db.close()


def test_the_keeper_checks_by_itself_on_its_timer(qtbot, store) -> None:
    path, db = store
    keeper = _keeper(path, interval_ms=20)
    _write(db, 50)
    qtbot.waitUntil(lambda: keeper.checkpoints >= 1, timeout=10_000)
    keeper.stop()


def test_a_checkpoint_that_fails_is_logged_and_the_keeper_goes_on(
    qtbot, store, monkeypatch, caplog
) -> None:
    path, db = store
    keeper = _keeper(path)

    def locked(_path: Path) -> tuple[int, int]:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(wal_keeper, "checkpoint", locked)
    _write(db, 5)
    keeper.check()
    assert keeper.check()
    qtbot.waitUntil(lambda: not keeper._running, timeout=10_000)
    assert keeper.checkpoints == 0
    assert "log checkpoint failed" in caplog.text
    monkeypatch.undo()
    _write(db, 1)
    keeper.check()
    assert keeper.check()  # the next write is checkpointed again
    qtbot.waitUntil(lambda: keeper.checkpoints == 1, timeout=10_000)
    keeper.stop()


def test_steady_writing_is_checkpointed_after_a_few_looks(qtbot, store) -> None:
    path, db = store
    keeper = _keeper(path)
    started = []
    for _look in range(wal_keeper.MAX_WAIT_CHECKS):
        _write(db, 2)  # a commit between every two looks: never still
        started.append(keeper.check())
    assert started == [False] * (wal_keeper.MAX_WAIT_CHECKS - 1) + [True]
    qtbot.waitUntil(lambda: keeper.checkpoints == 1, timeout=10_000)
    keeper.stop()


def test_no_keeper_without_a_file(tmp_path: Path) -> None:
    db = connect(tmp_path / DB_FILENAME)
    assert wal_keeper.install(db.conn, None, QObject()) is None
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    db.close()

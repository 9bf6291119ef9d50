"""What the storage tests share: the session repository on a clock they move by hand, and a
store of many notes for the search tests."""

from __future__ import annotations

import pytest
import sqlite_utils

from storage.sessions import SessionRepository
from tests.storage.search_notes import fill
from tests.storage.session_helpers import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(db: sqlite_utils.Database, clock: FakeClock) -> SessionRepository:
    return SessionRepository(db, clock)


@pytest.fixture
def many_notes(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """400 notes of one session, indexed for search (tests/storage/search_notes.py)."""
    fill(db, 400)
    return db

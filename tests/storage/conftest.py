"""The session repository the storage tests of sessions share, on a clock they move by hand."""

from __future__ import annotations

import pytest
import sqlite_utils

from storage.sessions import SessionRepository
from tests.storage.session_helpers import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(db: sqlite_utils.Database, clock: FakeClock) -> SessionRepository:
    return SessionRepository(db, clock)

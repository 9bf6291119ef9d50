"""Shared test set-up without Qt: every test gets its own data folder, and one family of store
fixtures (data folder, opened store, its database, the method library, the sample session).

Qt's own set-up lives in tests/ui/conftest.py, so domain and storage tests never import PySide6
(tests/test_qt_free.py checks that).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from facilitation.library import Library, load_library  # noqa: E402
from facilitation.session import Session  # noqa: E402
from storage.database import OpenedStore, open_store  # noqa: E402
from storage.sample import ensure_sample_session  # noqa: E402

SAMPLE_DAY = date(2022, 3, 23)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def opened_store(data_dir: Path) -> Iterator[OpenedStore]:
    """The store in data_dir, opened as the app opens it but without the start-up backup,
    which would only add a file most tests do not look at."""
    opened = open_store(data_dir, take_backup=False)
    yield opened
    opened.db.close()


@pytest.fixture
def db(opened_store: OpenedStore) -> sqlite_utils.Database:
    return opened_store.db


@pytest.fixture
def library() -> Library:
    """The method library and templates shipped in resources/library."""
    return load_library()


@pytest.fixture
def builtin_session(db: sqlite_utils.Database, library: Library) -> Session:
    """The sample session every new store offers, in Indonesian, on a fixed day."""
    session = ensure_sample_session(db, library, "id", SAMPLE_DAY)
    assert session is not None
    return session

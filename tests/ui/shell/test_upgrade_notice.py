"""At the first start after an update the window says the data file is being updated while the
migrations run, and only then; the file is read, never changed, to know."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.database import DB_FILENAME, connect
from storage.migrations import LATEST_VERSION, migrate, schema_version
from ui.shell import app as app_module
from ui.shell.main_window import MainWindow
from ui.shell.upgrade_notice import stored_version, tell_if_upgrading


def store_at(data_dir: Path, version: int) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = connect(data_dir / DB_FILENAME)
    try:
        migrate(db, target=version)
    finally:
        db.close()
    return data_dir / DB_FILENAME


def test_an_older_store_is_announced_and_left_unchanged(qtbot, tmp_path: Path) -> None:
    path = store_at(tmp_path / "data", LATEST_VERSION - 1)
    before = path.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    assert tell_if_upgrading(window, tmp_path / "data")
    assert "Updating the data file" in window.opening_label.text()
    assert path.read_bytes() == before  # looked at, not touched


@pytest.mark.parametrize(
    "case",
    [
        "current",
        "no file",
        pytest.param("newer", marks=pytest.mark.attack("damaged store files")),
        pytest.param("not a database", marks=pytest.mark.attack("damaged store files")),
    ],
)
def test_nothing_is_said_when_no_update_runs(qtbot, tmp_path: Path, case: str) -> None:
    data_dir = tmp_path / "data"
    if case == "current":
        store_at(data_dir, LATEST_VERSION)
    elif case == "newer":
        db = connect(store_at(data_dir, LATEST_VERSION))
        db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        db.close()
    elif case == "not a database":
        data_dir.mkdir()
        (data_dir / DB_FILENAME).write_bytes(b"this is not SQLite" * 100)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not tell_if_upgrading(window, data_dir)
    assert window.opening_label.text() == "Opening your sessions…"
    assert stored_version(data_dir) in (None, LATEST_VERSION, LATEST_VERSION + 1)


def test_the_start_says_it_then_clears_it_once_the_store_is_updated(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    store_at(data_dir, LATEST_VERSION - 1)
    window = MainWindow()
    qtbot.addWidget(window)
    shown: list[str] = []
    real_repaint = window.opening_label.repaint
    monkeypatch.setattr(
        window.opening_label,
        "repaint",
        lambda: (shown.append(window.opening_label.text()), real_repaint()),
    )
    context = app_module.open_context(data_dir, "en", window)
    try:
        assert not isinstance(context, int)
        assert schema_version(context.db) == LATEST_VERSION
        assert any("Updating the data file" in message for message in shown)
        assert window.opening_label.text() == "Opening your sessions…"
    finally:
        context.db.close()

"""Building a real main window on a temporary store, as the app does at start-up."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtGui import QUndoStack

from facilitation.library import load_library
from storage.database import open_store
from storage.sample import ensure_sample_session
from ui.common.context import AppContext
from ui.shell.main_window import MainWindow
from ui.workspace.session_context import SessionContext


def make_context(data_dir: Path, lang: str = "en", sample: bool = True) -> AppContext:
    opened = open_store(data_dir)
    library = load_library()
    if sample:
        ensure_sample_session(opened.db, library, lang, date(2022, 3, 23))
    return AppContext(
        db=opened.db, data_dir=data_dir, library=library, lang=lang, db_path=opened.path
    )


def page_context(app: AppContext) -> SessionContext:
    """What a page tested alone is handed: its own undo stack and run controller."""
    return SessionContext.create(app, QUndoStack())


def make_window(qtbot, data_dir: Path, lang: str = "en") -> MainWindow:
    window = MainWindow(make_context(data_dir, lang))
    qtbot.addWidget(window)
    window.show()
    return window


def count_calls(monkeypatch, owner, names: list[str], *, listed: bool = False) -> Counter:  # noqa: ANN001
    """Count the calls of these methods of an object or a class from here on (monkeypatch
    puts the originals back after the test); listed: every name in the count from the start,
    at 0, not only those called."""
    calls: Counter = Counter(dict.fromkeys(names, 0) if listed else {})
    for name in names:
        original = getattr(owner, name)

        def counted(*args, _name=name, _original=original, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)
    return calls

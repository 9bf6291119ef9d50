"""Lokakarya's durable store: one SQLite file, migrations, repositories, backups."""

from __future__ import annotations

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy and pandas when they are installed, only to map their number
    types to column types. Lokakarya never hands it either, and where numpy is installed its
    import costs ~170 ms of every start (a facilitator's laptop has neither): so sqlite-utils is
    imported here, first, with both hidden. Anything that imports numpy later gets it as usual."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  (import raises ImportError)
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()

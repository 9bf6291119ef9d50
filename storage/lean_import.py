"""sqlite-utils without numpy and pandas.

sqlite-utils imports numpy and pandas when they are installed, only to map their number types
to column types. Lokakarya never hands it either, and where numpy is installed its import costs
~170 ms of every start (a facilitator's laptop has neither). The app imports sqlite-utils
through this first, with both hidden; anything that imports numpy later gets it as usual.
"""

from __future__ import annotations

import sys


def import_sqlite_utils() -> None:
    """Import sqlite-utils (once) with numpy and pandas hidden from it."""
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

"""Guard against a reference-count leak in PySide6 6.12 on CPython 3.11.

In that combination every call of a wrapped Qt method that returns nothing (``setText``,
``update``, ``processEvents``, a signal's ``emit`` for True/False, ...) drops one reference to
``None`` (or to ``True``/``False``) without having taken it. On Python 3.12+ these singletons
are immortal and nothing happens; on 3.11 the interpreter aborts with "none_dealloc" once the
count reaches zero — after some thousands of calls, i.e. within minutes of a running timer,
which repaints every second. Topping the counts up far above anything a day can drain keeps
the app alive; the singletons are never freed anyway, so an over-count is harmless.
"""

from __future__ import annotations

import sys

LOW_WATER = 1 << 20
TOP_UP = 1 << 40


def keep_singletons_alive() -> None:
    """Cheap enough to call on every tick: three reads, a write only when running low."""
    if sys.version_info >= (3, 12):
        return  # immortal objects
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < LOW_WATER:
            import ctypes  # only when a top-up is due: start-up stays light

            count = ctypes.c_ssize_t.from_address(id(singleton))
            count.value += TOP_UP

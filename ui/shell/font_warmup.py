"""The system's font set-up, started on another core while Python loads Qt.

On Linux, Qt asks fontconfig for the system's fonts when the first text is laid out: FcInit
reads every fontconfig file and cache (~30M instructions, 8-15 ms of each start, which the bare
window, with no text, never pays). Its result is kept per process, so it can be done early, off
the main thread, while `import PySide6` (~80 ms) runs; Qt's own FcInit then finds it done.

The thread is a plain C thread (pthread_create on FcInit itself), not a Python one: it never
takes the GIL, so the imports running meanwhile never hand the GIL over to it (each hand-over
can stall them for a scheduler slice on a busy machine). The calls go through _ctypes (a
built-in), not the ctypes package, whose Python part would add its own import time. Elsewhere
(Windows, macOS, no fontconfig) nothing happens.
"""

from __future__ import annotations

import sys

FONTCONFIG = "libfontconfig.so.1"  # the library Qt's libQt6Gui links to

_running = None  # (pthread_join, the thread's id) until waited for; None: none started


def start_font_warmup() -> bool:
    """Begin fontconfig's set-up in a background thread; True when one was started."""
    global _running
    if _running is not None or not sys.platform.startswith("linux"):
        return False
    try:
        import _ctypes

        # RTLD_LOCAL: Qt's own link to the library finds this copy all the same, while
        # RTLD_GLOBAL would add fontconfig and its libraries to the scope of every symbol
        # the Qt modules bind as they load (~8M instructions of the dynamic linker).
        fc_init = _ctypes.dlsym(_ctypes.dlopen(FONTCONFIG, _ctypes.RTLD_LOCAL), "FcInit")
        process = _ctypes.dlopen(None)  # the C library, loaded with Python
        create = _function(_ctypes, _ctypes.dlsym(process, "pthread_create"))
        join = _function(_ctypes, _ctypes.dlsym(process, "pthread_join"))

        class _ThreadId(_ctypes._SimpleCData):
            _type_ = "L"  # pthread_t, an unsigned long on Linux

        class _Pointer(_ctypes._SimpleCData):
            _type_ = "P"

        thread = _ThreadId()
        # FcInit takes no argument; the one pthread_create passes is ignored (C calling
        # convention), and its FcBool result is the thread's exit value, never read.
        if create(_ctypes.byref(thread), None, _Pointer(fc_init), None) != 0:
            return False  # no thread to spare: Qt does it itself, as it would anyway
    except (OSError, AttributeError):  # no fontconfig here: Qt finds its fonts its own way
        return False
    _running = (join, thread)
    return True


def wait_for_font_warmup() -> None:
    """Before Qt may use fontconfig itself: the set-up is then finished (or was never begun).
    The wait lets go of the GIL (a foreign call)."""
    global _running
    if _running is not None:
        join, thread = _running
        _running = None
        join(thread, None)


def _function(_ctypes, address: int):  # noqa: ANN001, ANN202 (the _ctypes module; a callable)
    """A C function at address returning an int, called with the C calling convention."""

    class _Int(_ctypes._SimpleCData):
        _type_ = "i"

    class _Function(_ctypes.CFuncPtr):
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = _Int

    return _Function(address)

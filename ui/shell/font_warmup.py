"""The system's font set-up, started on another core while Python loads Qt.

On Linux, Qt asks fontconfig for the system's fonts when the first text is laid out: FcInit
reads every fontconfig file and cache (~40M instructions, 8-15 ms of each start, which the bare
window, with no text, never pays). Its result is kept per process, so it can be done early, off
the main thread, while `import PySide6` (~80 ms) runs; Qt's own FcInit then finds it done.

The call goes through _ctypes (a built-in), not the ctypes package: its Python part would add
its own import time to the very start. A foreign call releases the GIL, so the imports carry on
meanwhile. Elsewhere (Windows, macOS, no fontconfig) nothing happens.
"""

from __future__ import annotations

import sys

FONTCONFIG = "libfontconfig.so.1"  # the library Qt's libQt6Gui links to

_done = None  # a lock held until the warm-up has finished (None: none started)


def start_font_warmup() -> bool:
    """Begin fontconfig's set-up in a background thread; True when one was started."""
    global _done
    if _done is not None or not sys.platform.startswith("linux"):
        return False
    import _thread

    done = _thread.allocate_lock()
    done.acquire()
    try:
        _thread.start_new_thread(_warm_up, (done,))
    except RuntimeError:  # no thread to spare: Qt does it itself, as it would anyway
        return False
    _done = done
    return True


def wait_for_font_warmup() -> None:
    """Before Qt may use fontconfig itself: the set-up is then finished (or was never begun)."""
    global _done
    if _done is not None:
        _done.acquire()
        _done.release()
        _done = None


def _warm_up(done) -> None:  # noqa: ANN001 (a _thread lock)
    try:
        import _ctypes

        class _Library:
            # RTLD_LOCAL: Qt's own link to the library finds this copy all the same, while
            # RTLD_GLOBAL would add fontconfig and its libraries to the scope of every symbol
            # the Qt modules bind as they load (~8M instructions of the dynamic linker).
            _handle = _ctypes.dlopen(FONTCONFIG, _ctypes.RTLD_LOCAL)

        class _Int(_ctypes._SimpleCData):
            _type_ = "i"

        class _Function(_ctypes.CFuncPtr):
            _flags_ = _ctypes.FUNCFLAG_CDECL
            _restype_ = _Int

        _Function(("FcInit", _Library))()
    except Exception:  # noqa: BLE001 (no fontconfig here: Qt finds its fonts its own way)
        pass
    finally:
        done.release()

"""Python's cyclic garbage collector runs only on the GUI thread.

With automatic collection on, a collection can start in whichever thread happens to allocate:
a worker reading a roster then frees Qt objects (widgets, models) that belong to the GUI
thread, and Qt crashes the whole app (seen as a segmentation fault in CI). Anki solved the same
problem the same way: automatic collection off, and the GUI thread collects on a timer by the
same thresholds Python would use.

Once the window has built its pages, what start-up made (modules, the method library, the
pages' widgets: some 100,000 objects, alive for the whole day) is frozen out of the collections
(gc.freeze): a full collection then looks only at what was made since, a few milliseconds
instead of 70 ms here and a quarter of a second on a slow laptop, in the middle of a click.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(CHECK_INTERVAL_MS)

    def collect_if_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns objects freed."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young <= first:
            return 0
        if middle > second and old > third:
            return gc.collect(2)
        if middle > second:
            return gc.collect(1)
        return gc.collect(0)


_installed: MainThreadGarbageCollector | None = None
_settled = False


def install(app: QCoreApplication) -> MainThreadGarbageCollector:
    """Once per application; a second call returns the collector already installed."""
    global _installed
    if _installed is None:
        _installed = MainThreadGarbageCollector(app)
    return _installed


def settle_start_up() -> None:
    """Start-up is over (the app's pages are built): what it made is long-lived, and no longer
    scanned by collections. Once, and only where this collector runs the collections."""
    global _settled
    if _installed is not None and not _settled:
        _settled = True
        gc.freeze()

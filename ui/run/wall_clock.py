"""The time of day on the projector moves on while no timer ticks.

The run controller wakes the console every second only while a timer runs; between activities
or with the timer paused the wall's clock would stop. A single-shot timer wakes the console
just after each whole minute of the run's clock (recomputed at every wake-up, as the run's own
ticks are), so the clock never shows a minute late for long.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from facilitation.clock import Clock

MARGIN_MS = 30  # wake a little after the minute, never just before it


def ms_to_next_minute(clock: Clock) -> int:
    now = clock.now()
    left = 60.0 - now.second - now.microsecond / 1_000_000
    return int(left * 1000) + MARGIN_MS


class MinuteTicker(QObject):
    minute = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wake)
        self._timer.start(ms_to_next_minute(clock))

    def _wake(self) -> None:
        self._timer.start(ms_to_next_minute(self.clock))
        self.minute.emit()

"""A page's heavy loading waits until the page is on screen.

Opening a session tells every page; the pages the user is not looking at (People with 500
participants, Notes with 20,000 notes) would otherwise spend most of the time it takes to
open it. They load when first shown instead, and only once per change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class LoadWhenShown(QObject):
    def __init__(self, page: QWidget, load: Callable[[], None], on_show: bool = True) -> None:
        """on_show: flush when the page is shown (an event filter, which sees Show before
        the page's own showEvent); False for a page whose showEvent calls flush() itself."""
        super().__init__(page)
        self._page = page
        self._load = load
        self.pending = False
        if on_show:
            page.installEventFilter(self)

    def request(self) -> None:
        """Load now if the page is showing, else when it is next shown."""
        if self._page.isVisible():
            self.pending = False
            self._load()
        else:
            self.pending = True

    def cancel(self) -> None:
        self.pending = False

    def flush(self) -> bool:
        """Load now if a load is waiting (before reading what the page shows); True if it
        did."""
        if not self.pending:
            return False
        self.pending = False
        self._load()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.flush()
        return False


class WhenUsed(QObject):
    """Calls used() just before the user works one of the widgets (focus, click, key, wheel):
    what only a list or completer shows (the names used in 20,000 notes) is read then, not
    when the page opens."""

    _EVENTS = (  # a tuple: enum members compare by identity first, cheaply
        QEvent.Type.FocusIn,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    )

    def __init__(self, used: Callable[[], None], *widgets: QWidget) -> None:
        super().__init__(widgets[0])
        self._used = used
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS:
            self._used()
        return False

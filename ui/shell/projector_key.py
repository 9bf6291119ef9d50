"""F5 opens or closes the projector from every page, not only from the Run page.

A window shortcut of the main window, so it works whichever page shows (the pages' own keys
are shortcuts of their page and act only while it shows). It uses the session context's
projector, the one wall every page shares; pressed on the projector window itself, F5 closes
it there (ui/projector/window.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

TYPE_CHECKING = False  # as in main_window: nothing more is imported at start-up
if TYPE_CHECKING:
    from ui.workspace.session_context import SessionContext

translate = QCoreApplication.translate
PROJECTOR_KEY = "F5"


class ProjectorKey(QObject):
    """before_open builds what feeds the wall (the Run page) if it is not built yet."""

    status = Signal(str)

    def __init__(
        self, window: QWidget, context: SessionContext, before_open: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.context = context
        self.before_open = before_open
        self.shortcut = QShortcut(QKeySequence(PROJECTOR_KEY), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.toggle)

    def toggle(self) -> None:
        context = self.context
        if context.has_projector and context.projector.isVisible():
            context.projector.close()
            self.status.emit(translate("ProjectorKey", "Projector closed (F5 opens it again)."))
            return
        if context.run_controller.session is None:
            self.status.emit(translate("ProjectorKey", "Open a session to use the projector."))
            return
        self.before_open()
        context.projector.present()
        if len(QGuiApplication.screens()) <= 1:
            self.status.emit(
                translate(
                    "ProjectorKey",
                    "One screen only: the projector view opens as a window (F11: full screen).",
                )
            )

    def wall_screen(self) -> str | None:
        """The screen the projector fills now; None when it fills none (or was never made)."""
        return self.context.projector.filled_screen() if self.context.has_projector else None

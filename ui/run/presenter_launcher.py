"""How the Run page opens the presenter view: its button, the View menu's entry and F7.

The window is made on first use, as a child window of the main window (so it goes when the
main window goes), and the run console's keys reach the run from it too (ProjectorKeys).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from ui.run.presenter import PRESENTER_KEY, PresenterWindow
from ui.run.projector_keys import ProjectorKeys


class PresenterLauncher(QObject):
    status = Signal(str)

    def __init__(self, console: QWidget) -> None:
        """console is the Run page (ui/run/page.py), which holds the launcher."""
        super().__init__(console)
        self.console = console
        self.window: PresenterWindow | None = None
        self.action = QAction(self.tr("&Presenter view (F7)"), console)
        self.action.setShortcut(QKeySequence(PRESENTER_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            self.tr("The facilitator's own window: timer, schedule, next activity and notes")
        )
        self.action.triggered.connect(self.toggle)
        console.addAction(self.action)  # F7 while the Run page shows; the View menu adds more
        self.button = QPushButton(self.tr("Presenter view (F7)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(lambda _checked=False: self.toggle())
        console.controller.changed.connect(self._follow_session)
        self._follow_session()

    def _follow_session(self) -> None:
        available = self.console.controller.run is not None
        self.action.setEnabled(available)
        self.button.setEnabled(available)

    @property
    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle(self) -> None:
        if self.is_open:
            self.close()
        else:
            self.open()

    def open(self) -> None:
        if self.console.controller.run is None:
            return
        if self.window is None:
            self.window = self._make()
        self.window.present()
        if len(QGuiApplication.screens()) <= 1:
            self.status.emit(
                self.tr("One screen only: the presenter view opens as a window beside the others.")
            )

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _make(self) -> PresenterWindow:
        console = self.console
        app = console.context.app
        window = PresenterWindow(
            console.controller,
            console.day_column.projector_controls,
            app.library,
            app.lang,
            console.window(),
        )
        # Space, N, B, W, G... act from the presenter as from the Run page; M and the
        # message field are the presenter's own.
        ProjectorKeys(
            window,
            console.shortcuts,
            window.message_edit,
            window,
            own=(Qt.Key.Key_F7, Qt.Key.Key_Escape, Qt.Key.Key_M),
        )
        return window

"""The running timer, seen from every page: a button in the status bar with the activity, the
time left (or over) in the phase's colours, and a click that goes to the Run page. Hidden when
nothing runs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from facilitation.timer import TimerStatus
from ui.common.theme import current_tokens, theme_manager
from ui.run.texts import projector_view
from ui.run_control.controller import RunController


class RunIndicator(QPushButton):
    """Follows the controller's changes and ticks; repainted only when its text changes."""

    go_to_run = Signal()

    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._colours: tuple[str, str] | None = None  # of the style sheet set last
        self.setFlat(True)
        self.setToolTip(self.tr("Go to the Run page"))
        self.clicked.connect(self.go_to_run)
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh)
        theme_manager().changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        timer = self.controller.display_timer()
        run = self.controller.run
        if timer is None or run is None or run.current is None:
            self.setVisible(False)
            return
        view = projector_view(self.controller)
        state = "▶" if timer.status == TimerStatus.RUNNING else "⏸"
        text = f"{state} {view.title} · {view.reading}"
        if view.caption:
            text += f" · {view.caption}"
        if text != self.text():
            self.setText(text)
        colours = current_tokens().phases[view.phase]
        if colours != self._colours:  # a style sheet is parsed anew at every set
            self._colours = colours
            background, foreground = colours
            style = f"QPushButton {{ background: {background}; color: {foreground};"
            self.setStyleSheet(style + " padding: 2px 8px; border-radius: 4px; font-weight: 600; }")
        if self.isHidden():
            self.setVisible(True)

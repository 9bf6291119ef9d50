"""The offer to shift today's plan, shown when the day's first activity starts well off its
planned time (a late start, a rehearsal the evening before, a session moved to another date).

Shifting is one event in the run's log (stored with the run's state); "Undo shift" stores a
shift of nothing, so the day is measured against the plan again.

One line across the console, the question first: two wrapped lines in the narrow day column
left a 1366x768 laptop less than two rows of today's list. Where the line is too short the text
ends in "…" and the whole of it is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from facilitation.day_anchor import ShiftOffer
from ui.common.elided_label import ElidedLabel
from ui.common.formatting import clock_time
from ui.common.theme import set_look
from ui.run.texts import day_clock, duration_text
from ui.run_control.controller import RunController


class ShiftBar(QFrame):
    def __init__(self, controller: RunController) -> None:
        super().__init__()
        self.controller = controller
        self.offer: ShiftOffer | None = None
        self._day_id: str | None = None
        set_look(self, "band")  # tinted in the theme's colours
        self.label = ElidedLabel()
        self.shift_button = self._button(self.tr("Shift the plan"), self._shift)
        self.keep_button = self._button(self.tr("Keep the plan"), self.hide)
        self.undo_button = self._button(self.tr("Undo shift"), self._undo)
        self.close_button = self._button(self.tr("Close"), self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 4, 2)
        row.addWidget(self.label, 1)
        for button in (self.shift_button, self.keep_button, self.undo_button, self.close_button):
            row.addWidget(button)
        self.hide()
        controller.shift_offered.connect(self.show_offer)
        controller.changed.connect(self._follow_day)

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the run's keys stay with the run
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_offer(self, offer: ShiftOffer) -> None:
        self.offer = offer
        self._day_id = self.controller.day.id if self.controller.day else None
        text = (
            self.tr("Started at %1, %2 late (planned %3).")
            if offer.shift_minutes > 0
            else self.tr("Started at %1, %2 early (planned %3).")
        )
        question = self.tr("Shift today's plan to start at %1?").replace(
            "%1", day_clock(offer.new_start, offer.started)
        )
        self.label.setText(
            question
            + " "
            + text.replace("%1", clock_time(offer.started.time()))
            .replace("%2", duration_text(offer.shift_minutes))
            .replace("%3", _when(offer.planned, offer.started))
        )
        self._set_buttons(offered=True)
        self.show()

    def _shift(self) -> None:
        if self.offer is None:
            return
        self.controller.shift_plan(self.offer.shift_minutes)
        self.label.setText(
            self.tr(
                "Today's plan now starts at %1; the console measures the day from there."
            ).replace("%1", clock_time(self.offer.new_start.time()))
        )
        self._set_buttons(offered=False)

    def _undo(self) -> None:
        self.controller.shift_plan(0)
        self.hide()

    def _set_buttons(self, offered: bool) -> None:
        self.shift_button.setVisible(offered)
        self.keep_button.setVisible(offered)
        self.undo_button.setVisible(not offered)
        self.close_button.setVisible(not offered)

    def _follow_day(self) -> None:
        day = self.controller.day
        if self.isVisible() and (day is None or day.id != self._day_id):
            self.hide()


def _when(planned, started) -> str:  # noqa: ANN001
    """The planned time, with its date when that is not the day the activity started."""
    text = clock_time(planned.time())
    if planned.date() != started.date():
        return f"{planned.date().isoformat()} {text}"
    return text

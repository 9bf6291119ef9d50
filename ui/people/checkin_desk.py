"""What Enter, Space and "Mark absent" do at the check-in desk, for the day shown.

Checking in only ever marks someone present, and marking absent is its own explicit action: a
facilitator pressing Enter twice, or on a name someone else already checked, must never send a
present participant home by accident. Both are undo steps (Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from storage.attendance import AttendanceRepository
from ui.people.checkin_tab import CheckInTab
from ui.people.commands import AttendanceCommand
from ui.people.participants_model import ParticipantsTableModel


class CheckInDesk(QObject):
    status = Signal(str)

    def __init__(
        self,
        attendance: AttendanceRepository,
        undo_stack: QUndoStack,
        model: ParticipantsTableModel,
        tab: CheckInTab,
        current_day_id: Callable[[], str | None],
    ) -> None:
        super().__init__(tab)
        self.attendance, self.undo_stack, self.model, self.tab = attendance, undo_stack, model, tab
        self.current_day_id = current_day_id
        tab.check_in_requested.connect(self.check_in)
        tab.absent_requested.connect(self.mark_absent)
        tab.ambiguous.connect(self._ambiguous)

    def check_in(self, participant_id: str) -> None:
        self._set(participant_id, True)

    def mark_absent(self, participant_id: str) -> None:
        self._set(participant_id, False)

    def _set(self, participant_id: str, present: bool) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            return
        name = self.model.participant(self.model.row_of(participant_id)).name
        if (participant_id in self.model.present_ids()) == present:
            message = (
                self.tr("%1 is already present.") if present else self.tr("%1 is not present.")
            )
            self.tab.after_check_in()
            self.status.emit(message.replace("%1", name))
            return
        self.undo_stack.push(
            AttendanceCommand(self.attendance, self._show, participant_id, day_id, present, name)
        )
        message = self.tr("%1 is present.") if present else self.tr("%1 is marked absent.")
        self.status.emit(message.replace("%1", name))

    def _show(self, participant_id: str, day_id: str, present: bool) -> None:
        """After a command (or its undo): the row and the counts, if that day is still shown."""
        if day_id == self.current_day_id():
            self.model.set_present(participant_id, present)
        self.tab.after_check_in()

    def _ambiguous(self, count: int) -> None:
        self.status.emit(
            self.tr("%1 people match: type more of the name, or pick one with ↑/↓.").replace(
                "%1", str(count)
            )
        )

"""Column widths of the participants table, measured from the font: a full 18-digit NIP shows
uncut, names and institutions share what is left, and a phone or e-mail column (often empty)
takes only room for a typical value, not half the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.people.participants_model import ParticipantsTableModel as Columns


class ParticipantsTable(QTableView):
    """Delete asks to remove the selected people (unless a cell is being edited)."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


SAMPLES = {  # a typical longest value of each fixed-width column
    Columns.NUMBER: "0000",
    Columns.NIP: "000000000000000000",
    Columns.GENDER: "L/P",
    Columns.PHONE: "0812-3456-78901",
    Columns.EMAIL: "nama.panjang@instansi.go.id",
    Columns.POSITION: "Analis Kebijakan Ahli Muda",
    Columns.RANK: "Penata Tingkat I / III.d",
    Columns.BIRTH_PLACE: "Kabupaten Bogor",
    Columns.BIRTH_DATE: "0000-00-00",
}
PADDING = 28  # cell margins and the sort arrow


def set_participant_columns(table: QTableView) -> None:
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = table.fontMetrics()
    for column, sample in SAMPLES.items():
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
        header.resizeSection(column, width + PADDING)
    for column in (Columns.NAME, Columns.INSTITUTION):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

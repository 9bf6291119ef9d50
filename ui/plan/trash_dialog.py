"""Activities removed from the agenda, kept in the trash, brought back on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import Activity
from facilitation.session import Session
from ui.common.formatting import short_date
from ui.common.labels import activity_kind_label, minutes_label


class AgendaTrashDialog(QDialog):
    """Lists the session's trashed activities; the chosen ones are returned for restoring."""

    def __init__(
        self,
        session: Session,
        trashed: list[tuple[Activity, str]],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Removed activities"))
        self.setMinimumSize(560, 360)
        day_dates = {day.id: day.date for day in session.days}
        self.items = QListWidget()
        self.items.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        for activity, day_id in trashed:
            when = short_date(day_dates[day_id], lang) if day_id in day_dates else ""
            item = QListWidgetItem(
                f"{activity.title}  ·  {activity_kind_label(activity.kind)}  ·  "
                f"{minutes_label(activity.planned_minutes)}  ·  {when}"
            )
            item.setData(Qt.ItemDataRole.UserRole, (activity, day_id))
            self.items.addItem(item)
        hint = QLabel(
            self.tr("Restored activities go back to the end of their day.")
            if trashed
            else self.tr("Nothing has been removed from this session's agenda.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.items.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.items.selectedItems()))
        )
        self.items.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen(self) -> list[tuple[Activity, str]]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items.selectedItems()]

"""Starting a session from one of the templates taken from real trainings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.agenda import schedule
from facilitation.library import Library, Template
from ui.common.labels import minutes_label


class TemplateDialog(QDialog):
    def __init__(self, library: Library, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session from a template"))
        self.setMinimumSize(640, 420)
        self.library = library
        self.lang = lang
        self.template_list = QListWidget()
        for template in library.templates.values():
            item = QListWidgetItem(template.title_in(lang))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.template_list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(90)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        form.addRow(self.tr("First &day"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.template_list.currentRowChanged.connect(self._show_description)
        self.template_list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose a template:")))
        layout.addWidget(self.template_list)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.template_list.setCurrentRow(0)

    def selected_template(self) -> Template:
        key = self.template_list.currentItem().data(Qt.ItemDataRole.UserRole)
        return self.library.template(key)

    def first_date(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def _show_description(self, _row: int) -> None:
        template = self.selected_template()
        days = template.instantiate(self.lang, self.first_date()).days
        planned = sum(schedule(d.start, d.end, d.activities).planned_minutes for d in days)
        activities = sum(len(d.activities) for d in days)
        facts = (
            self.tr("%1 day(s), %2 activities, %3 planned")
            .replace("%1", str(len(days)))
            .replace("%2", str(activities))
            .replace("%3", minutes_label(planned))
        )
        self.description.setText(f"{template.description_in(self.lang)}\n\n{facts}")

"""Editing one facilitator or resource person: name, role, NIP, position, institution and the
activities of the agenda they led (ticked in a list)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.official import MAX_PERSON_FIELD, Presenter, PresenterRole
from facilitation.session import Session

translate = QCoreApplication.translate
ACTIVITY_ID = Qt.ItemDataRole.UserRole + 1


def role_label(role: PresenterRole) -> str:
    if role == PresenterRole.RESOURCE_PERSON:
        return translate("Presenters", "Resource person (narasumber)")
    return translate("Presenters", "Facilitator")


class PresenterDialog(QDialog):
    def __init__(self, presenter: Presenter, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator or resource person"))
        self._presenter = copy.deepcopy(presenter)
        self.name = QLineEdit(presenter.name)
        self.role = QComboBox()
        for role in PresenterRole:
            self.role.addItem(role_label(role), str(role))
        self.role.setCurrentIndex(self.role.findData(str(presenter.role)))
        self.nip = QLineEdit(presenter.nip)
        self.position = QLineEdit(presenter.position)
        self.institution = QLineEdit(presenter.institution)
        for field in (self.name, self.nip, self.position, self.institution):
            field.setMaxLength(MAX_PERSON_FIELD)
        self.activities = QListWidget()
        led = set(presenter.activity_ids)
        for day in session.days:
            for activity in day.activities:
                item = QListWidgetItem(f"{day.date:%d/%m} · {activity.title}")
                item.setData(ACTIVITY_ID, activity.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = activity.id in led
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.activities.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Institution"), self.institution)
        form.addRow(self.tr("Activities led"), self.activities)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def presenter(self) -> Presenter:
        result = copy.deepcopy(self._presenter)
        result.name = self.name.text().strip()
        result.role = PresenterRole(self.role.currentData())
        result.nip = self.nip.text().strip()
        result.position = self.position.text().strip()
        result.institution = self.institution.text().strip()
        result.activity_ids = [
            self.activities.item(row).data(ACTIVITY_ID)
            for row in range(self.activities.count())
            if self.activities.item(row).checkState() == Qt.CheckState.Checked
        ]
        return result

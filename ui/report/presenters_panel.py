"""The facilitators and resource persons of the session, with the activities each led and the
JP that makes (planned minutes / minutes per JP): the official report's list and the
honorarium list read them. Every change is one transaction and one undo step."""

from __future__ import annotations

import copy

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.official import Presenter, PresenterRole, jp_minutes, jp_taught
from facilitation.session import Session, ValidationError
from storage.official import OfficialRepository
from storage.official_source import session_settings
from ui.common.i18n import locale_for
from ui.common.labels import validation_message
from ui.common.undo import CallbackCommand
from ui.report.presenter_dialog import PresenterDialog, role_label
from ui.workspace.session_context import SessionContext

Index = QModelIndex | QPersistentModelIndex


def jp_label(value: float, lang: str) -> str:
    """'3,75' in Indonesian, '3.75' in English; whole JP without decimals."""
    return locale_for(lang).toString(value, "g", 6)


class PresentersModel(QAbstractTableModel):
    def __init__(self, parent: QWidget, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.presenters: list[Presenter] = []
        self.jp: list[float] = []
        self.headers = (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Position / institution"),
            self.tr("Activities led"),
            self.tr("JP"),
        )

    def set_presenters(self, presenters: list[Presenter], jp: list[float]) -> None:
        self.beginResetModel()
        self.presenters, self.jp = presenters, jp
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.presenters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.presenters[index.row()]
        return (
            person.name,
            role_label(person.role),
            " / ".join(p for p in (person.position, person.institution) if p),
            str(len(person.activity_ids)),
            jp_label(self.jp[index.row()], self.lang),
        )[index.column()]


class PresentersPanel(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repository = OfficialRepository(context.app.db)
        self.session_id: str | None = None
        self.session: Session | None = None
        self.last_message: QMessageBox | None = None
        # The dialog is made through an attribute so tests can fill it like a user would.
        self.make_dialog = lambda presenter, session: PresenterDialog(presenter, session, self)
        self.model = PresentersModel(self, context.app.lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.from_session_button = QPushButton(self.tr("Add the session's facilitators"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.from_session_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.table.doubleClicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.from_session_button.clicked.connect(self.add_session_facilitators)
        self.setEnabled(False)

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.setEnabled(True)
        self.reload()

    def close_session(self) -> None:
        self.session_id = self.session = None
        self.model.set_presenters([], [])
        self.setEnabled(False)

    def reload(self) -> None:
        if self.session_id is None:
            return
        self.session = self.context.app.sessions.get(self.session_id)
        minutes = jp_minutes(session_settings(self.context.app.db, self.session_id))
        presenters = self.repository.presenters(self.session_id)
        jp = [jp_taught(self.session, p.activity_ids, minutes) for p in presenters]
        self.model.set_presenters(presenters, jp)
        self.note.setText(
            self.tr("JP taught = planned minutes of the activities led / %1 minutes.").replace(
                "%1", str(minutes)
            )
        )

    def selected(self) -> Presenter | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.presenters[rows[0].row()] if rows else None

    def add(self) -> None:
        self._edit(Presenter(name=""), self.tr("Add facilitator or resource person"), None)

    def edit(self) -> None:
        presenter = self.selected()
        if presenter is not None:
            self._edit(
                copy.deepcopy(presenter), self.tr("Edit facilitator or resource person"), presenter
            )

    def _edit(self, presenter: Presenter, text: str, before: Presenter | None) -> None:
        if self.session is None or self.session_id is None:
            return
        dialog = self.make_dialog(presenter, self.session)
        if not dialog.exec():
            return
        after = dialog.presenter()
        self._push(text, after, before)

    def _push(self, text: str, after: Presenter, before: Presenter | None) -> bool:
        session_id = self.session_id
        if session_id is None:
            return False
        try:
            self.repository.save_presenter(session_id, after)
        except ValidationError as error:
            self._warn(
                validation_message(error.key, error.details)
                if error.key != "name_empty"
                else self.tr("Please give a name.")
            )
            return False
        first = [True]

        def do() -> None:
            if not first[0]:
                self.repository.save_presenter(session_id, after)
            first[0] = False

        def undo() -> None:
            if before is None:
                self.repository.remove_presenter(after.id)
            else:
                self.repository.save_presenter(session_id, before)

        self.context.undo_stack.push(CallbackCommand(text, do, undo, self.reload))
        return True

    def remove(self) -> None:
        presenter = self.selected()
        session_id = self.session_id
        if presenter is None or session_id is None:
            return
        self.context.undo_stack.push(
            CallbackCommand(
                self.tr("Remove %1").replace("%1", presenter.name),
                lambda: self.repository.remove_presenter(presenter.id),
                lambda: self.repository.save_presenter(session_id, presenter),
                self.reload,
            )
        )

    def add_session_facilitators(self) -> None:
        """The facilitators named in the session's details, each once, as a start."""
        if self.session is None:
            return
        known = {p.name.casefold() for p in self.model.presenters}
        for name in self.session.facilitators:
            if name.strip() and name.casefold() not in known:
                self._push(
                    self.tr("Add %1").replace("%1", name),
                    Presenter(name=name.strip()[:300], role=PresenterRole.FACILITATOR),
                    None,
                )

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Facilitators and resource persons"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.last_message = box
        box.open()

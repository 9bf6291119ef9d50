"""The sessions list: search, create (blank or from a template), edit, duplicate, trash, and
empty the trash for good (storage/trash.py)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.room.templates import copied_questions, template_questions
from facilitation.session import ReportLanguage, Session, SessionDay
from storage.sessions import SessionSummary
from storage.trash import empty_trash
from ui.common.changes import Changes
from ui.common.context import AppContext
from ui.common.operations import OpResult, StoreOp
from ui.sessions.commands import TrashSessionCommand
from ui.sessions.details_dialog import SessionDetailsDialog
from ui.sessions.model import SessionsTableModel
from ui.sessions.template_dialog import TemplateDialog

log = logging.getLogger(__name__)


class SessionsTableView(QTableView):
    """Enter opens the selected session, Delete moves it to the trash."""

    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class SessionsPage(QWidget):
    session_opened = Signal(str)
    sessions_changed = Signal()
    status = Signal(str)
    close_open_session_requested = Signal()  # the open session is about to go to the trash

    def __init__(
        self,
        context: AppContext,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack or QUndoStack(self)
        self.open_session_id: str | None = None  # told by the window that opened it
        context.changes.changed.connect(self._changes_arrived)
        self.showing_trash = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by title, organiser or venue…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.trash_button = QPushButton(self.tr("Show trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.toggled.connect(self._toggle_trash)

        self.model = SessionsTableModel(context.lang, self)
        self.table = SessionsTableView()
        self.table.open_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.trash_selected)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New session…"))
        self.template_button = QPushButton(self.tr("From &template…"))
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.duplicate_button = QPushButton(self.tr("&Duplicate"))
        self.trash_action_button = QPushButton(self.tr("Move to trash"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.empty_trash_button = QPushButton(self.tr("Empty trash…"))
        self.empty_trash_button.setToolTip(
            self.tr("Delete every session in the trash for good, with all its data")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.create_blank)
        self.template_button.clicked.connect(self.create_from_template)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.trash_action_button.clicked.connect(self.trash_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_trash_button.clicked.connect(self.empty_trash)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.trash_button)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.template_button,
            self.open_button,
            self.edit_button,
            self.duplicate_button,
            self.trash_action_button,
            self.restore_button,
            self.empty_trash_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666; padding: 24px;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        self.refresh()

    # -- state -----------------------------------------------------------------------------

    def _changes_arrived(self, changes: Changes) -> None:
        """A session came, went or was renamed (e.g. by a merged bundle): list them again."""
        if changes.sessions:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self.context.sessions.list(self.search_edit.text(), in_trash=self.showing_trash)
        self.model.set_sessions(rows)
        self.heading.setText(self.tr("Trash") if self.showing_trash else self.tr("Sessions"))
        if not rows:
            if self.search_edit.text():
                self.empty_label.setText(self.tr("No session matches this search."))
            elif self.showing_trash:
                self.empty_label.setText(self.tr("The trash is empty."))
            else:
                self.empty_label.setText(
                    self.tr("No sessions yet. Create one, or start from a template.")
                )
        self.empty_label.setVisible(not rows)
        if selected:
            self.select(selected.id)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def select(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.summary(rows[0].row()) if rows else None

    def _toggle_trash(self, showing: bool) -> None:
        self.showing_trash = showing
        self.trash_button.setText(self.tr("Back to sessions") if showing else self.tr("Show trash"))
        self.refresh()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.edit_button, self.duplicate_button):
            button.setVisible(not self.showing_trash)
            button.setEnabled(has)
        self.trash_action_button.setVisible(not self.showing_trash)
        self.trash_action_button.setEnabled(has)
        self.restore_button.setVisible(self.showing_trash)
        self.restore_button.setEnabled(has)
        self.empty_trash_button.setVisible(self.showing_trash)
        self.empty_trash_button.setEnabled(self.showing_trash and self.model.rowCount() > 0)
        self.new_button.setVisible(not self.showing_trash)
        self.template_button.setVisible(not self.showing_trash)

    # -- actions ---------------------------------------------------------------------------

    def open_selected(self) -> None:
        summary = self.selected()
        if summary and not self.showing_trash:
            self.session_opened.emit(summary.id)

    def create_blank(self) -> None:
        blank = Session(
            title="",
            days=[SessionDay(date=date.today())],
            report_language=ReportLanguage(self.context.lang),
        )
        dialog = SessionDetailsDialog(blank, self)
        dialog.setWindowTitle(self.tr("New session"))
        if dialog.exec() and dialog.session():
            created = self.context.sessions.create(dialog.session())
            self._changed(created.id)
            self.session_opened.emit(created.id)

    def create_from_template(self) -> None:
        dialog = TemplateDialog(self.context.library, self.context.lang, self)
        if dialog.exec():
            template = dialog.selected_template()
            session = template.instantiate(self.context.lang, dialog.first_date())
            with self.context.db.atomic():
                created = self.context.sessions.create(session)
                questions = template_questions(template, created, self.context.lang)
                self.context.room.questions.save_all(questions)
            self._changed(created.id)
            self.session_opened.emit(created.id)

    def edit_selected(self) -> None:
        summary = self.selected()
        if not summary:
            return
        dialog = SessionDetailsDialog(self.context.sessions.get(summary.id), self)
        if dialog.exec() and dialog.session():
            self.context.sessions.update_details(dialog.session(), before=dialog.original)
            self._changed(summary.id)

    def duplicate_selected(self) -> None:
        summary = self.selected()
        if summary:
            title = self.tr("%1 (copy)").replace("%1", summary.title)
            with self.context.db.atomic():  # the questions come along, not the answers
                copy = self.context.sessions.duplicate(summary.id, title)
                source = self.context.sessions.get(summary.id)
                questions = self.context.room.questions.questions(summary.id)
                self.context.room.questions.save_all(copied_questions(questions, source, copy))
            self._changed(copy.id)

    def trash_selected(self) -> None:
        summary = self.selected()
        if not summary or self.showing_trash:
            return
        if summary.id == self.open_session_id:
            if not self.confirm_trash_open(summary.title):
                return
            # The window closes it first: that clears the session's own undo steps, and this
            # one, pushed after, stays so Ctrl+Z brings the session back.
            self.close_open_session_requested.emit()
        self.undo_stack.push(
            TrashSessionCommand(self.context.sessions, summary.id, summary.title, self._changed)
        )
        self.status.emit(
            self.tr(
                "“%1” moved to the trash. Undo with Ctrl+Z, or restore it from Show trash."
            ).replace("%1", summary.title)
        )

    def confirm_trash_open(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Move the open session to the trash?"),
            self.tr(
                "“%1” is open (its run stops if a timer is going). Close it and move it to the "
                "trash? Ctrl+Z brings it back."
            ).replace("%1", title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        summary = self.selected()
        if summary and self.showing_trash:
            self.context.sessions.restore(summary.id)
            self._changed(None)
            self.status.emit(
                self.tr("“%1” is back in the sessions list.").replace("%1", summary.title)
            )

    def empty_trash(self) -> None:
        """Ask first, then delete the trashed sessions for good off the UI thread."""
        if not self.showing_trash:
            return
        count = len(self.context.sessions.list(in_trash=True))
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Delete the %1 sessions in the trash for good? Their participants, notes and "
                "everything recorded in them are deleted too and cannot be brought back. "
                "Backups and bundles made before now still hold them."
            ).replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.empty_trash_button.setEnabled(False)

        def work(db, _progress) -> OpResult:
            return OpResult(empty_trash(db), Changes(sessions=True))

        def emptied(deleted: int) -> None:
            self._changed(None)
            self.status.emit(self.tr("%1 sessions deleted for good.").replace("%1", str(deleted)))

        def failed(message: str) -> None:
            self._update_buttons()
            self.status.emit(self.tr("The trash was not emptied: %1").replace("%1", message))

        StoreOp(
            parent=self,
            context=self.context,
            work=work,
            success=emptied,
            label="emptying the trash",
        ).failure(failed).run()

    def _changed(self, select_id: str | None) -> None:
        self.refresh()
        if select_id:
            self.select(select_id)
        self.sessions_changed.emit()

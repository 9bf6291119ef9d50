"""The People page's JP and certificates tab: the session's JP settings, each participant's
JP credited, attendance and completion with their certificate number, and the certificate
actions (settings, issue, verify). Issuing runs as a StoreOp (register + PDF files)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.certificates import CertificateError
from facilitation.documents.certificates import save_certificate_files, save_certificates
from facilitation.documents.report.flow import ReportImageError
from facilitation.jp import MAX_JP_MINUTES, MIN_JP_MINUTES, JpSettingsError, jp_text
from facilitation.paperwork import PaperworkError
from storage.certificate_source import NoOneCompletedError, issue_certificates
from storage.certificates import CertificateRegister, RegisterEntry
from storage.jp import JpRepository, JpStanding, load_standing
from storage.paperwork import PaperworkRepository
from storage.sessions import NotFoundError
from ui.common import file_dialogs
from ui.common.certificate_messages import (
    certificate_error_text,
    jp_settings_error_text,
    no_one_completed_text,
)
from ui.common.changes import Changes
from ui.common.exchange_messages import image_error_text
from ui.common.file_dialogs import REPORTS, file_stem
from ui.common.operations import OpResult, StoreOp
from ui.people.certificate_dialogs import CertificateSettingsDialog, IssueDialog, VerifyDialog
from ui.people.jp_model import JpRow, JpTableModel
from ui.workspace.session_context import SessionContext

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class SetJpSettingsCommand(QUndoCommand):
    def __init__(self, repo: JpRepository, session_id: str, before, after, refresh) -> None:
        super().__init__(translate("JpTab", "Change the JP settings"))
        self.repo, self.session_id, self.refresh = repo, session_id, refresh
        self.before, self.after = before, after

    def redo(self) -> None:
        self.repo.set_settings(self.session_id, *self.after)
        self.refresh()

    def undo(self) -> None:
        self.repo.set_settings(self.session_id, *self.before)
        self.refresh()


class JpTab(QWidget):
    status = Signal(str)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: str | None = None
        self.standing: JpStanding | None = None
        self.last_message: QMessageBox | None = None
        self.ask_save_path = partial(file_dialogs.ask_save_path, self)
        self.ask_folder = partial(file_dialogs.ask_folder, self)
        self.ask_open_path = partial(file_dialogs.ask_open_path, self)
        self.jp_minutes = QSpinBox()
        self.jp_minutes.setRange(MIN_JP_MINUTES, MAX_JP_MINUTES)
        self.jp_minutes.setSuffix(self.tr(" min"))
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100)
        self.minimum.setSuffix(" %")
        for spin in (self.jp_minutes, self.minimum):
            spin.editingFinished.connect(self.save_settings)
        settings_row = QHBoxLayout()
        settings_row.addWidget(QLabel(self.tr("1 JP =")))
        settings_row.addWidget(self.jp_minutes)
        settings_row.addSpacing(16)
        settings_row.addWidget(QLabel(self.tr("Completed with at least")))
        settings_row.addWidget(self.minimum)
        settings_row.addWidget(QLabel(self.tr("of the training's JP attended")))
        settings_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = JpTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JpTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.settings_button = QPushButton(self.tr("Certificate settings…"))
        self.issue_button = QPushButton(self.tr("Issue certificates…"))
        self.verify_button = QPushButton(self.tr("Verify a certificate…"))
        self.settings_button.clicked.connect(self.edit_certificate_settings)
        self.issue_button.clicked.connect(self.ask_issue)
        self.verify_button.clicked.connect(self.open_verify)
        buttons = QHBoxLayout()
        for button in (self.settings_button, self.issue_button, self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.app.changes.changed.connect(self._changes_arrived)

    # -- loading -------------------------------------------------------------------------------

    def open_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        if session_id is None:
            self.refresh()  # clearing costs nothing
        else:
            self._request()

    def _changes_arrived(self, changes: Changes) -> None:
        if self.session_id is None or not changes.concerns(self.session_id):
            return
        if changes.people or changes.agenda or changes.sessions or changes.run:
            self._request()

    def _request(self) -> None:
        """Read now if the tab shows, else when it is next shown (opening a session stays
        as fast as before)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Always read again when shown: the run (JP delivered) tells no page when it ends."""
        super().showEvent(event)
        if self.session_id is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.session_id is None:
            self.model.set_rows([])
            self.summary.clear()
            return
        db = self.context.app.db
        try:
            self.standing = load_standing(db, self.session_id)
        except LookupError:  # the session went to the trash meanwhile
            self.open_session(None)
            return
        rules = self.standing.jp.rules
        for spin, value in (
            (self.jp_minutes, rules.jp_minutes),
            (self.minimum, rules.min_attendance_percent),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        current = CertificateRegister(db).current(self.session_id)
        comma = self.context.app.lang == "id"
        rows = []
        for index, (person, credit) in enumerate(self.standing.people, start=1):
            entry = current.get(person.id)
            credited = credit.credited_minutes
            rows.append(
                JpRow(
                    person.number or index,
                    person.name,
                    "–" if credited is None else jp_text(credited, rules.jp_minutes, comma),
                    "–" if credit.attendance_percent is None else f"{credit.attendance_percent} %",
                    credit.completed,
                    _certificate_label(entry),
                )
            )
        self.model.set_rows(rows)
        self._show_summary(comma)

    def _show_summary(self, comma: bool) -> None:
        standing = self.standing
        rules, jp = standing.jp.rules, standing.jp
        completed = sum(1 for _p, credit in standing.people if credit.completed)
        text = (
            self.tr("Planned: %1 JP. %2 of %3 participants completed.")
            .replace("%1", jp_text(jp.planned_minutes, rules.jp_minutes, comma))
            .replace("%2", str(completed))
            .replace("%3", str(len(standing.people)))
        )
        if jp.delivered_minutes is not None:
            text += " " + self.tr("Delivered so far: %1 JP (days not yet run count as planned).")
            text = text.replace("%1", jp_text(jp.delivered_minutes, rules.jp_minutes, comma))
        if not standing.attendance_taken:
            text += " " + self.tr("Attendance has not been taken yet (Check-in tab).")
        else:
            text += " " + self.tr("JP are credited per day present.")
        self.summary.setText(text)
        self.issue_button.setEnabled(completed > 0)

    # -- settings ------------------------------------------------------------------------------

    def save_settings(self) -> None:
        if self.session_id is None or self.standing is None:
            return
        rules = self.standing.jp.rules
        before = (rules.jp_minutes, rules.min_attendance_percent)
        after = (self.jp_minutes.value(), self.minimum.value())
        if before == after:
            return
        repo = JpRepository(self.context.app.db)
        try:
            self.context.undo_stack.push(
                SetJpSettingsCommand(repo, self.session_id, before, after, self._settings_saved)
            )
        except JpSettingsError as error:
            self._message(QMessageBox.Icon.Warning, jp_settings_error_text(error))

    def _settings_saved(self) -> None:
        if self.session_id is not None:
            self.context.app.changes.announce(Changes(self.session_id, agenda=True, people=True))

    def _issue_date(self) -> date:
        days = self.standing.session.days if self.standing else []
        return max((day.date for day in days), default=date.today())

    def edit_certificate_settings(self) -> None:
        if self.session_id is None:
            return
        db, session_id = self.context.app.db, self.session_id
        saved = PaperworkRepository(db)  # the session's, or what the last session used
        paperwork = saved.paperwork(session_id)
        dialog = CertificateSettingsDialog(
            saved.certificate_settings(session_id), self._issue_date(), self, paperwork.address
        )
        if not dialog.exec():
            return
        settings = dialog.settings()
        try:
            with db.atomic():
                JpRepository(db).set_certificate_settings(session_id, settings)
                address = replace(paperwork, address=dialog.address_text())
                saved.save(session_id, address, certificate=settings)
        except CertificateError as error:
            self._message(QMessageBox.Icon.Warning, certificate_error_text(error))
            return
        except PaperworkError:
            self._message(QMessageBox.Icon.Warning, self.tr("The address is too long to print."))
            return
        self.status.emit(self.tr("Certificate settings saved."))

    # -- issuing -------------------------------------------------------------------------------

    def ask_issue(self) -> None:
        if self.session_id is None or self.standing is None:
            return
        completed = sum(1 for _p, credit in self.standing.people if credit.completed)
        lang = str(self.standing.session.report_language)
        saved = PaperworkRepository(self.context.app.db)
        files = saved.files(self.session_id)
        dialog = IssueDialog(completed, lang, self._issue_date(), self.ask_open_path, self, files)
        if not dialog.exec():
            return
        try:  # the letterhead and logo chosen are the session's and the next session's
            saved.save(self.session_id, files=dialog.files())
        except (PaperworkError, NotFoundError) as error:
            log.warning("letterhead files not saved: %s", error)
        stem = file_stem(self.standing.session.title)
        if dialog.per_person.isChecked():
            target = self.ask_folder(REPORTS, self.tr("Folder for the certificates"))
        else:
            target = self.ask_save_path(
                REPORTS,
                self.tr("Save the certificates"),
                self.tr("%1 - certificates.pdf").replace("%1", stem),
                self.tr("PDF files (*.pdf)"),
            )
        if target:
            self.issue(
                Path(target),
                dialog.lang(),
                dialog.issued_on(),
                dialog.per_person.isChecked(),
                dialog.kop.path,
                dialog.logo.path,
            )

    def issue(
        self,
        target: Path,
        lang: str,
        issued_on: date,
        per_person: bool = False,
        kop: Path | None = None,
        logo: Path | None = None,
    ) -> None:
        session_id = self.session_id

        def work(db, progress) -> OpResult:
            issued = issue_certificates(db, session_id, lang, issued_on, kop, logo)
            if per_person:
                save_certificate_files(issued.batch, target, progress)
            else:
                save_certificates(issued.batch, target, progress)
            return OpResult(len(issued.entries), Changes(session_id, people=True))

        self.issue_button.setEnabled(False)
        self.status.emit(self.tr("Writing the certificates…"))
        StoreOp(
            parent=self,
            context=self.context.app,
            work=work,
            success=lambda count: self._issued(count, target),
            label="issuing certificates",
        ).failure(self._issue_failed, describe=_describe).run()

    def _issued(self, count: int, target: Path) -> None:
        self.issue_button.setEnabled(True)
        text = self.tr("%1 certificates saved to %2").replace("%1", str(count))
        self.status.emit(text.replace("%2", str(target)))

    def _issue_failed(self, text: str) -> None:
        self.issue_button.setEnabled(True)
        self._message(QMessageBox.Icon.Warning, text)

    # -- verifying -----------------------------------------------------------------------------

    def open_verify(self) -> None:
        register = CertificateRegister(self.context.app.db)
        VerifyDialog(register.verify, self).exec()

    def _message(self, icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("JP and certificates"), text, parent=self)
        self.last_message = box
        box.open()


def _certificate_label(entry: RegisterEntry | None) -> str:
    if entry is None:
        return ""
    if entry.revision:
        revision = translate("JpTab", "revision %1").replace("%1", str(entry.revision))
        return f"{entry.number} ({revision})"
    return entry.number


def _describe(error: Exception) -> str:
    if isinstance(error, CertificateError):
        return certificate_error_text(error)
    if isinstance(error, NoOneCompletedError):
        return no_one_completed_text()
    if isinstance(error, ReportImageError):
        return image_error_text(error)
    if isinstance(error, OSError):
        return translate("JpTab", "The file could not be written: %1").replace("%1", str(error))
    return translate("JpTab", "Something went wrong: %1 (details are in the log)").replace(
        "%1", str(error)
    )

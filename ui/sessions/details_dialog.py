"""Editing a session's details: title, organiser, venue, days, people, objectives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitation.session import (
    ReportLanguage,
    Session,
    SessionDay,
    ValidationError,
    validate_session,
)
from ui.common.labels import validation_message
from ui.common.theme import set_tone


class DayRow(QWidget):
    """One day of the programme: date, start and end time, and a remove button."""

    def __init__(self, day: SessionDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.date_edit = QDateEdit(QDate(day.date.year, day.date.month, day.date.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit = QTimeEdit(QTime(day.start.hour, day.start.minute))
        self.end_edit = QTimeEdit(QTime(day.end.hour, day.end.minute))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.remove_button = QPushButton(self.tr("Remove day"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(QLabel(self.tr("from")))
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end_edit)
        layout.addWidget(self.remove_button)

    def to_day(self) -> SessionDay:
        picked = self.date_edit.date()
        start, end = self.start_edit.time(), self.end_edit.time()
        return replace(
            self.day,
            date=date(picked.year(), picked.month(), picked.day()),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
        )


class SessionDetailsDialog(QDialog):
    """Shows a copy of the session; `session()` returns the edited copy once accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self.setMinimumWidth(620)
        self._original = session
        self.original = session  # as read (frozen): the save writes only what differs
        self.title_edit = QLineEdit(session.title)
        self.organiser_edit = QLineEdit(session.organiser)
        self.organiser_edit.setPlaceholderText(self.tr("e.g. BPMPT Kabupaten Kulon Progo"))
        self.venue_edit = QLineEdit(session.venue)
        self.venue_edit.setPlaceholderText(self.tr("e.g. Wisma Dharmais Pengasih"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Bahasa Indonesia"), ReportLanguage.INDONESIAN)
        self.language_combo.addItem(self.tr("English"), ReportLanguage.ENGLISH)
        self.language_combo.setCurrentIndex(
            0 if session.report_language == ReportLanguage.INDONESIAN else 1
        )
        self.facilitators_edit = QPlainTextEdit("\n".join(session.facilitators))
        self.facilitators_edit.setPlaceholderText(self.tr("One name per line"))
        self.objectives_edit = QPlainTextEdit("\n".join(session.objectives))
        self.objectives_edit.setPlaceholderText(self.tr("One objective per line"))
        for edit in (self.facilitators_edit, self.objectives_edit):
            edit.setFixedHeight(80)

        self.days_layout = QVBoxLayout()
        self.day_rows: list[DayRow] = []
        for day in session.days:
            self._add_day_row(day)
        add_day = QPushButton(self.tr("Add day"))
        add_day.clicked.connect(self._add_next_day)
        days_box = QVBoxLayout()
        days_box.addLayout(self.days_layout)
        days_box.addWidget(add_day)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Organiser"), self.organiser_edit)
        form.addRow(self.tr("&Venue"), self.venue_edit)
        form.addRow(self.tr("Days"), days_box)
        form.addRow(self.tr("&Facilitators"), self.facilitators_edit)
        form.addRow(self.tr("O&bjectives"), self.objectives_edit)
        form.addRow(self.tr("Report &language"), self.language_combo)

        self.error_label = QLabel()
        set_tone(self.error_label, "danger")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._edited: Session | None = None

    def _add_day_row(self, day: SessionDay) -> None:
        row = DayRow(day)
        row.remove_button.clicked.connect(lambda: self._remove_day_row(row))
        self.day_rows.append(row)
        self.days_layout.addWidget(row)

    def _remove_day_row(self, row: DayRow) -> None:
        self.day_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def _add_next_day(self) -> None:
        if self.day_rows:
            last = self.day_rows[-1].to_day()
            day = SessionDay(
                date=date.fromordinal(last.date.toordinal() + 1),
                start=last.start,
                end=last.end,
            )
        else:
            day = SessionDay(date=date.today())
        self._add_day_row(day)

    def _collect(self) -> Session:
        return replace(
            self._original,
            title=self.title_edit.text().strip(),
            organiser=self.organiser_edit.text().strip(),
            venue=self.venue_edit.text().strip(),
            facilitators=_lines(self.facilitators_edit.toPlainText()),
            objectives=_lines(self.objectives_edit.toPlainText()),
            report_language=ReportLanguage(self.language_combo.currentData()),
            days=sorted((row.to_day() for row in self.day_rows), key=lambda d: d.date),
        )

    def _try_accept(self) -> None:
        edited = self._collect()
        try:
            validate_session(edited)
        except ValidationError as error:
            self.error_label.setText(validation_message(error.key, error.details))
            return
        self._edited = edited
        self.accept()

    def session(self) -> Session | None:
        return self._edited


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]

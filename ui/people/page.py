"""People: the participant list, check-in per day with the daftar hadir, and groups.

The list is shared by all days of a programme; attendance is per day. Every edit goes through
the shared undo stack; every check-in is saved the moment Space or Enter is pressed.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.documents.attendance_sheet import SheetHeading, write_attendance_sheet
from facilitation.participants import Participant, participant_problems
from facilitation.session import Session
from storage.sessions import NotFoundError
from ui.common.changes import Changes
from ui.common.deferred_load import LoadWhenShown
from ui.common.file_dialogs import PRINTOUTS, ask_save_path
from ui.common.formatting import long_date
from ui.common.theme import set_heading, set_icons, set_tone
from ui.people.checkin_desk import CheckInDesk
from ui.people.checkin_tab import CheckInTab
from ui.people.commands import (
    AddParticipantCommand,
    EditParticipantCommand,
    RemoveParticipantsCommand,
)
from ui.people.dialogs import ParticipantDialog, PrintOptionsDialog
from ui.people.groups_controller import GroupsController
from ui.people.groups_tab import GroupsTab
from ui.people.jp_tab import JpTab
from ui.people.labels import participant_problem_message
from ui.people.name_card_printing import ask_print_name_cards
from ui.people.participants_model import ParticipantsFilterModel, ParticipantsTableModel
from ui.people.participants_table import ParticipantsTable, set_participant_columns
from ui.people.pdf_writing import write_pdf_in_background
from ui.people.roster_commit import RosterCommit
from ui.people.roster_import_dialog import RosterImportDialog
from ui.workspace.session_context import SessionContext

PARTICIPANTS_TAB, CHECKIN_TAB, GROUPS_TAB = range(3)


class PeoplePage(QWidget):
    status = Signal(str)
    pdf_written = Signal(str)  # path, when a printed PDF is on disk

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = context.undo_stack
        context.app.changes.changed.connect(self._changes_arrived)
        self.participants = context.app.participants
        self.attendance = context.app.attendance
        self.roster_commit = RosterCommit(context.app, self.undo_stack, self.refresh, self)
        self.roster_commit.status.connect(self.status)
        self.session: Session | None = None
        self.day_index = 0

        self.title_label = QLabel()
        set_heading(self.title_label, "title")  # the type scale
        self.model = ParticipantsTableModel(self)
        self.model.edit_requested.connect(self.edit_participant)
        self.proxy = ParticipantsFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, NIP, position, institution…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_search)
        self.table = ParticipantsTable()
        self.table.setModel(self.proxy)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ParticipantsTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setColumnHidden(ParticipantsTableModel.PRESENT, True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        set_participant_columns(self.table)
        self.count_label = QLabel()
        self.import_button = QPushButton(self.tr("&Import roster…"))
        self.import_button.clicked.connect(self.open_import_dialog)
        self.add_button = QPushButton(self.tr("&Add participant…"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Delete (undo with Ctrl+Z)"))
        self.remove_button.clicked.connect(self.remove_selected)
        icons = {"import_button": "file-import", "add_button": "user-plus"}
        set_icons(self, icons | {"remove_button": "user-minus"})
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)

        participants_tab = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_edit, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        self.empty_hint = QLabel(
            self.tr(
                "No participants yet. Import the roster the office sent (XLSX or CSV), or add "
                "people one by one."
            )
        )
        self.empty_hint.setWordWrap(True)
        set_tone(self.empty_hint, "muted")
        self.empty_hint.setStyleSheet("padding: 12px 4px;")
        self.empty_hint.hide()
        tab_layout = QVBoxLayout(participants_tab)
        tab_layout.addLayout(buttons)
        tab_layout.addWidget(self.empty_hint)
        tab_layout.addWidget(self.table, 1)
        tab_layout.addWidget(self.count_label)

        self.checkin = CheckInTab(self.model)
        self.desk = CheckInDesk(
            self.attendance, self.undo_stack, self.model, self.checkin, self.current_day_id
        )
        self.desk.status.connect(self.status)
        self.checkin.day_changed.connect(self._select_day)
        self.checkin.print_requested.connect(self.ask_print_attendance_sheet)
        self.checkin.cards_requested.connect(lambda: ask_print_name_cards(self))
        self.groups_tab = GroupsTab()
        self.groups = GroupsController(
            self.groups_tab,
            self.model,
            context.app.groups,
            context.app.agenda,
            self.undo_stack,
            self.write_pdf,
            self,
        )
        self.groups.status.connect(self.status)

        self.tabs = QTabWidget()
        self.tabs.addTab(participants_tab, self.tr("Participants"))
        self.tabs.addTab(self.checkin, self.tr("Check-in"))
        self.tabs.addTab(self.groups_tab, self.tr("Groups"))
        self.jp_tab = JpTab(context)
        self.jp_tab.status.connect(self.status)
        self.tabs.addTab(self.jp_tab, self.tr("JP and certificates"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        self._loader = LoadWhenShown(self, self._load_session)
        self._shown: tuple[str, int, tuple[int, int]] | None = None  # see _showing

    # -- loading -------------------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        self.session = self.context.session(session_id)
        today = date.today()
        dates = [day.date for day in self.session.days]
        self.day_index = dates.index(today) if today in dates else 0
        self._show_session()
        self.jp_tab.open_session(session_id)

    def reload_details(self) -> None:
        if self.session is None:
            return
        try:
            self.session = self.context.session(self.session.id)
        except NotFoundError:
            self.close_session()
            return
        self.day_index = min(self.day_index, max(0, len(self.session.days) - 1))
        self._show_session()

    def _changes_arrived(self, changes: Changes) -> None:
        """Participants, attendance or groups (or the session's days) changed in an operation:
        read them again now if the page shows, else when it is next shown."""
        if self.session is None or not changes.concerns(self.session.id):
            return
        if changes.sessions:
            self.reload_details()
        elif changes.people:
            self._loader.request()

    def close_session(self) -> None:
        self._loader.cancel()
        self._shown = None
        self.session = None
        self.model.set_participants([], set())
        self.groups.clear()
        self.jp_tab.open_session(None)

    def _show_session(self) -> None:
        session = self.session
        self.title_label.setText(session.title)
        labels = [
            self.tr("Day %1 · %2")
            .replace("%1", str(number))
            .replace("%2", long_date(day.date, self.context.app.lang))
            for number, day in enumerate(session.days, start=1)
        ]
        self.checkin.set_days(labels, self.day_index)
        showing = self._showing()
        if showing is None or showing != self._shown:  # else the lists show it as stored
            self._loader.request()  # the participants are read when the page is shown

    def _showing(self) -> tuple[str, int, tuple[int, int]] | None:
        """The session and day the lists show, and the store's stamp they were read under: the
        same session opened again with nothing written since is not read and drawn again."""
        stamp = self.context.app.sessions.stamp()
        return None if stamp is None else (self.session.id, self.day_index, stamp)

    def _load_session(self) -> None:
        if self.session is None:
            return
        self._reload_people(groups=False)
        self.groups.open_session(self.session)  # shows the groups of these people once

    def current_day_id(self) -> str | None:
        if self.session is None or not self.session.days:
            return None
        return self.session.days[self.day_index].id

    def _select_day(self, index: int) -> None:
        if self.session is not None and 0 <= index < len(self.session.days):
            self.day_index = index
            self.refresh()

    def refresh(self) -> None:
        """Reload the list and the day's attendance (after an import, add, remove or undo)."""
        if self.session is None or self._loader.pending:
            return  # a waiting load reads everything anyway
        self._reload_people()

    def _reload_people(self, groups: bool = True) -> None:
        people = self.participants.list(self.session.id)
        day_id = self.current_day_id()
        present = self.attendance.present_ids(day_id) if day_id else set()
        self.model.set_participants(people, present)
        self._shown = self._showing()
        self.empty_hint.setVisible(not people)
        self.count_label.setText(
            self.tr("1 participant")
            if len(people) == 1
            else self.tr("%1 participants").replace("%1", str(len(people)))
        )
        self.checkin.show_counts()
        if groups:
            self.groups.refresh()

    def _refresh_one(self, participant_id: str) -> None:
        if self._loader.pending:
            return
        try:
            self.model.update_participant(self.participants.get(participant_id))
        except NotFoundError:
            self.refresh()
        self.groups.refresh()

    def _tab_changed(self, index: int) -> None:
        self._loader.flush()
        if index == CHECKIN_TAB:
            self.checkin.show_stale_counts()
            self.checkin.search.setFocus()
        elif index == GROUPS_TAB:
            self.groups.refresh()

    # -- the list ------------------------------------------------------------------------------

    def open_import_dialog(self) -> None:
        if self.session is None:
            return
        dialog = RosterImportDialog(self.model.participants(), self)
        people = dialog.participants() if dialog.exec() else []
        dialog.deleteLater()  # the sheet it read: not kept under the page once closed
        if people:
            self.import_participants(people)

    def import_participants(self, people: list[Participant]) -> None:
        """Written off the UI thread; roster_commit.finished says when it is stored."""
        self.roster_commit.start(self.session.id, people)

    def open_add_dialog(self) -> None:
        if self.session is None:
            return
        institutions = sorted({p.institution for p in self.model.participants() if p.institution})
        dialog = ParticipantDialog(self, institutions)
        if dialog.exec() and dialog.participant():
            self.add_participant(dialog.participant())

    def open_edit_dialog(self) -> None:
        people = self.selected_participants()
        if self.session is None or not people:
            return
        institutions = sorted({p.institution for p in self.model.participants() if p.institution})
        dialog = ParticipantDialog(self, institutions)
        dialog.fill(people[0])
        if dialog.exec() and dialog.participant():
            refresh = lambda: self._refresh_one(people[0].id)  # noqa: E731
            command = EditParticipantCommand(
                self.participants, refresh, people[0], dialog.participant()
            )
            self.undo_stack.push(command)

    def add_participant(self, person: Participant) -> None:
        self.undo_stack.push(
            AddParticipantCommand(self.participants, self.refresh, self.session.id, person)
        )

    def selected_participants(self) -> list[Participant]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.participant(row) for row in sorted(rows)]

    def remove_selected(self) -> None:
        people = self.selected_participants()
        if not people:
            return
        self.undo_stack.push(RemoveParticipantsCommand(self.participants, self.refresh, people))
        self.status.emit(
            self.tr("Removed %1 participant(s). Undo with Ctrl+Z.").replace("%1", str(len(people)))
        )

    def edit_participant(self, participant_id: str, field_name: str, value: object) -> None:
        row = self.model.row_of(participant_id)
        if row is None:
            return
        before = self.model.participant(row)
        after = copy.deepcopy(before)
        setattr(after, field_name, value)
        if field_name == "nip":
            after.nip = "".join(str(value).split())
        problems = participant_problems(after)
        if problems:
            self.status.emit(participant_problem_message(problems[0]))
            return
        self.undo_stack.push(
            EditParticipantCommand(
                self.participants, lambda: self._refresh_one(participant_id), before, after
            )
        )

    # -- check-in ------------------------------------------------------------------------------

    def ask_print_attendance_sheet(self) -> None:
        if self.session is None or self.current_day_id() is None:
            return
        options = PrintOptionsDialog(
            self.tr("Print attendance sheet"),
            str(self.session.report_language),
            parent=self,
            with_codes=True,
        )
        if not options.exec():
            return
        day = self.session.days[self.day_index]
        suggested = f"daftar-hadir-{day.date.isoformat()}.pdf"
        path = ask_save_path(
            self, PRINTOUTS, self.tr("Save attendance sheet"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.print_attendance_sheet(Path(path), options.language(), options.codes_wanted())

    def print_attendance_sheet(self, path: Path, language: str, with_codes: bool = False) -> None:
        """Render in the background; status and pdf_written tell when it is on disk. With the
        personal codes, those not yet given are made first (one transaction)."""
        session = self.session
        codes = self.context.app.room.codes.ensure(session.id) if with_codes else None
        day = session.days[self.day_index]
        heading = SheetHeading(
            title=session.title,
            day=day.date,
            venue=session.venue,
            organiser=session.organiser,
            day_number=self.day_index + 1,
            day_count=len(session.days),
        )
        people = self.model.participants()
        self.write_pdf(path, lambda: write_attendance_sheet(path, heading, people, language, codes))

    def write_pdf(self, path: Path, work) -> None:  # noqa: ANN001
        """work() renders already-read data off the UI thread (see pdf_writing)."""
        write_pdf_in_background(self, path, work)

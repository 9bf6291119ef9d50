"""Plan: the agenda editor of the open session.

Add from the method library, edit, reorder by drag or Ctrl+Up/Down, see live start/end times
and whether the day overruns. Every change is saved at once and can be undone (Ctrl+Z).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import Activity
from facilitation.agenda import DayPlan, plan_day
from facilitation.session import Session
from storage.sessions import NotFoundError
from ui.common.changes import Changes
from ui.common.formatting import clock_time, long_date
from ui.common.labels import activity_kind_label, minutes_label
from ui.common.theme import set_heading, set_icons, set_tone
from ui.plan.activity_editor import ActivityEditor
from ui.plan.commands import (
    AddActivityCommand,
    EditActivityCommand,
    MoveActivityCommand,
    RemoveActivityCommand,
)
from ui.plan.jp_panel import AgendaJp
from ui.plan.method_panel import MethodPanel
from ui.plan.model import AgendaTableModel
from ui.plan.questions_panel import QuestionsPanel, editor_tabs
from ui.plan.table_view import AgendaTableView
from ui.plan.trash_dialog import AgendaTrashDialog
from ui.workspace.session_context import SessionContext


class AgendaPage(QWidget):
    status = Signal(str)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.app.changes.changed.connect(self._changes_arrived)
        self.session: Session | None = None
        self.day_index = 0
        self.undo_stack = context.undo_stack

        self.title_label = QLabel()
        set_heading(self.title_label, "title")  # the type scale
        self.title_label.setWordWrap(True)
        self.details_label = QLabel()
        set_tone(self.details_label, "muted")
        self.details_label.setWordWrap(True)
        self.day_tabs = QTabBar()
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._select_day)

        self.model = AgendaTableModel(self)
        self.model.move_requested.connect(self._move_rows)
        self.model.edit_requested.connect(self._edit_field)
        self.table = AgendaTableView()
        self.table.move_requested.connect(self.move_selected)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.fit_columns(())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.remove_button.setToolTip(self.tr("Delete (undo with Ctrl+Z)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.trash_button = QPushButton(self.tr("Removed…"))
        set_icons(
            self, {"up_button": "arrow-up", "down_button": "arrow-down", "remove_button": "trash"}
        )
        self.trash_button.setToolTip(self.tr("Bring back activities removed earlier"))
        self.trash_button.clicked.connect(self.show_removed)

        self.methods = MethodPanel(context.app.library, context.app.lang)
        self.methods.add_requested.connect(self.add_method)
        self.editor = ActivityEditor()
        self.editor.changed.connect(self._edit_selected_field)
        self.jp = AgendaJp(context, self)
        self.questions = QuestionsPanel(context)
        self.questions.status.connect(self.status.emit)

        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.up_button)
        agenda_buttons.addWidget(self.down_button)
        agenda_buttons.addWidget(self.remove_button)
        agenda_buttons.addStretch()
        agenda_buttons.addWidget(self.trash_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.day_tabs)
        centre_layout.addWidget(self.table, 1)
        centre_layout.addWidget(self.summary_label)
        centre_layout.addWidget(self.jp.summary)
        centre_layout.addLayout(agenda_buttons)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_title = QLabel(self.tr("Selected activity"))
        editor_title.setStyleSheet("font-weight: 600;")
        editor_layout.addWidget(editor_title)
        editor_layout.addWidget(editor_tabs(self.editor, self.questions))
        editor_layout.addWidget(self.jp.counts)
        editor_layout.addStretch()
        splitter = QSplitter()
        splitter.addWidget(self.methods)
        splitter.addWidget(centre)
        splitter.addWidget(editor_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([250, 720, 380])

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addWidget(splitter, 1)

    # -- loading -----------------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        self.session = self.context.session(session_id)
        self.day_index = 0
        self._rebuild_tabs()
        self._reload(None)

    def _changes_arrived(self, changes: Changes) -> None:
        """The agenda, or the session's days and details, changed in an operation."""
        concerned = self.session is not None and changes.concerns(self.session.id)
        if concerned and (changes.agenda or changes.sessions):
            self.reload_details()

    def close_session(self) -> None:
        self.session = None
        self.model.set_plan(DayPlan((), 0, 0))
        self.editor.show_activity(None)

    def reload_details(self) -> None:
        """After the session's details changed elsewhere (days may have come or gone)."""
        if self.session is None:
            return
        try:
            self.session = self.context.session(self.session.id)
        except NotFoundError:
            self.session = None
            return
        self.day_index = min(self.day_index, max(0, len(self.session.days) - 1))
        self._rebuild_tabs()
        self._reload(None)

    def _rebuild_tabs(self) -> None:
        session = self.session  # not None: opened
        labels = [
            self.tr("Day %1 · %2")
            .replace("%1", str(number))
            .replace("%2", long_date(day.date, self.context.app.lang))
            for number, day in enumerate(session.days, start=1)
        ]
        tabs = self.day_tabs
        tabs.blockSignals(True)
        if labels != [tabs.tabText(index) for index in range(tabs.count())]:  # else kept as is
            while tabs.count():
                tabs.removeTab(0)
            for label in labels:
                tabs.addTab(label)
        tabs.setCurrentIndex(self.day_index)
        tabs.blockSignals(False)
        self.title_label.setText(session.title)
        parts = [p for p in (session.organiser, session.venue) if p]
        if session.facilitators:
            parts.append(self.tr("Facilitators: %1").replace("%1", ", ".join(session.facilitators)))
        self.details_label.setText(" · ".join(parts))

    def current_day_id(self) -> str | None:
        if self.session is None or not self.session.days:
            return None
        return self.session.days[self.day_index].id

    def _select_day(self, index: int) -> None:
        if self.session is not None and 0 <= index < len(self.session.days):
            self.day_index = index
            self._reload(None)

    def _reload(self, select_id: str | None) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            self.model.set_plan(DayPlan((), 0, 0))
            self.editor.show_activity(None)
            self.summary_label.setText(self.tr("This session has no days yet: edit its details."))
            return
        # The day read again after an edit here: a session of the page's own (dataclasses are
        # frozen), the one the other pages share stays as read.
        day = replace(
            self.session.days[self.day_index],
            activities=self.context.app.agenda.activities(day_id),
        )
        days = list(self.session.days)
        days[self.day_index] = day
        self.session = replace(self.session, days=tuple(days))
        plan = plan_day(day)
        self.model.set_plan(plan)
        self.table.fit_columns(map(activity_kind_label, {i.activity.kind for i in plan.items}))
        self._show_summary(plan, day.end)
        self.jp.show_day(self.session, self.day_index)
        row = self.model.row_of(select_id) if select_id else self._selected_row()
        if row is None and self.model.rowCount():
            row = 0  # the editor beside the table always shows an activity, never a grey box
        if row is not None and self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, AgendaTableModel.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_selected()

    def refresh_after_command(self, day_id: str, select_id: str | None) -> None:
        """Called by undo commands: show the day the change happened on."""
        if self.session is None:
            return
        for index, day in enumerate(self.session.days):
            if day.id == day_id and index != self.day_index:
                self.day_index = index
                self.day_tabs.blockSignals(True)
                self.day_tabs.setCurrentIndex(index)
                self.day_tabs.blockSignals(False)
        self._reload(select_id)

    def _show_summary(self, plan: DayPlan, day_end) -> None:
        planned = minutes_label(plan.planned_minutes)
        available = minutes_label(plan.available_minutes)
        if plan.overruns:
            end = plan.items[-1].end if plan.items else day_end
            text = (
                self.tr(
                    "⚠ Planned %1 of %2 available: the day overruns by %3 and ends at %4 "
                    "instead of %5."
                )
                .replace("%1", planned)
                .replace("%2", available)
                .replace("%3", minutes_label(plan.overrun_minutes))
                .replace("%4", clock_time(end))
                .replace("%5", clock_time(day_end))
            )
            self.summary_label.setStyleSheet("font-weight: 600;")
            set_tone(self.summary_label, "danger")
        else:
            text = (
                self.tr("Planned %1 of %2 available · %3 spare.")
                .replace("%1", planned)
                .replace("%2", available)
                .replace("%3", minutes_label(plan.spare_minutes))
            )
            self.summary_label.setStyleSheet("")
            set_tone(self.summary_label, "success")
        self.summary_label.setText(text)

    # -- selection ---------------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def selected_activity(self) -> Activity | None:
        row = self._selected_row()
        if row is None or row >= self.model.rowCount():
            return None
        return self.model.item(row).activity

    def _show_selected(self) -> None:
        activity = self.selected_activity()
        self.editor.show_activity(activity)
        self.jp.show_activity(activity)
        self.questions.show_activity(self.session, activity)
        row = self._selected_row()
        count = self.model.rowCount()
        self.up_button.setEnabled(activity is not None and row > 0)
        self.down_button.setEnabled(activity is not None and row < count - 1)
        self.remove_button.setEnabled(activity is not None)

    # -- actions (each one undo command) -----------------------------------------------------

    def add_method(self, method_key: str) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            return
        activity = self.context.app.library.method(method_key).to_activity(self.context.app.lang)
        row = self._selected_row()
        index = self.model.rowCount() if row is None else row + 1
        self.undo_stack.push(
            AddActivityCommand(
                self.context.app.agenda, self.refresh_after_command, day_id, activity, index
            )
        )

    def remove_selected(self) -> None:
        activity = self.selected_activity()
        day_id = self.current_day_id()
        if activity is None or day_id is None:
            return
        self.undo_stack.push(
            RemoveActivityCommand(
                self.context.app.agenda, self.refresh_after_command, day_id, activity
            )
        )
        self.status.emit(self.tr("Removed “%1”. Undo with Ctrl+Z.").replace("%1", activity.title))

    def show_removed(self) -> None:
        if self.session is None:
            return
        trashed = self.context.app.agenda.trashed(self.session.id)
        dialog = AgendaTrashDialog(self.session, trashed, self.context.app.lang, self)
        if not dialog.exec():
            return
        self.undo_stack.beginMacro(self.tr("Restore activities"))
        for activity, day_id in dialog.chosen():
            end = len(self.context.app.agenda.activities(day_id))
            self.undo_stack.push(
                AddActivityCommand(
                    self.context.app.agenda, self.refresh_after_command, day_id, activity, end
                )
            )
        self.undo_stack.endMacro()

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        target = row + step
        if 0 <= target < self.model.rowCount():
            self._move_rows(row, target)

    def _move_rows(self, source: int, target: int) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            return
        activity_id = self.model.item(source).activity.id
        agenda, refresh = self.context.app.agenda, self.refresh_after_command
        self.undo_stack.push(
            MoveActivityCommand(agenda, refresh, day_id, activity_id, source, target)
        )

    def _edit_selected_field(self, field_name: str, value: object) -> None:
        activity = self.selected_activity()
        if activity is not None:
            self._edit_field(activity.id, field_name, value)

    def _edit_field(self, activity_id: str, field_name: str, value: object) -> None:
        day_id = self.current_day_id()
        row = self.model.row_of(activity_id)
        if day_id is None or row is None:
            return
        before = self.model.item(row).activity
        after = replace(before, **{field_name: value})
        self.undo_stack.push(
            EditActivityCommand(
                self.context.app.agenda,
                self.refresh_after_command,
                day_id,
                before,
                after,
                field_name,
            )
        )

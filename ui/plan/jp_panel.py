"""JP on the Plan page: planned (and, once run, delivered) JP of the day and the session
under the agenda, and whether the selected activity counts toward JP (one undoable change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from facilitation.activity import Activity
from facilitation.jp import counts_by_default, jp_text, session_jp
from facilitation.run_log import actual_timings
from facilitation.session import Session
from storage.jp import JpRepository
from ui.common.changes import Changes
from ui.workspace.session_context import SessionContext

translate = QCoreApplication.translate


class SetJpCountsCommand(QUndoCommand):
    """Whether an activity counts toward JP; undo returns the earlier decision (or default)."""

    def __init__(
        self,
        repo: JpRepository,
        activity: Activity,
        before: bool | None,
        after: bool | None,
        refresh: Callable[[], None],
    ) -> None:
        text = (
            translate("AgendaJp", "Count “%1” toward JP")
            if after
            else translate("AgendaJp", "Leave “%1” out of JP")
        )
        super().__init__(text.replace("%1", activity.title))
        self.repo, self.activity_id, self.refresh = repo, activity.id, refresh
        self.before, self.after = before, after

    def redo(self) -> None:
        self.repo.set_counts(self.activity_id, self.after)
        self.refresh()

    def undo(self) -> None:
        self.repo.set_counts(self.activity_id, self.before)
        self.refresh()


class AgendaJp(QObject):
    """The JP line under the agenda and the JP check box under the activity editor."""

    def __init__(self, context: SessionContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Session | None = None
        self.day_index = 0
        self.activity: Activity | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("jpSummary")
        # The run may have delivered JP since the page was last shown: count again on show.
        self.summary.installEventFilter(self)
        self.counts = QCheckBox(self.tr("Counts toward JP (jam pelajaran)"))
        self.counts.setToolTip(
            self.tr(
                "Breaks, ishoma and the opening and closing ceremonies count for nothing unless "
                "you tick them; learning activities count unless you untick them."
            )
        )
        self.counts.clicked.connect(self._toggled)
        self.show_activity(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.summary and event.type() == QEvent.Type.Show:
            self._show_summary()
        return False

    def _repo(self) -> JpRepository:
        return JpRepository(self.context.app.db)

    def show_day(self, session: Session | None, day_index: int) -> None:
        self.session, self.day_index = session, day_index
        if self.summary.isVisibleTo(self.summary.window()):
            self._show_summary()  # else its Show event counts, once, when the page is shown

    def _show_summary(self) -> None:
        session = self.session
        if session is None or not session.days:
            self.summary.clear()
            return
        rules = self._repo().rules(session.id)
        timings = actual_timings(self.context.app.run_state.events(session.id))
        jp = session_jp(session, rules, timings)
        day = jp.days[min(self.day_index, len(jp.days) - 1)]
        lang_comma = self.context.app.lang == "id"

        def as_jp(minutes: int) -> str:
            return jp_text(minutes, rules.jp_minutes, lang_comma)

        text = (
            self.tr("JP planned: %1 this day · %2 for the session (1 JP = %3 min).")
            .replace("%1", as_jp(day.planned_minutes))
            .replace("%2", as_jp(jp.planned_minutes))
            .replace("%3", str(rules.jp_minutes))
        )
        if day.delivered_minutes is not None:
            text += " " + self.tr("Delivered this day: %1 JP.").replace(
                "%1", as_jp(day.delivered_minutes)
            )
        self.summary.setText(text)

    def show_activity(self, activity: Activity | None) -> None:
        self.activity = activity
        self.counts.setEnabled(activity is not None and self.session is not None)
        if activity is None or self.session is None:
            self.counts.setChecked(False)
            return
        self.counts.setChecked(self._repo().rules(self.session.id).counts(activity))

    def _toggled(self, checked: bool) -> None:
        activity, session = self.activity, self.session
        if activity is None or session is None:
            return
        before = self._repo().rules(session.id).decisions.get(activity.id)
        after: bool | None = checked if checked != counts_by_default(activity) else None
        self.context.undo_stack.push(
            SetJpCountsCommand(self._repo(), activity, before, after, self._refresh)
        )

    def _refresh(self) -> None:
        self._show_summary()
        self.show_activity(self.activity)
        if self.session is not None:
            self.context.app.changes.announce(Changes(self.session.id, people=True))

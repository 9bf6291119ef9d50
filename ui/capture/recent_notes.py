"""The last notes of the activity a capture panel is writing for, newest first, under its box.

On the Run page the note-taker sees that what they typed was saved, and can fix it at once:
Enter, F2 or a double-click opens the note editor, Delete moves the note to the trash, both
through the same undo commands as the Notes page (ui.capture.note_commands). The list reads
at most a handful of rows from the store whenever anything is done or undone, so it never
drifts from what the Notes page shows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from facilitation.notes import NoteKind
from storage import tolerant
from storage.notes import ListRow, NoteRepository
from storage.sessions import NotFoundError
from ui.capture.labels import note_kind_label
from ui.capture.note_commands import edit_note, trash_notes
from ui.capture.panel import CapturePanel
from ui.common.changes import Changes
from ui.common.context import AppContext
from ui.common.elided_label import ElidedLabel
from ui.common.formatting import local_clock
from ui.common.theme import set_tone

Index = QModelIndex | QPersistentModelIndex
RECENT_COUNT = 5


def note_line(row: ListRow) -> str:
    """One line of the list: time · kind · group · speaker: the note's first line."""
    text = " ⏎ ".join(row.text[:300].splitlines())
    who = f"{row.speaker}: " if row.speaker else ""
    kind = tolerant.choice(NoteKind, row.kind, NoteKind.IDEA, "notes.kind")
    parts = [local_clock(row.created_at), note_kind_label(kind)]
    if row.group_label:
        parts.append(row.group_label)
    return " · ".join(parts) + f" · {who}{text}"


class RecentNotesModel(QAbstractListModel):
    def __init__(self, notes: NoteRepository, parent: object = None) -> None:
        super().__init__(parent)
        self.repository = notes
        self.rows: list[ListRow] = []
        self.row_height = 18  # set by the view from its font

    def load(self, session_id: str | None, activity_id: str | None, count: int) -> None:
        self.beginResetModel()
        recent = self.repository.recent
        self.rows = [] if session_id is None else recent(session_id, activity_id, count)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return note_line(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = ", ".join(tolerant.texts(row.tags, "notes.tags"))
            return row.text + (f"\n\n{tags}" if tags else "")
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, self.row_height)
        return None


class RecentNotesView(QListView):
    """Enter or F2 edits the note, Delete moves it to the trash."""

    edit_requested = Signal()
    trash_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.trash_requested.emit()
        else:
            super().keyPressEvent(event)


class RecentNotes(QWidget):
    """Follows one capture panel (follow()): its session and the activity chosen in it. Made
    first, so the panel can be laid out around it."""

    status = Signal(str)

    def __init__(
        self,
        app: AppContext,
        undo_stack: QUndoStack,
        count: int = RECENT_COUNT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel: CapturePanel | None = None
        self.app = app
        self.notes = app.notes
        self.undo_stack = undo_stack
        self.count = count
        self._stale = False  # an undo step came while the list was out of sight
        self.model = RecentNotesModel(self.notes, self)
        self.caption = ElidedLabel()  # any width: the whole caption is its tooltip
        set_tone(self.caption, "muted")
        self.caption.setStyleSheet("font-size: 9pt;")
        self.view = RecentNotesView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.row_height = self.view.fontMetrics().height() + 4
        self.view.setFixedHeight(self.model.row_height * count + 2 * self.view.frameWidth())
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.view.edit_requested.connect(self.edit_current)
        self.view.trash_requested.connect(self.trash_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addStretch(1)

    def follow(self, panel: CapturePanel) -> None:
        self.panel = panel
        panel.activity_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.undo_stack.indexChanged.connect(lambda _index: self._undo_step())
        self.app.changes.changed.connect(self._changes_arrived)
        self.refresh()

    def _undo_step(self) -> None:
        """Any undo step of the session (a group formed on the People page too): read now if
        the list is in sight, else when its page is shown again."""
        if self.isVisible() or not self.window().isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the activity's last notes again (a saved, edited, trashed or undone note)."""
        self._stale = False
        if self.panel is None:
            return
        session_id = self.panel.session_id
        current = self.view.currentIndex().row()
        self.model.load(session_id, self.panel.activity_combo.currentData(), self.count)
        if self.model.rows and current >= 0:
            self.view.setCurrentIndex(self.model.index(min(current, len(self.model.rows) - 1)))
        if session_id is None:
            self.caption.setText("")
        elif self.model.rows:
            self.caption.setText(
                self.tr("Last notes here, newest first · Enter or double-click to edit")
            )
        else:
            self.caption.setText(self.tr("No notes for this activity yet."))

    def _changes_arrived(self, changes: Changes) -> None:
        session_id = self.panel.session_id if self.panel is not None else None
        if changes.notes and session_id is not None and changes.concerns(session_id):
            self.refresh()

    def _activities(self) -> list[tuple[str, str]]:
        assert self.panel is not None
        combo = self.panel.activity_combo
        return [
            (combo.itemData(i), combo.itemText(i))
            for i in range(combo.count())
            if combo.itemData(i) is not None
        ]

    def _current_id(self) -> str | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def edit_current(self) -> None:
        note_id = self._current_id()
        if note_id is None or self.panel is None:
            return
        try:
            note = self.notes.get(note_id)
        except NotFoundError:  # gone meanwhile (another page's undo): show what is there
            self.refresh()
            return
        changed = self.panel.note_changed.emit
        if edit_note(self, self.notes, self.undo_stack, note, self._activities(), changed):
            self.status.emit(self.tr("Note changed. Undo with Ctrl+Z."))

    def trash_current(self) -> None:
        note_id = self._current_id()
        if note_id is None or self.panel is None:
            return
        trash_notes(self.notes, self.undo_stack, [note_id], self.panel.note_changed.emit)
        self.status.emit(self.tr("Note moved to the trash. Undo with Ctrl+Z."))

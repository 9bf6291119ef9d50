"""Browsing the session's notes: filter by activity, group, kind, tag or star; star, edit and
move to the trash (Delete), every change undoable with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.notes import Note, NoteKind
from storage.notes import NoteFilters, NoteRepository
from storage.sessions import NotFoundError
from ui.capture.labels import note_kind_label
from ui.capture.note_commands import edit_note, trash_notes
from ui.common.deferred_load import WhenUsed
from ui.common.theme import set_icons
from ui.common.undo import CallbackCommand
from ui.notes.cell_pixmaps import CellPixmapDelegate
from ui.notes.model import NotesTableModel


class NotesTableView(QTableView):
    """Delete trashes, Space stars, Enter or F2 edits the selected note."""

    trash_requested = Signal()
    star_requested = Signal()
    edit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Delete:
            self.trash_requested.emit()
        elif key == Qt.Key.Key_Space:
            self.star_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)


class NotesBrowser(QWidget):
    status = Signal(str)

    def __init__(
        self, notes: NoteRepository, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.notes = notes
        self.undo_stack = undo_stack
        self.activities: list[tuple[str, str]] = []
        # Speakers, groups and tags of the live notes: read when first wanted (used_names).
        self._names: tuple[list[str], list[str], list[str]] | None = None
        self._new_names: tuple[set[str], set[str]] = (set(), set())  # groups, tags saved since
        self._names_listed = False  # the group and tag filters offer every name used

        self.model = NotesTableModel(notes, self)
        self.table = NotesTableView()
        # No filter proxy: the filters are the model's query, and a pass-through one would
        # cost two more Python calls (rowCount, columnCount) per cell painted.
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        widths = {0: 30, 1: 52, 2: 90, 3: 100, 4: 110, 6: 150, 7: 160}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NotesTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # Cells drawn once, then copied (the text column from the note's visible beginning).
        self._delegate = CellPixmapDelegate(self.table, self.model.shown, NotesTableModel.TEXT)
        self.table.setItemDelegate(self._delegate)
        self.table.trash_requested.connect(self.trash_selected)
        self.table.star_requested.connect(self.toggle_star)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.clicked.connect(self._clicked)

        self.activity_filter = QComboBox()
        self.group_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.starred_filter = QCheckBox(self.tr("Starred only"))
        for combo in (self.activity_filter, self.group_filter, self.kind_filter, self.tag_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.starred_filter.toggled.connect(self._apply_filters)
        # The group and tag choices come from every note: listed when first opened.
        self._names_use = WhenUsed(self._show_names, self.group_filter, self.tag_filter)
        self.count_label = QLabel()
        self.star_button = QPushButton(self.tr("★ Star"))
        self.star_button.setToolTip(self.tr("Mark for the report (Space)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Enter or F2"))
        self.trash_button = QPushButton(self.tr("Move to &trash"))
        self.trash_button.setToolTip(self.tr("Delete (undo with Ctrl+Z)"))
        set_icons(self, {"edit_button": "pencil", "trash_button": "trash"})
        self.star_button.clicked.connect(self.toggle_star)
        self.edit_button.clicked.connect(self.edit_selected)
        self.trash_button.clicked.connect(self.trash_selected)

        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Activity"), self.activity_filter),
            (self.tr("Group"), self.group_filter),
            (self.tr("Kind"), self.kind_filter),
            (self.tr("Tag"), self.tag_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        filters.addWidget(self.starred_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch()
        buttons.addWidget(self.star_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- loading -------------------------------------------------------------------------------

    def load(self, session_id: str | None, activities: list[tuple[str, str]]) -> None:
        self.activities = activities
        self.model.load(session_id, dict(activities))
        self.forget_names()
        self._fill_filters()
        # The rows' layout and the scroll bar now, not after the first paint: a list first
        # painted without its scroll bar would be painted again, narrower, once it came.
        self.table.doItemsLayout()

    @property
    def used_names(self) -> tuple[list[str], list[str], list[str]]:
        """Speakers, groups and tags of the session's live notes, read once per list (three
        DISTINCT passes over a 20,000-note session's index: only when a list needs them)."""
        if self._names is None:
            session_id = self.model.session_id
            self._names = ([], [], []) if session_id is None else self.notes.names_used(session_id)
        return self._names

    def forget_names(self) -> None:
        """Notes may have changed elsewhere: read the names used again when next wanted."""
        self._names = None
        self._new_names = (set(), set())
        self._names_listed = False

    def _show_names(self) -> None:
        if not self._names_listed:
            self._fill_filters(with_names=True)

    def _fill_filters(self, with_names: bool = False) -> None:
        """The filters' choices; the groups and tags used only once they were read (until
        then a chosen one stays listed, so the list keeps its filter)."""
        if with_names or self._names_listed:
            _speakers, groups, tags = self.used_names
            self._names_listed = True
        else:  # the chosen ones and those of the notes saved since
            groups = {self.group_filter.currentData(), *self._new_names[0]} - {None}
            tags = {self.tag_filter.currentData(), *self._new_names[1]} - {None}
        choices = (
            (self.activity_filter, self.activities),
            (self.group_filter, [(g, g) for g in sorted(groups, key=str.casefold)]),
            (self.kind_filter, [(k, note_kind_label(k)) for k in NoteKind]),
            (self.tag_filter, [(t, t) for t in sorted(tags, key=str.casefold)]),
        )
        for combo, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
        self._apply_filters()

    def clear_filters(self) -> None:
        widgets = (self.activity_filter, self.group_filter, self.kind_filter, self.tag_filter)
        for combo in widgets:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.starred_filter.blockSignals(True)
        self.starred_filter.setChecked(False)
        self.starred_filter.blockSignals(False)
        self._apply_filters()  # one query, not one per filter

    def _apply_filters(self) -> None:
        kind = self.kind_filter.currentData()
        self.model.set_filters(
            NoteFilters(
                activity_id=self.activity_filter.currentData(),
                group_label=self.group_filter.currentData(),
                kind=NoteKind(kind) if kind else None,
                tag=self.tag_filter.currentData(),
                starred_only=self.starred_filter.isChecked(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("1 note") if total == 1 else self.tr("%1 notes").replace("%1", str(total))
        if shown != total:
            text = (
                self.tr("%1 of %2 notes shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        self.count_label.setText(text)

    def refresh_note(self, note_id: str) -> None:
        """After a save, edit, star or trash (or its undo): show the note as stored."""
        try:
            note = self.notes.get(note_id)
        except NotFoundError:
            note = None
        if note is None or note.in_trash:
            self.model.remove(note_id)
        else:
            self.model.upsert(note)
            # A new group or tag joins the filters (once they list the names used); a note
            # with none (most) reads nothing more.
            known = {self.group_filter.itemData(i) for i in range(self.group_filter.count())}
            known_tags = {self.tag_filter.itemData(i) for i in range(self.tag_filter.count())}
            if (note.group_label and note.group_label not in known) or not (
                set(note.tags) <= known_tags
            ):
                read = self._names_listed
                if read:
                    self.forget_names()  # read again, with the new ones
                else:  # not listed yet: only the new ones join the choices
                    self._new_names[0].update([note.group_label] if note.group_label else [])
                    self._new_names[1].update(note.tags)
                self._fill_filters(with_names=read)
        self._show_count()

    def select_note(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row is None:  # hidden by a filter, perhaps: show all notes and look again
            self.clear_filters()
            row = self.model.row_of(note_id)
        if row is None:
            return False
        index = self.model.index(row, NotesTableModel.TEXT)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    # -- actions -------------------------------------------------------------------------------

    def selected_notes(self) -> list[Note]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows:
            current = self.table.currentIndex()
            if current.isValid():
                rows = {current.row()}
        return [self.model.note(row) for row in sorted(rows)]

    def _clicked(self, index) -> None:
        if index.column() == NotesTableModel.STAR:
            self.toggle_star()

    def toggle_star(self) -> None:
        notes = self.selected_notes()
        if not notes:
            return
        starred = not all(note.starred for note in notes)
        ids = [note.id for note in notes]
        before = {note.id: note.starred for note in notes}

        def apply(values: dict[str, bool]) -> None:
            for note_id, value in values.items():
                self.notes.set_starred(note_id, value)

        self.undo_stack.push(
            CallbackCommand(
                self.tr("Star note") if starred else self.tr("Unstar note"),
                lambda: apply(dict.fromkeys(ids, starred)),
                lambda: apply(before),
                lambda: [self.refresh_note(note_id) for note_id in ids],
            )
        )

    def trash_selected(self) -> None:
        notes = self.selected_notes()
        if not notes:
            return
        ids = [note.id for note in notes]
        row = self.table.currentIndex().row()
        trash_notes(self.notes, self.undo_stack, ids, self.refresh_note)
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.status.emit(
            self.tr("%1 notes moved to the trash. Undo with Ctrl+Z.").replace("%1", str(len(ids)))
        )

    def edit_selected(self) -> None:
        notes = self.selected_notes()
        if not notes:
            return
        edit_note(self, self.notes, self.undo_stack, notes[0], self.activities, self.refresh_note)

"""The capture panel: type, press Enter, and the note is on disk, linked to the activity.

A reusable widget: the Notes page holds one, and the run console embeds another (call
set_session() and set_current_activity() as the day moves on). Both are handed the window's
CaptureState: the kind and group chosen on one are those of the other, and when the run moves
on both say so under the box. Quick keys work while the focus is anywhere in the panel; the
legend under the text box lists them.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings, QStringListModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.notes import BERAKHLAK_VALUES, MINDSET_SHIFTS, SERVICE_AIMS, Note, NoteKind
from facilitation.session import ValidationError
from ui.capture.fields import NoteTextEdit, TagField
from ui.capture.labels import capture_message, note_kind_label
from ui.capture.quick_keys import KINDS, QuickKeys
from ui.capture.state import CaptureState
from ui.common.context import AppContext
from ui.common.deferred_load import WhenUsed
from ui.common.formatting import local_clock
from ui.common.theme import set_icon, set_tone
from ui.common.undo import CallbackCommand

AUTHOR_SETTING = "capture/author"

TEXT_HEIGHT = 78  # the note box on the Notes page: three lines and a half
QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum"
MESSAGE_STYLES = {  # tone (the theme's colour), style
    "saved": ("success", ""),
    "error": ("danger", "font-weight: 600;"),
    "notice": ("info", "font-weight: 600;"),
}


class CapturePanel(QWidget):
    status = Signal(str)
    note_changed = Signal(str)  # note id: saved, or its save undone/redone
    names_wanted = Signal()  # speaker, group or tags about to be entered: fill the completers

    def __init__(
        self,
        context: AppContext,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        state: CaptureState | None = None,
        beside: QWidget | None = None,
    ) -> None:
        """beside: a widget (the Run page's last notes) to the right of the tags and the note
        box, which then take half the width; the note-taker moves up to the first row."""
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack
        self.state = state or CaptureState(self)  # alone (a test): a state of its own
        self.notes = context.notes
        self.session_id: str | None = None
        self.participant_ids: dict[str, str | None] = {}
        self.names_stale = False  # set_names is due: names_wanted asks for it when needed

        self.activity_combo = QComboBox()
        self.activity_combo.setMinimumContentsLength(28)
        self.activity_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo = QComboBox()
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group_combo.lineEdit().setPlaceholderText(self.tr("Whole room"))
        self.group_combo.setMinimumContentsLength(14)
        self.speaker_edit = QLineEdit()
        self.speaker_edit.setPlaceholderText(self.tr("Who said it (optional)"))
        self.speaker_names = QStringListModel(self)
        speaker_completer = QCompleter(self.speaker_names, self)
        speaker_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        speaker_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_edit.setCompleter(speaker_completer)
        self.author_edit = QLineEdit(str(QSettings().value(AUTHOR_SETTING, "") or _user()))
        self.author_edit.setToolTip(self.tr("Your name, kept with every note you take"))
        self.author_edit.editingFinished.connect(
            lambda: QSettings().setValue(AUTHOR_SETTING, self.author_edit.text().strip())
        )

        self.kind_buttons = QButtonGroup(self)
        self.kind_buttons.setExclusive(True)
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(2)
        for number, kind in enumerate(KINDS, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(f"{number} {note_kind_label(kind)}")
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(number)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kind_buttons.addButton(button, number - 1)
            kinds_row.addWidget(button)
        kinds_row.addStretch()
        for button in self.kind_buttons.buttons():
            button.setStyleSheet(
                "QToolButton { padding: 2px 6px; }"
                " QToolButton:checked { background: #1565c0; color: white; font-weight: 600; }"
            )
        self.kind_buttons.button(KINDS.index(self.state.kind)).setChecked(True)
        self.group_combo.setEditText(self.state.group)
        self.kind_buttons.idToggled.connect(self._kind_toggled)
        self.group_combo.editTextChanged.connect(self.state.set_group)
        self.state.kind_changed.connect(self.set_kind)
        self.state.group_changed.connect(self._show_group)
        self.state.followed.connect(self._follow)

        self.tag_field = TagField()
        self.text_edit = NoteTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("Type what the group says, then press Enter to save it.")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(TEXT_HEIGHT)
        self.text_edit.setStyleSheet("font-size: 12pt;")
        self.text_edit.submitted.connect(self.save)
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Enter"))
        self.save_button.clicked.connect(self.save)
        set_icon(self.save_button, "device-floppy")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "Enter save · Shift+Enter new line · Ctrl+1…9 group (Ctrl+0 whole room) · "
                "Alt+1…8 kind · Ctrl+T tag · Ctrl+K speaker · Ctrl+L activity · "
                "after saving, text, speaker and tags are cleared; activity, group and kind stay"
            )
        )
        self.legend.setWordWrap(True)
        set_tone(self.legend, "muted")
        self.legend.setStyleSheet("font-size: 9pt;")

        self._lay_out(kinds_row, beside)

        self.quick_keys = QuickKeys(self, self)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self.quick_keys)
        self._names_use = WhenUsed(
            self._want_names,
            self.speaker_edit,
            self.group_combo,
            self.group_combo.lineEdit(),
            self.tag_field.edit,
        )

    def _lay_out(self, kinds_row: QHBoxLayout, beside: QWidget | None) -> None:
        grid = QGridLayout()
        pairs = [
            (self.tr("Activity"), self.activity_combo, 3),
            (self.tr("Group"), self.group_combo, 2),
            (self.tr("Speaker"), self.speaker_edit, 2),
        ]
        if beside is not None:
            pairs.append((self.tr("Note-taker"), self.author_edit, 2))
        for column, (label, widget, stretch) in enumerate(pairs):
            grid.addWidget(QLabel(label), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, stretch)
        grid.addWidget(QLabel(self.tr("Kind")), 1, 0)
        grid.addLayout(kinds_row, 1, 1, 1, 2 * len(pairs) - 1)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_edit, 1)
        text_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        if beside is None:
            grid.addWidget(QLabel(self.tr("Tags")), 2, 0)
            grid.addWidget(self.tag_field, 2, 1, 1, 3)
            grid.addWidget(QLabel(self.tr("Note-taker")), 2, 4)
            grid.addWidget(self.author_edit, 2, 5)
            layout.addLayout(text_row)
            layout.addWidget(self.message_label)
            layout.addWidget(self.legend)
            return
        tags_row = QHBoxLayout()
        tags_row.addWidget(QLabel(self.tr("Tags")))
        tags_row.addWidget(self.tag_field, 1)
        left = QVBoxLayout()
        left.addLayout(tags_row)
        left.addLayout(text_row, 1)
        left.addWidget(self.message_label)
        left.addWidget(self.legend)
        lower = QHBoxLayout()
        lower.addLayout(left, 1)
        lower.addWidget(beside, 1)
        layout.addLayout(lower, 1)

    def fit_under_timer(self, min_text_height: int) -> None:
        """On the Run page, under the timer: the key legend becomes the box's tooltip (F1
        lists every key) and the box takes the height it is given, at least
        min_text_height, so the page fits a 1366×768 laptop."""
        self.text_edit.setToolTip(self.legend.text())
        self.legend.hide()
        self.text_edit.setMinimumHeight(min_text_height)
        self.text_edit.setMaximumHeight(QWIDGETSIZE_MAX)

    # -- session and names ---------------------------------------------------------------------

    def set_session(
        self,
        session_id: str | None,
        activities: list[tuple[str, str]],
        current_activity_id: str | None = None,
    ) -> None:
        """activities: (id, label) in agenda order; the first is chosen when none is running."""
        self.session_id = session_id
        self.activity_combo.clear()
        self.activity_combo.addItem(self.tr("No particular activity"), None)
        for activity_id, label in activities:
            self.activity_combo.addItem(label, activity_id)
        self.activity_combo.setCurrentIndex(1 if activities else 0)
        if current_activity_id:
            self.set_current_activity(current_activity_id)
        self.text_edit.clear()
        self.message_label.clear()
        self.setEnabled(session_id is not None)

    def set_current_activity(self, activity_id: str | None) -> None:
        index = self.activity_combo.findData(activity_id)
        if index >= 0:
            self.activity_combo.setCurrentIndex(index)

    def set_names(
        self,
        speakers: list[tuple[str, str | None]],
        groups: list[str],
        tags: list[str],
    ) -> None:
        self.names_stale = False
        self.participant_ids = {name.casefold(): pid for name, pid in speakers}
        self.speaker_names.setStringList([name for name, _pid in speakers])
        current = self.group_combo.currentText()
        self.group_combo.blockSignals(True)  # the shared group stays as it is
        self.group_combo.clear()
        self.group_combo.addItem("")
        self.group_combo.addItems(groups)
        self.group_combo.setEditText(current)
        self.group_combo.blockSignals(False)
        suggested = [*BERAKHLAK_VALUES, *MINDSET_SHIFTS, *SERVICE_AIMS]
        folded = {t.casefold() for t in suggested}
        self.tag_field.set_completions(suggested + [t for t in tags if t.casefold() not in folded])

    # -- choosing with quick keys --------------------------------------------------------------

    def current_kind(self) -> NoteKind:
        return KINDS[max(0, self.kind_buttons.checkedId())]

    def set_kind(self, kind: NoteKind) -> None:
        self.kind_buttons.button(KINDS.index(NoteKind(kind))).setChecked(True)

    def current_group(self) -> str:
        return self.group_combo.currentText().strip()

    def _kind_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self.state.set_kind(KINDS[number])

    def _show_group(self, group: str) -> None:
        """The shared group, chosen here or on the other page's box."""
        if group != self.current_group():
            self.group_combo.setEditText(group)

    def _follow(self, activity_id: str, title: str) -> None:
        """The run moved on: this activity, the whole room, and a line saying so."""
        self.set_current_activity(activity_id)
        self._show_message(
            self.tr("Now capturing for: %1 · group: whole room · kind: %2")
            .replace("%1", title)
            .replace("%2", note_kind_label(self.current_kind())),
            style="notice",
        )

    def _want_names(self) -> None:
        if self.names_stale:
            self.names_wanted.emit()

    def pick_group(self, number: int) -> None:
        """Ctrl+number: the number-th group in the list, or "Group number" when not listed."""
        self._want_names()
        if number == 0:
            self.group_combo.setCurrentIndex(0)
            self.group_combo.setEditText("")
        elif number < self.group_combo.count():
            self.group_combo.setCurrentIndex(number)
        else:
            self.group_combo.setEditText(self.tr("Group %1").replace("%1", str(number)))
        self.status.emit(
            self.tr("Group: %1").replace("%1", self.current_group() or self.tr("whole room"))
        )

    # -- saving --------------------------------------------------------------------------------

    def build_note(self) -> Note:
        self.tag_field.take_typed()
        speaker = self.speaker_edit.text().strip()
        return Note(
            session_id=self.session_id or "",
            text=self.text_edit.toPlainText(),
            kind=self.current_kind(),
            tags=self.tag_field.tags(),
            activity_id=self.activity_combo.currentData(),
            group_label=self.current_group(),
            speaker=speaker,
            participant_id=self.participant_ids.get(speaker.casefold()),
            author=self.author_edit.text().strip(),
        )

    def save(self) -> Note | None:
        """Store the typed note (undoable), clear the box, and say so; refuse clearly."""
        if self.session_id is None:
            return None
        note = self.build_note()
        if not note.text.strip():
            return None  # an accidental Enter on an empty box is not an error
        try:
            from facilitation.notes import validate_note

            validate_note(note)
        except ValidationError as error:
            self._show_message(capture_message(error.key, error.details), style="error")
            return None
        # Write first: if the disk is full the error surfaces here, the typed text stays in
        # the box and no undo step points at a note that was never stored.
        self.notes.add(note)
        first_redo = {"pending": True}

        def do() -> None:
            if first_redo["pending"]:
                first_redo["pending"] = False  # push() calls redo once; the note is stored
            else:
                self.notes.restore(note.id)

        self.undo_stack.push(
            CallbackCommand(
                self.tr("Save note"),
                do,
                lambda: self.notes.move_to_trash(note.id),
                lambda: self.note_changed.emit(note.id),
            )
        )
        self.text_edit.clear()
        self.speaker_edit.clear()
        self.tag_field.clear()
        self._show_message(
            self.tr("Saved · %1").replace("%1", local_clock(note.created_at, seconds=True))
        )
        self.text_edit.setFocus()
        return note

    def _show_message(self, text: str, style: str = "saved") -> None:
        tone, weight = MESSAGE_STYLES[style]
        self.message_label.setStyleSheet(weight)
        set_tone(self.message_label, tone)
        self.message_label.setText(text)
        if style != "saved":
            self.status.emit(text)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes; the field stays editable
        return ""

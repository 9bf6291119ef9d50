"""The capture panel: type, press Enter, and the note is on disk, linked to the activity.

A reusable widget: the Notes page holds one, and the run console can embed another (call
set_session() and set_current_activity() as the day moves on). Quick keys work while the
focus is anywhere in the panel; the legend under the text box lists them.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QEvent, QObject, QSettings, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
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
from ui.common.context import AppContext
from ui.common.formatting import local_clock
from ui.common.undo import CallbackCommand

AUTHOR_SETTING = "capture/author"
KINDS = tuple(NoteKind)  # Alt+1 .. Alt+8, in this order
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}

TEXT_HEIGHT = 78  # the note box on the Notes page: three lines and a half
QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum"


class CapturePanel(QWidget):
    status = Signal(str)
    note_changed = Signal(str)  # note id: saved, or its save undone/redone

    def __init__(
        self,
        context: AppContext,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack
        self.notes = context.notes
        self.session_id: str | None = None
        self.participant_ids: dict[str, str | None] = {}

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
        self.kind_buttons.button(0).setChecked(True)

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
        self.legend.setStyleSheet("color: #555; font-size: 9pt;")

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Activity")), 0, 0)
        grid.addWidget(self.activity_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Group")), 0, 2)
        grid.addWidget(self.group_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("Speaker")), 0, 4)
        grid.addWidget(self.speaker_edit, 0, 5)
        grid.addWidget(QLabel(self.tr("Kind")), 1, 0)
        grid.addLayout(kinds_row, 1, 1, 1, 5)
        grid.addWidget(QLabel(self.tr("Tags")), 2, 0)
        grid.addWidget(self.tag_field, 2, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Note-taker")), 2, 4)
        grid.addWidget(self.author_edit, 2, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_edit, 1)
        text_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(text_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.legend)

        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)

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
        self.participant_ids = {name.casefold(): pid for name, pid in speakers}
        self.speaker_names.setStringList([name for name, _pid in speakers])
        current = self.group_combo.currentText()
        self.group_combo.clear()
        self.group_combo.addItem("")
        self.group_combo.addItems(groups)
        self.group_combo.setEditText(current)
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

    def pick_group(self, number: int) -> None:
        """Ctrl+number: the number-th group in the list, or "Group number" when not listed."""
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

    def _quick_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        control, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        if modifiers == control and key in _DIGITS:
            self.pick_group(_DIGITS[key])
        elif modifiers == alt and key in _DIGITS and 1 <= _DIGITS[key] <= len(KINDS):
            self.set_kind(KINDS[_DIGITS[key] - 1])
        elif modifiers == control and key == Qt.Key.Key_T:
            self.tag_field.edit.setFocus()
        elif modifiers == control and key == Qt.Key.Key_K:
            self.speaker_edit.setFocus()
        elif modifiers == control and key == Qt.Key.Key_L:
            self.activity_combo.setFocus()
            self.activity_combo.showPopup()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_quick_key(event):
            event.accept()  # ours, not a window shortcut's: it arrives as a key press
            return True
        if event.type() == QEvent.Type.KeyPress and self._quick_key(event):
            return True
        return super().eventFilter(watched, event)

    def _is_quick_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _DIGITS:
            control, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
            return modifiers in (control, alt)
        keys = (Qt.Key.Key_T, Qt.Key.Key_K, Qt.Key.Key_L)
        return modifiers == Qt.KeyboardModifier.ControlModifier and event.key() in keys

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
            self._show_message(capture_message(error.key, error.details), error=True)
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

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(
            "color: #b00020; font-weight: 600;" if error else "color: #1b5e20;"
        )
        self.message_label.setText(text)
        if error:
            self.status.emit(text)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes; the field stays editable
        return ""

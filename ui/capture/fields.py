"""The capture panel's own input fields: the note box where Enter saves, and the tags as chips."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from facilitation.notes import BERAKHLAK_VALUES, MINDSET_SHIFTS, SERVICE_AIMS
from ui.common.theme import set_look

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NoteTextEdit(QPlainTextEdit):
    """Enter saves the note, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in _ENTER and not shift:
            self.submitted.emit()
            return
        if event.key() in _ENTER:
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)


class TagField(QWidget):
    """Tags as removable chips; type and press Enter (or a comma) to add one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Add a tag (Ctrl+T)…"))
        self.edit.setMinimumWidth(180)
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completed)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self._add_typed)
        self.edit.textEdited.connect(self._maybe_split)
        # A push button leaves its menu arrow room; a tool button drew it over the word.
        self.values_button = QPushButton(self.tr("Values"))
        self.values_button.setToolTip(self.tr("BerAKHLAK values and the mindset shifts"))
        self.values_button.setAutoDefault(False)  # Enter in a dialog still saves
        menu = QMenu(self.values_button)
        for group in (BERAKHLAK_VALUES, MINDSET_SHIFTS, SERVICE_AIMS):
            for tag in group:
                menu.addAction(tag, lambda tag=tag: self.add(tag))
            menu.addSeparator()
        self.values_button.setMenu(menu)
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.chips)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.values_button)

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_completions(self, tags: list[str]) -> None:
        self.completions.setStringList(tags)

    def add(self, tag: str) -> None:
        tag = " ".join(tag.split()).strip(",")
        if not tag or tag.casefold() in {t.casefold() for t in self._tags}:
            return
        self._tags.append(tag)
        self._show_chips()

    def remove(self, tag: str) -> None:
        self._tags = [t for t in self._tags if t != tag]
        self._show_chips()

    def clear(self) -> None:
        self._tags = []
        self.edit.clear()
        self._show_chips()

    def take_typed(self) -> None:
        """A tag typed but not yet confirmed still counts when the note is saved."""
        self._add_typed()

    def _add_typed(self) -> None:
        for part in self.edit.text().split(","):
            self.add(part)
        self.edit.clear()

    def _completed(self, text: str) -> None:
        self.add(text)
        self.edit.clear()

    def _maybe_split(self, text: str) -> None:
        if "," in text:
            self._add_typed()

    def _show_chips(self) -> None:
        while self.chips.count():
            widget = self.chips.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        for tag in self._tags:
            chip = QToolButton()
            chip.setText(f"{tag}  ✕")
            chip.setToolTip(self.tr("Remove this tag"))
            set_look(chip, "chip")  # drawn in the theme's colours
            chip.clicked.connect(lambda _=False, tag=tag: self.remove(tag))
            self.chips.addWidget(chip)
        self.changed.emit()

"""New / Duplicate / Edit / Remove for the user's own scenarios and cases. Built-ins are
read-only: Duplicate makes an editable copy. Every change is an undo command."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from facilitation import cases as case_module
from facilitation import roleplay as roleplay_module
from facilitation.cases import Case, CaseTheme
from facilitation.roleplay import Role, Scenario
from ui.common.context import AppContext
from ui.common.undo import ValueCommand
from ui.methods.library_editors import CaseDialog, ScenarioDialog
from ui.methods.sources import MethodLibraries

COPY_SUFFIX = {"id": "(salinan)", "en": "(copy)"}


class LibraryButtons(QWidget):
    changed = Signal(object)  # key to select, or None

    def __init__(
        self,
        kind: str,  # "scenario" or "case"
        context: AppContext,
        undo_stack: QUndoStack,
        libraries: MethodLibraries,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.context, self.undo_stack, self.libraries = (
            kind,
            context,
            undo_stack,
            libraries,
        )
        self.current: Scenario | Case | None = None
        self.new_button = QPushButton(self.tr("New…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.new_button.clicked.connect(self.new_item)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.new_button,
            self.duplicate_button,
            self.edit_button,
            self.remove_button,
        ):
            layout.addWidget(button)
        self.set_current(None)

    def set_current(self, item: Scenario | Case | None) -> None:
        self.current = item
        own = item is not None and not item.builtin
        self.duplicate_button.setEnabled(item is not None)
        self.edit_button.setEnabled(own)
        self.remove_button.setEnabled(own)
        tip = self.tr("Built-in items are read-only: duplicate to edit.")
        self.edit_button.setToolTip("" if own else tip)

    def _dialog(self, item: Scenario | Case) -> QDialog:
        if self.kind == "scenario":
            return ScenarioDialog(item, self.context.lang, self)
        return CaseDialog(item, self.context.lang, self)

    def _edited(self, dialog: QDialog) -> Scenario | Case:
        return dialog.scenario() if self.kind == "scenario" else dialog.case()

    def _blank(self) -> Scenario | Case:
        key = self.libraries.items.new_key()
        empty = {"id": "", "en": ""}
        if self.kind == "scenario":
            return Scenario(
                key,
                dict(empty),
                dict(empty),
                (Role("role", dict(empty), dict(empty), dict(empty)),),
                debrief_questions={"id": [], "en": []},
            )
        return Case(key, dict(empty), CaseTheme.SERVICE, dict(empty), {"id": [], "en": []})

    def _save(self, item: Scenario | Case | None, key: str) -> None:
        if item is None:
            self.libraries.items.move_to_trash(key)
        elif self.kind == "scenario":
            self.libraries.items.save_scenario(item)
        else:
            self.libraries.items.save_case(item)

    def _push(self, text: str, key: str, before, after) -> None:  # noqa: ANN001
        self.undo_stack.push(
            ValueCommand(
                text,
                lambda item: self._save(item, key),
                before,
                after,
                lambda: self.changed.emit(key if after is not None else None),
            )
        )

    def new_item(self) -> None:
        dialog = self._dialog(self._blank())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            item = self._edited(dialog)
            self._push(self.tr("New library item"), item.key, None, item)

    def duplicate(self) -> None:
        if self.current is None:
            return
        module = roleplay_module if self.kind == "scenario" else case_module
        copy = module.copy_of(self.current, self.libraries.items.new_key(), COPY_SUFFIX)
        dialog = self._dialog(copy)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            item = self._edited(dialog)
            self._push(self.tr("Duplicate library item"), item.key, None, item)

    def edit(self) -> None:
        if self.current is None or self.current.builtin:
            return
        before = self.current
        dialog = self._dialog(before)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = replace(self._edited(dialog), key=before.key)
            self._push(self.tr("Edit library item"), before.key, before, after)

    def remove(self) -> None:
        if self.current is None or self.current.builtin:
            return
        self._push(self.tr("Remove library item"), self.current.key, self.current, None)

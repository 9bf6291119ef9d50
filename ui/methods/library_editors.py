"""Dialogs for the facilitator's own role-play scenarios and cases, in both languages."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.bilingual import LANGUAGES
from facilitation.cases import Case, CaseTheme, case_problem
from facilitation.core_values import CoreValue, value_name
from facilitation.roleplay import (
    MAX_ROUND_MINUTES,
    MAX_ROUNDS,
    ChecklistItem,
    ObserverRole,
    Role,
    Scenario,
    scenario_problem,
)

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def problem_message(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    messages = {
        "title_empty": translate(
            "LibraryEditor", "Please give it a title in at least one language."
        ),
        "no_roles": translate("LibraryEditor", "A scenario needs at least one role."),
        "no_questions": translate("LibraryEditor", "A case needs at least one guiding question."),
        "duplicate_role": translate("LibraryEditor", "Two roles have the same name."),
        "text_too_long": translate("LibraryEditor", "A text is too long."),
        "text_has_nul": translate("LibraryEditor", "A text contains a control character (NUL)."),
        "too_many_questions": translate(
            "LibraryEditor", "Too many guiding questions (at most 20)."
        ),
    }
    return messages.get(key, translate("LibraryEditor", "The input could not be accepted."))


class _Bilingual(QWidget):
    """One tab per language with the same fields."""

    def __init__(self, fields: list[tuple[str, str, bool]]) -> None:
        super().__init__()
        self.editors: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        tabs = QTabWidget()
        for lang in LANGUAGES:
            page = QWidget()
            form = QFormLayout(page)
            for name, label, multiline in fields:
                editor = QPlainTextEdit() if multiline else QLineEdit()
                self.editors[(lang, name)] = editor
                form.addRow(label, editor)
            tabs.addTab(page, LANGUAGE_NAMES[lang])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tabs)

    def set(self, name: str, values: dict) -> None:
        for lang in LANGUAGES:
            editor = self.editors[(lang, name)]
            value = values.get(lang, "")
            text = "\n".join(value) if isinstance(value, list) else str(value)
            editor.setPlainText(text) if isinstance(editor, QPlainTextEdit) else editor.setText(
                text
            )

    def text(self, name: str) -> dict[str, str]:
        result = {}
        for lang in LANGUAGES:
            editor = self.editors[(lang, name)]
            result[lang] = (
                editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            )
        return result

    def lines(self, name: str) -> dict[str, list[str]]:
        return {
            lang: [line.strip() for line in text.splitlines() if line.strip()]
            for lang, text in self.text(name).items()
        }


def _values_box(chosen: tuple[str, ...], lang: str) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks = {}
    for index, value in enumerate(CoreValue):
        check = QCheckBox(value_name(value, lang))
        check.setChecked(str(value) in chosen)
        checks[str(value)] = check
        grid.addWidget(check, index // 4, index % 4)
    return box, checks


class _RowsTable(QWidget):
    """A small editable table (roles, checklist items) with add/remove buttons."""

    def __init__(self, headers: list[str], add_text: str, remove_text: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        add, remove = QPushButton(add_text), QPushButton(remove_text)
        add.clicked.connect(lambda: self.add_row([""] * len(headers)))
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.value_column: int | None = None
        self.lang = "id"

    def add_row(self, cells: list[str], key: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            if column == self.value_column:
                combo = QComboBox()
                for value in CoreValue:
                    combo.addItem(value_name(value, self.lang), str(value))
                combo.setCurrentIndex(max(0, combo.findData(text)))
                self.table.setCellWidget(row, column, combo)
                continue
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(256, key)
            self.table.setItem(row, column, item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[tuple[str, list[str]]]:
        found = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                if column == self.value_column:
                    cells.append(self.table.cellWidget(row, column).currentData())
                else:
                    item = self.table.item(row, column)
                    cells.append(item.text() if item else "")
            first = self.table.item(row, 0)
            key = (first.data(256) if first else "") or ""
            if any(cell.strip() for index, cell in enumerate(cells) if index != self.value_column):
                found.append((key, cells))
        return found


def _unique(base: str, taken: set[str]) -> str:
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}_{number}"
    taken.add(key)
    return key


class ScenarioDialog(QDialog):
    def __init__(self, scenario: Scenario, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Role-play scenario"))
        self.original = scenario
        self.texts = _Bilingual(
            [
                ("title", self.tr("Title:"), False),
                ("context", self.tr("Situation:"), True),
                ("debrief", self.tr("Debrief questions (one per line):"), True),
            ]
        )
        for name, value in (
            ("title", scenario.title),
            ("context", scenario.context),
            ("debrief", scenario.debrief_questions),
        ):
            self.texts.set(name, value)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, MAX_ROUNDS)
        self.rounds.setValue(scenario.rounds)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_ROUND_MINUTES)
        self.minutes.setValue(scenario.round_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        values_box, self.values = _values_box(scenario.values, lang)
        self.roles = _RowsTable(
            [
                self.tr("Role (id)"),
                self.tr("Role (en)"),
                self.tr("Public brief (id)"),
                self.tr("Public brief (en)"),
                self.tr("Private brief (id)"),
                self.tr("Private brief (en)"),
            ],
            self.tr("Add role"),
            self.tr("Remove role"),
        )
        for role in scenario.roles:
            self.roles.add_row(
                [
                    role.name["id"],
                    role.name["en"],
                    role.public_brief["id"],
                    role.public_brief["en"],
                    role.private_brief["id"],
                    role.private_brief["en"],
                ],
                role.key,
            )
        self.checklist = _RowsTable(
            [
                self.tr("Observer (id)"),
                self.tr("Observer (en)"),
                self.tr("Value"),
                self.tr("Behaviour (id)"),
                self.tr("Behaviour (en)"),
            ],
            self.tr("Add checklist item"),
            self.tr("Remove item"),
        )
        self.checklist.value_column, self.checklist.lang = 2, lang
        for observer in scenario.observer_roles:
            for item in observer.checklist:
                self.checklist.add_row(
                    [
                        observer.name["id"],
                        observer.name["en"],
                        item.value,
                        item.text["id"],
                        item.text["en"],
                    ],
                    item.key,
                )
        numbers = QHBoxLayout()
        numbers.addWidget(QLabel(self.tr("Rounds:")))
        numbers.addWidget(self.rounds)
        numbers.addWidget(QLabel(self.tr("Minutes per round:")))
        numbers.addWidget(self.minutes)
        numbers.addStretch()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.texts, 2)
        layout.addLayout(numbers)
        layout.addWidget(QLabel(self.tr("Values it touches:")))
        layout.addWidget(values_box)
        layout.addWidget(QLabel(self.tr("Roles:")))
        layout.addWidget(self.roles, 2)
        layout.addWidget(QLabel(self.tr("Observer checklist:")))
        layout.addWidget(self.checklist, 2)
        layout.addWidget(buttons)
        self.resize(1000, 780)

    def scenario(self) -> Scenario:
        taken: set[str] = set()
        roles = []
        for key, cells in self.roles.rows():
            roles.append(
                Role(
                    _unique(key or "role", taken),
                    {"id": cells[0], "en": cells[1]},
                    {"id": cells[2], "en": cells[3]},
                    {"id": cells[4], "en": cells[5]},
                )
            )
        briefs = {(o.name["id"], o.name["en"]): o.brief for o in self.original.observer_roles}
        observers: dict[tuple[str, str], list[ChecklistItem]] = {}
        item_keys: set[str] = set()
        for key, cells in self.checklist.rows():
            name = (cells[0].strip() or cells[1].strip(), cells[1].strip() or cells[0].strip())
            observers.setdefault(name, []).append(
                ChecklistItem(
                    _unique(key or "item", item_keys), cells[2], {"id": cells[3], "en": cells[4]}
                )
            )
        observer_roles = tuple(
            ObserverRole(
                _unique("observer", taken),
                {"id": name[0], "en": name[1]},
                briefs.get(name, {"id": "", "en": ""}),
                tuple(items),
            )
            for name, items in observers.items()
        )
        return replace(
            self.original,
            title=self.texts.text("title"),
            context=self.texts.text("context"),
            debrief_questions=self.texts.lines("debrief"),
            rounds=self.rounds.value(),
            round_minutes=self.minutes.value(),
            values=tuple(key for key, check in self.values.items() if check.isChecked()),
            roles=tuple(roles),
            observer_roles=observer_roles,
        )

    def accept(self) -> None:
        problem = scenario_problem(self.scenario())
        if problem:
            QMessageBox.warning(self, self.tr("Cannot save"), problem_message(problem))
            return
        super().accept()


class CaseDialog(QDialog):
    def __init__(self, case: Case, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case"))
        self.original = case
        self.texts = _Bilingual(
            [
                ("title", self.tr("Title:"), False),
                ("narrative", self.tr("Story:"), True),
                ("questions", self.tr("Guiding questions (one per line):"), True),
            ]
        )
        for name, value in (
            ("title", case.title),
            ("narrative", case.narrative),
            ("questions", case.questions),
        ):
            self.texts.set(name, value)
        self.theme = QComboBox()
        for theme, label in (
            (CaseTheme.SERVICE, self.tr("Service")),
            (CaseTheme.INTEGRITY, self.tr("Integrity")),
            (CaseTheme.ACCOUNTABILITY, self.tr("Accountability")),
            (CaseTheme.CHANGE, self.tr("Change")),
        ):
            self.theme.addItem(label, theme)
        self.theme.setCurrentIndex(self.theme.findData(case.theme))
        values_box, self.values = _values_box(case.values, lang)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Values it touches:"), values_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.texts, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(820, 640)

    def case(self) -> Case:
        return replace(
            self.original,
            title=self.texts.text("title"),
            narrative=self.texts.text("narrative"),
            questions=self.texts.lines("questions"),
            theme=self.theme.currentData(),
            values=tuple(key for key, check in self.values.items() if check.isChecked()),
        )

    def accept(self) -> None:
        problem = case_problem(self.case())
        if problem:
            QMessageBox.warning(self, self.tr("Cannot save"), problem_message(problem))
            return
        super().accept()

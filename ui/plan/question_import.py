"""Import quiz and pre/post test questions from a sheet (XLSX or CSV): the file is read off
the UI thread through the guarded reader (storage/roster_files.py, storage/xlsx_guard.py
limits), each line is previewed with its problem, and only the good lines import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.room.questions import Question, option_letter
from facilitation.room.sheet_import import SheetLine, parse_question_rows
from storage.roster_files import RosterFileError, read_roster_file
from storage.roster_sheets import load_workbook_reader
from ui.common.operations import QueryOp
from ui.plan.question_labels import kind_label, question_problem
from ui.workspace.session_context import SessionContext


def read_sheet(path: Path, session_id: str, activity_id: str) -> list[SheetLine]:
    """The sheet's lines as questions or problems (runs on a worker thread)."""
    sheet = read_roster_file(path)
    return parse_question_rows(sheet.rows, session_id, activity_id)


class QuestionImportDialog(QDialog):
    HEADERS = ("line", "question", "kind", "options", "correct", "problem")

    def __init__(
        self,
        context: SessionContext,
        session_id: str,
        activity_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions from a sheet"))
        self.context = context
        self.session_id, self.activity_id = session_id, activity_id
        self.lines: list[SheetLine] = []
        hint = QLabel(
            self.tr(
                "One line per question: the question, options A to F, the correct letter(s) "
                "(e.g. B, or A, C) and the kind (quiz, pre-test, post-test or poll)."
            )
        )
        hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel()
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Question"),
                self.tr("Kind"),
                self.tr("Options"),
                self.tr("Correct"),
                self.tr("Problem"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._show([])
        self.resize(820, 480)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Questions from a sheet"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file off the UI thread, then preview it."""
        self.file_label.setText(path.name)
        self.summary.setText(self.tr("Reading…"))
        self.choose_button.setEnabled(False)

        def failed(message: str) -> None:
            self.choose_button.setEnabled(True)
            self._show([])
            self.summary.setText(message)

        def done(lines: list[SheetLine]) -> None:
            self.choose_button.setEnabled(True)
            self._show(lines)

        load_workbook_reader()  # on this thread, not the worker (see its docstring)
        QueryOp(
            parent=self,
            context=self.context.app,
            work=lambda _progress: read_sheet(path, self.session_id, self.activity_id),
            success=done,
            needs_store=False,
            label=f"reading questions from {path.name}",
        ).failure(failed, describe=self._failure_text).run()

    def _failure_text(self, error: Exception) -> str:
        detail = error.key if isinstance(error, RosterFileError) else type(error).__name__
        return self.tr("This file cannot be read as a sheet of questions (%1).").replace(
            "%1", detail
        )

    def _show(self, lines: list[SheetLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            q = line.question
            cells = [
                str(line.line),
                q.prompt if q else "",
                kind_label(q.kind) if q else "",
                str(len(q.options)) if q else "",
                ", ".join(option_letter(i) for i in q.correct) if q else "",
                question_problem(line.problem, line.detail) if line.problem else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        good = len(self.questions())
        bad = len(lines) - good
        if lines:
            self.summary.setText(
                self.tr("%1 question(s) ready; %2 line(s) with a problem are left out.")
                .replace("%1", str(good))
                .replace("%2", str(bad))
            )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(good > 0)

    def questions(self) -> list[Question]:
        return [line.question for line in self.lines if line.question is not None]

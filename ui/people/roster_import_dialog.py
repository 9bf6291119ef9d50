"""Import roster…: choose the office's sheet, check which column holds what, see every problem
by line, correct a cell or leave a line out, then import every chosen line at once (or nobody).

The file is read off the UI thread (a QueryOp); nothing is written until Import is pressed,
and then the People page commits it as one undoable command (see ui/common/operations.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.participants import Participant
from facilitation.roster import Edits, RosterField, RosterPreview, find_header_row, parse_roster
from storage.roster_files import RosterFile, RosterFileError, read_roster_file
from storage.roster_sheets import load_workbook_reader
from ui.common.elided_label import ElidedLabel
from ui.common.file_dialogs import ROSTERS, ask_open_path
from ui.common.operations import QueryOp
from ui.common.theme import current_tokens, set_tone
from ui.people.labels import (
    roster_field_label,
    roster_file_message,
    roster_problem_message,
    skipped_lines_message,
)
from ui.people.roster_preview import PreviewModel
from ui.people.roster_summary import grouped_skips, summary

MAPPING_COLUMNS = 4  # column choices per row: each header stays readable whole


class RosterImportDialog(QDialog):
    preview_ready = Signal()

    def __init__(
        self,
        existing: list[Participant],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import participant list"))
        self.resize(1200, 700)
        self.existing = existing
        self.roster_file: RosterFile | None = None
        self.preview: RosterPreview | None = None
        self.combos: list[QComboBox] = []
        self.edits: Edits = {}  # cells corrected in the preview, by (line, field)
        self.left_out: set[int] = set()  # lines unticked in the preview

        self.file_label = QLabel(
            self.tr("Choose the organiser's sheet (.xlsx, .xls, .ods or .csv).")
        )
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "danger")
        self.error_label.setStyleSheet("font-weight: 600;")
        self.error_label.hide()

        self.sheet_combo = QComboBox()
        self.sheet_combo.setToolTip(self.tr("The workbook has several sheets: choose the list."))
        self.sheet_combo.hide()
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1)
        self.header_spin.setPrefix(self.tr("Header on line "))
        prefix_width = self.header_spin.fontMetrics().horizontalAdvance(
            self.header_spin.prefix() + "0000"
        )
        self.header_spin.setMinimumWidth(prefix_width + 40)
        self.header_spin.valueChanged.connect(self._header_line_changed)
        self.mapping_box = QWidget()
        self.mapping_layout = QGridLayout(self.mapping_box)
        self.mapping_layout.setContentsMargins(0, 0, 0, 0)
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setWidget(self.mapping_box)
        self.mapping_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.preview_model = PreviewModel(self)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Queued: the sheet is checked again (and the model reset) once the view has finished
        # committing the edit or the click, never from inside it.
        queued = Qt.ConnectionType.QueuedConnection
        self.preview_model.cell_edited.connect(self.edit_cell, queued)
        self.preview_model.line_chosen.connect(self.choose_line, queued)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.problem_list = QListWidget()
        self.problem_list.currentItemChanged.connect(self._show_problem_line)
        self.leave_out_button = QPushButton(self.tr("&Leave out this line"))
        self.leave_out_button.setToolTip(
            self.tr("The selected line is not imported; tick it again in the table to take it.")
        )
        self.leave_out_button.clicked.connect(self._leave_out_selected)
        fix_hint = QLabel(
            self.tr("Double-click a cell to correct it, or untick a line to leave it out.")
        )
        fix_hint.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.sheet_combo)
        file_row.addWidget(self.progress)
        file_row.addWidget(self.choose_button)
        mapping_title = QHBoxLayout()
        mapping_label = QLabel(self.tr("Which column holds what (guessed from the headers):"))
        mapping_label.setStyleSheet("font-weight: 600;")
        mapping_title.addWidget(mapping_label, 1)
        mapping_title.addWidget(self.header_spin)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_title = QLabel(self.tr("Problems by line"))
        problems_title.setStyleSheet("font-weight: 600;")
        problems_bar = QHBoxLayout()
        problems_bar.addWidget(problems_title)
        problems_bar.addWidget(fix_hint, 1)
        problems_bar.addWidget(self.leave_out_button)
        problems_layout.addLayout(problems_bar)
        problems_layout.addWidget(self.problem_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview_table)
        splitter.addWidget(problems_box)
        splitter.setSizes([380, 150])
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.error_label)
        layout.addLayout(mapping_title)
        layout.addWidget(self.mapping_scroll)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

    # -- reading -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(
            self,
            ROSTERS,
            self.tr("Choose the participant list"),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read the file in the background; the preview appears when it is done."""
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.error_label.hide()
        self.progress.show()
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        load_workbook_reader()  # on this thread, not the worker (see its docstring)
        QueryOp(
            parent=self,
            context=None,
            work=lambda _progress: read_roster_file(path, sheet),
            success=self._file_read,
            needs_store=False,
            label=f"reading {path.name}",
        ).failure(self._file_failed, describe=_read_failure_text).run()

    def _file_failed(self, message: str) -> None:
        self.progress.hide()
        self.choose_button.setEnabled(True)
        self.roster_file = None
        self._set_preview(None)
        self._rebuild_mapping([])
        self.error_label.setText(message)
        self.error_label.show()
        self.preview_ready.emit()

    def _file_read(self, roster_file: RosterFile) -> None:
        self.progress.hide()
        self.choose_button.setEnabled(True)
        self.roster_file = roster_file
        self.edits, self.left_out = {}, set()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(roster_file.sheets)
        self.sheet_combo.setCurrentText(roster_file.sheet)
        self.sheet_combo.setVisible(len(roster_file.sheets) > 1)
        header_index = find_header_row(roster_file.rows) or 0
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(1, min(len(roster_file.rows), 50)))
        self.header_spin.setValue(roster_file.rows[header_index][0])
        self.header_spin.blockSignals(False)
        preview = self._parse(None, header_index)
        self._rebuild_mapping(preview.headers, preview.mapping)
        self._set_preview(preview)
        self.preview_ready.emit()

    def _sheet_chosen(self, _index: int) -> None:
        if (
            self.roster_file is not None
            and self.sheet_combo.currentText() != self.roster_file.sheet
        ):
            self.load_file(self.roster_file.path, self.sheet_combo.currentText())

    # -- mapping -----------------------------------------------------------------------------

    def _rebuild_mapping(self, headers: list[str], mapping: list | None = None) -> None:
        while self.mapping_layout.count():
            widget = self.mapping_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        row_height = QComboBox().sizeHint().height() + 6  # while there is no column
        for column, header in enumerate(headers):
            box = QWidget()
            box_layout = QVBoxLayout(box)  # the header above its choice: one line each
            box_layout.setContentsMargins(2, 1, 8, 1)
            box_layout.setSpacing(1)
            title = ElidedLabel(f"{_column_letter(column)}: {header or '—'}")  # whole: tooltip
            combo = QComboBox()
            combo.addItem(roster_field_label(None), None)
            for roster_field in RosterField:
                combo.addItem(roster_field_label(roster_field), roster_field)
            chosen = mapping[column] if mapping and column < len(mapping) else None
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            box_layout.addWidget(title, 1)
            box_layout.addWidget(combo)
            self.combos.append(combo)
            self.mapping_layout.addWidget(box, *divmod(column, MAPPING_COLUMNS))
            row_height = box.sizeHint().height() + max(0, self.mapping_layout.verticalSpacing())
        rows = max(1, min(3, -(-len(headers) // MAPPING_COLUMNS)))
        self.mapping_scroll.setFixedHeight(rows * row_height + 2 * self.mapping_scroll.frameWidth())

    def mapping(self) -> list[RosterField | None]:
        return [combo.currentData() for combo in self.combos]

    def set_column_field(self, column: int, roster_field: RosterField | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(roster_field) if roster_field else 0)

    def _mapping_changed(self, column: int) -> None:
        chosen = self.combos[column].currentData()
        if chosen is not None:
            # A field comes from one column: the column that had it gives it up.
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._reparse()

    def _header_line_changed(self, line: int) -> None:
        if self.roster_file is None:
            return
        index = next((i for i, (at, _c) in enumerate(self.roster_file.rows) if at >= line), 0)
        preview = self._parse(None, index)
        self._rebuild_mapping(preview.headers, preview.mapping)
        self._set_preview(preview)

    def _reparse(self) -> None:
        if self.roster_file is None:
            return
        line = self.header_spin.value()
        index = next((i for i, (at, _c) in enumerate(self.roster_file.rows) if at >= line), 0)
        current = self.preview_table.currentIndex()
        self._set_preview(self._parse(self.mapping(), index))
        if current.isValid():
            self.preview_table.setCurrentIndex(current)

    def _parse(self, mapping: list | None, header_index: int) -> RosterPreview:
        assert self.roster_file is not None
        rows = self.roster_file.rows
        return parse_roster(rows, mapping, header_index, self.existing, self.edits, self.left_out)

    # -- fixing lines in the preview ---------------------------------------------------------

    def edit_cell(self, line: int, roster_field: RosterField, text: str) -> None:
        """A cell corrected in the table: the line is checked again as if the sheet said so."""
        self.edits[line, roster_field] = text
        self._reparse()

    def choose_line(self, line: int, chosen: bool) -> None:
        (self.left_out.discard if chosen else self.left_out.add)(line)
        self._reparse()

    def _leave_out_selected(self) -> None:
        current = self.preview_table.currentIndex()
        if current.isValid():
            self.choose_line(self.preview_model.line_of_row(current.row()), False)

    # -- preview -----------------------------------------------------------------------------

    def _set_preview(self, preview: RosterPreview | None) -> None:
        self.preview = preview
        self.preview_model.set_preview(preview)
        self.preview_table.resizeColumnsToContents()
        self.problem_list.clear()
        if preview is None:
            self.summary_label.clear()
            self.import_button.setEnabled(False)
            return
        for problem in preview.problems[:2000]:
            item = QListWidgetItem(roster_problem_message(problem))
            tokens = current_tokens()
            colour = QColor(tokens.danger if problem.blocking else tokens.warning)
            if problem.line in preview.left_out:
                colour = QColor(tokens.muted)
            item.setForeground(QBrush(colour))
            item.setData(Qt.ItemDataRole.UserRole, problem.line)
            self.problem_list.addItem(item)
        for first, last, reason in grouped_skips(preview.skipped):
            item = QListWidgetItem(skipped_lines_message(first, last, reason))
            item.setForeground(QBrush(QColor(current_tokens().muted)))
            item.setData(Qt.ItemDataRole.UserRole, first)
            self.problem_list.addItem(item)
        text, tone = summary(preview)
        self.summary_label.setStyleSheet("font-weight: 600;" if tone else "")
        set_tone(self.summary_label, tone)
        self.summary_label.setText(text.strip())
        self.import_button.setEnabled(preview.can_import)

    def _show_problem_line(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        row = self.preview_model.row_of_line(item.data(Qt.ItemDataRole.UserRole))
        if row is not None:
            self.preview_table.selectRow(row)
            self.preview_table.scrollTo(self.preview_model.index(row, 0))

    def _accept_if_ready(self) -> None:
        if self.preview is not None and self.preview.can_import:
            self.accept()

    def participants(self) -> list[Participant]:
        return self.preview.participants if self.preview and self.preview.can_import else []


def _read_failure_text(error: Exception) -> str:
    """A file the reader refused says why; anything else is a damaged file, never a crash."""
    if isinstance(error, RosterFileError):
        return roster_file_message(error.key, error.detail)
    return roster_file_message("damaged_file", str(error))


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

"""Check-in: for one day, type a few letters of a name, press Space or Enter, next person.

Counts by institution follow each check-in; the daftar hadir prints from here.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.participants import attendance_by_institution
from ui.common.theme import set_icons
from ui.people.participants_model import ParticipantsFilterModel, ParticipantsTableModel

VISIBLE_COLUMNS = (
    ParticipantsTableModel.PRESENT,
    ParticipantsTableModel.NAME,
    ParticipantsTableModel.NIP,
    ParticipantsTableModel.INSTITUTION,
)
CHECK_IN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
ABSENT_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class CheckInTable(QTableView):
    """Space or Enter checks the highlighted person in; Delete marks them absent."""

    check_in_requested = Signal()
    absent_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in CHECK_IN_KEYS:
            self.check_in_requested.emit()
            return
        if event.key() in ABSENT_KEYS:
            self.absent_requested.emit()
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Typing filters; Up/Down move in the list; Enter checks in the one match (or the person
    picked with Up/Down)."""

    check_in_requested = Signal()
    step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class CheckInTab(QWidget):
    check_in_requested = Signal(str)  # participant id
    absent_requested = Signal(str)  # participant id
    ambiguous = Signal(int)  # Enter with this many matches and nobody picked
    day_changed = Signal(int)
    print_requested = Signal()
    cards_requested = Signal()

    def __init__(self, model: ParticipantsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.day_combo = QComboBox()
        self.day_combo.currentIndexChanged.connect(self.day_changed)
        self.search = SearchBox()
        self.search.setPlaceholderText(
            self.tr("Type a name, NIP or institution; Enter marks the one match present")
        )
        self.search.setClearButtonEnabled(True)
        self.proxy = ParticipantsFilterModel(self)
        self.proxy.setSourceModel(model)
        self.search.textChanged.connect(self._search)
        self.picked = False  # the user chose a row (Up/Down, a click) since the last keystroke
        self._counts_stale = False  # the counts wait while another tab is in front
        self.search.check_in_requested.connect(self.check_in_current)
        self.search.step_requested.connect(self._step)
        self.table = CheckInTable()
        self.table.setModel(self.proxy)
        self.table.check_in_requested.connect(self._check_in_picked)
        self.table.absent_requested.connect(self.mark_absent_current)
        self.table.doubleClicked.connect(lambda _index: self._check_in_picked())
        self.table.clicked.connect(lambda _index: setattr(self, "picked", True))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for column in range(model.columnCount()):
            self.table.setColumnHidden(column, column not in VISIBLE_COLUMNS)
        header = self.table.horizontalHeader()
        # Not ResizeToContents: that re-measures all rows after every check-in.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ParticipantsTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ParticipantsTableModel.PRESENT, 100)
        header.resizeSection(ParticipantsTableModel.NIP, 205)
        header.resizeSection(ParticipantsTableModel.INSTITUTION, 240)
        self.table.setStyleSheet("QTableView { font-size: 11pt; }")

        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.counts = QTableWidget(0, 2)
        self.counts.setHorizontalHeaderLabels([self.tr("Institution"), self.tr("Present")])
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.print_button = QPushButton(self.tr("Print &attendance sheet…"))
        self.print_button.clicked.connect(self.print_requested)
        self.cards_button = QPushButton(self.tr("Print &name cards…"))
        self.cards_button.clicked.connect(self.cards_requested)
        self.absent_button = QPushButton(self.tr("Mark &absent"))
        self.absent_button.setToolTip(self.tr("The highlighted person was checked in by mistake"))
        self.absent_button.clicked.connect(self.mark_absent_current)
        set_icons(self, {"print_button": "printer", "absent_button": "user-x"})

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day_combo)
        top.addWidget(self.search, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.total_label)
        right_layout.addWidget(self.counts, 1)
        right_layout.addWidget(self.absent_button)
        right_layout.addWidget(self.print_button)
        right_layout.addWidget(self.cards_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_days(self, labels: list[str], current: int) -> None:
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        self.day_combo.addItems(labels)
        self.day_combo.setCurrentIndex(current)
        self.day_combo.blockSignals(False)

    def _search(self, text: str) -> None:
        self.picked = False
        self.proxy.set_search(text)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self._select_proxy_row(0)
        elif self.proxy.rowCount():
            current = self.table.currentIndex()
            self._select_proxy_row(current.row() if current.isValid() else 0)

    def _select_proxy_row(self, row: int) -> None:
        row = max(0, min(row, self.proxy.rowCount() - 1))
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, ParticipantsTableModel.NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _step(self, step: int) -> None:
        self.picked = True
        if self.proxy.rowCount():
            current = self.table.currentIndex()
            self._select_proxy_row((current.row() if current.isValid() else -step) + step)

    def check_in_current(self) -> None:
        """Enter in the search box: the one match, or the person picked with Up/Down."""
        matches = self.proxy.rowCount()
        if matches > 1 and self.search.text() and not self.picked:
            self.ambiguous.emit(matches)
            return
        if matches == 1:
            self._emit_for(self.proxy.index(0, 0), self.check_in_requested)
        else:
            self._emit_for(self.table.currentIndex(), self.check_in_requested)

    def _check_in_picked(self) -> None:
        self._emit_for(self.table.currentIndex(), self.check_in_requested)

    def mark_absent_current(self) -> None:
        self._emit_for(self.table.currentIndex(), self.absent_requested)

    def _emit_for(self, index, signal) -> None:  # noqa: ANN001
        if index.isValid():
            source = self.proxy.mapToSource(index)
            signal.emit(self.model.participant(source.row()).id)

    def show_stale_counts(self) -> None:
        if self._counts_stale:
            self.show_counts()

    def after_check_in(self) -> None:
        """Ready for the next person: the search is cleared when it was used."""
        if self.search.text():
            self.search.clear()
            self.search.setFocus()
        self.show_counts()

    def show_counts(self) -> None:
        """The day's totals; behind another tab they wait until this one is chosen."""
        self._counts_stale = self.isHidden()
        if self._counts_stale:
            return
        people = self.model.participants()
        present = self.model.present_ids()
        here = sum(1 for p in people if p.id in present)
        self.total_label.setText(
            self.tr("%1 of %2 present").replace("%1", str(here)).replace("%2", str(len(people)))
        )
        rows = attendance_by_institution(people, present)
        self.counts.setRowCount(len(rows))
        for row, (institution, count, total) in enumerate(rows):
            name = QTableWidgetItem(institution or self.tr("(no institution)"))
            figure = QTableWidgetItem(f"{count} / {total}")
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 0, name)
            self.counts.setItem(row, 1, figure)

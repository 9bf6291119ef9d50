"""The official report's narrative sections, one plain editor each, saved like notes: every
pause in typing (and leaving the section) stores the text in one transaction as an undoable
step; typing on in the same section merges into that step. A start is offered from the
session's objectives (aims) and the decisions captured in the room (conclusions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.official import MAX_SECTION_LENGTH, ReportSection, starting_text
from facilitation.session import ValidationError
from storage.official import OfficialRepository
from storage.official_source import captured_decisions
from storage.sessions import NotFoundError
from ui.common.labels import validation_message
from ui.common.undo import ValueCommand
from ui.workspace.session_context import SessionContext

translate = QCoreApplication.translate
SAVE_AFTER_MS = 800


def section_label(section: ReportSection) -> str:
    return {
        ReportSection.FOREWORD: translate("Sections", "Foreword"),
        ReportSection.BACKGROUND: translate("Sections", "I A. Background"),
        ReportSection.AIMS: translate("Sections", "I B. Aims"),
        ReportSection.TARGETS: translate("Sections", "I C. Targets"),
        ReportSection.EXPECTED_RESULTS: translate("Sections", "I D. Expected results"),
        ReportSection.ACTIVITIES_METHODS: translate("Sections", "II D. Activities and methods"),
        ReportSection.GROUP_RESULTS: translate("Sections", "II E. Results of group work"),
        ReportSection.EVALUATION: translate("Sections", "II G. Evaluation"),
        ReportSection.CONCLUSIONS: translate("Sections", "III A. Conclusions"),
        ReportSection.RECOMMENDATIONS: translate("Sections", "III B. Recommendations"),
    }[section]


class SectionTextsPanel(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repository = OfficialRepository(context.app.db)
        self.session_id: str | None = None
        self.texts: dict[ReportSection, str] = {}
        self.section = ReportSection.FOREWORD
        self.sections = QListWidget()
        for section in ReportSection:
            item = QListWidgetItem(section_label(section))
            item.setData(256, str(section))
            self.sections.addItem(item)
        self.sections.setMaximumWidth(230)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            self.tr("Write this part of the official report here; it is saved as you type.")
        )
        self.offer_button = QPushButton(self.tr("Start from the session"))
        self.offer_button.setToolTip(
            self.tr("Adds the session's objectives or the decisions captured in the room.")
        )
        self.state = QLabel()
        self.state.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.offer_button)
        bar.addStretch(1)
        bar.addWidget(self.state)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save_pending)
        self.editor.textChanged.connect(self._typed)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.offer_button.clicked.connect(self.offer_start)
        self._loading = False
        self.setEnabled(False)

    def open_session(self, session_id: str) -> None:
        self.save_pending()  # what was typed for the session open before stays with it
        self.session_id = session_id
        self.setEnabled(True)
        self.reload()
        if self.sections.currentRow() < 0:
            self.sections.setCurrentRow(0)

    def close_session(self) -> None:
        self.save_pending()
        self.session_id = None
        self.setEnabled(False)

    def reload(self) -> None:
        if self.session_id is None:
            return
        self.texts = self.repository.section_texts(self.session_id)
        self._show(self.section)

    def _show(self, section: ReportSection) -> None:
        self.section = section
        self._loading = True
        self.editor.setPlainText(self.texts.get(section, ""))
        self._loading = False
        self.offer_button.setEnabled(
            section in (ReportSection.AIMS, ReportSection.CONCLUSIONS, ReportSection.GROUP_RESULTS)
        )
        self.state.setText("")

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.save_pending()
        self._show(ReportSection(self.sections.item(row).data(256)))

    def _typed(self) -> None:
        if not self._loading:
            self.state.setText(self.tr("Typing…"))
            self.timer.start()

    def save_pending(self) -> None:
        """Store what the editor holds if it differs from the store: one undoable step."""
        self.timer.stop()
        if self.session_id is None:
            return
        text = self.editor.toPlainText()
        before = self.texts.get(self.section, "")
        if text == before:
            return
        if len(text) > MAX_SECTION_LENGTH:
            self.state.setText(validation_message("text_too_long", {"limit": MAX_SECTION_LENGTH}))
            return
        session_id, section = self.session_id, self.section

        def apply(value: str) -> None:
            try:
                self.repository.set_section_text(session_id, section, value)
            except (ValidationError, NotFoundError) as error:
                self.state.setText(validation_message(getattr(error, "key", ""), {}))
                return
            self.texts[section] = value
            if self.section == section and self.editor.toPlainText() != value:
                self._loading = True
                self.editor.setPlainText(value)
                self._loading = False

        command = ValueCommand(
            self.tr("Edit %1").replace("%1", section_label(section)),
            apply,
            before,
            text,
            lambda: self.state.setText(self.tr("Saved")),
            merge_key=("report_text", session_id, str(section)),
        )
        self.context.undo_stack.push(command)

    def offer_start(self) -> None:
        """Put the session's objectives or captured decisions after what is written."""
        if self.session_id is None:
            return
        session = self.context.app.sessions.get(self.session_id)
        start = starting_text(
            self.section, session, captured_decisions(self.context.app.db, self.session_id)
        )
        if not start:
            self.state.setText(self.tr("Nothing to start from yet."))
            return
        current = self.editor.toPlainText().rstrip()
        self.editor.setPlainText(f"{current}\n\n{start}" if current else start)
        self.save_pending()

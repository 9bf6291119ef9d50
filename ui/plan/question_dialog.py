"""The dialog that writes one question for phones in the room: its kind, the question, the
options (one per line), the correct letters of a quiz or test and the kind's settings."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import ActivityKind
from facilitation.evaluation import ReactionTarget
from facilitation.room.questions import (
    CHOICE_KINDS,
    MAX_WORDS_PER_ANSWER,
    SCORED_KINDS,
    Question,
    QuestionKind,
    Target,
    option_letter,
    validate_question,
)
from facilitation.session import Session, ValidationError
from ui.plan.question_labels import kind_label, question_problem

# Kinds whose answers may be linked to people by the personal code (a quiz for its per-person
# scores); a pre/post test always asks for it.
CODE_OPTIONAL_KINDS = (QuestionKind.QUIZ, QuestionKind.REACTION, QuestionKind.COMMITMENT)


class QuestionDialog(QDialog):
    def __init__(self, question: Question, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Question for phones"))
        self.original = question
        self.session = session
        self.targets: list[Target] = list(question.targets)
        self.kind = QComboBox()
        for kind in QuestionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(list(QuestionKind).index(question.kind))
        self.prompt = QPlainTextEdit(question.prompt)
        self.prompt.setMaximumHeight(70)
        self.options = QPlainTextEdit("\n".join(question.options))
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.correct = QLineEdit(", ".join(option_letter(i) for i in question.correct))
        self.correct.setPlaceholderText(self.tr("e.g. B, or A, C"))
        self.scale = QComboBox()
        self.scale.addItem(self.tr("1 to 5"), 5)
        self.scale.addItem(self.tr("1 to 10"), 10)
        self.scale.setCurrentIndex(1 if question.scale_max == 10 else 0)
        self.words = QSpinBox()
        self.words.setRange(1, MAX_WORDS_PER_ANSWER)
        self.words.setValue(question.max_words)
        self.moderated = QCheckBox(self.tr("Check each one before it shows"))
        self.moderated.setChecked(bool(question.settings.get("moderated", True)))
        self.needs_code = QCheckBox(self.tr("Ask for the personal code (links answers to people)"))
        self.needs_code.setChecked(bool(question.settings.get("needs_code", False)))
        self.rate_all = QPushButton(self.tr("Rate every activity and facilitator"))
        self.rate_all.clicked.connect(self.fill_reaction_lines)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Question"), self.prompt)
        self.form.addRow(self.tr("Options"), self.options)
        self.form.addRow("", self.rate_all)
        self.form.addRow(self.tr("Correct letter(s)"), self.correct)
        self.form.addRow(self.tr("Scale"), self.scale)
        self.form.addRow(self.tr("Words per phone"), self.words)
        self.form.addRow("", self.moderated)
        self.form.addRow("", self.needs_code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self.options.textChanged.connect(self._options_typed)
        self._show_fields()
        self.resize(520, 460)

    def current_kind(self) -> QuestionKind:
        return QuestionKind(self.kind.currentData())

    def _show_fields(self) -> None:
        kind = self.current_kind()
        shown = {
            self.options: kind in CHOICE_KINDS or kind is QuestionKind.REACTION,
            self.rate_all: kind is QuestionKind.REACTION,
            self.correct: kind in SCORED_KINDS,
            self.scale: kind is QuestionKind.SCALE,
            self.words: kind is QuestionKind.WORD_CLOUD,
            self.moderated: kind in (QuestionKind.WORD_CLOUD, QuestionKind.IDEAS),
            self.needs_code: kind in CODE_OPTIONAL_KINDS,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def _options_typed(self) -> None:
        # Lines typed by hand rate nothing in particular: their ratings are shown on their own.
        if len(self.targets) != len(self._option_lines()):
            self.targets = []

    def _option_lines(self) -> list[str]:
        return [line.strip() for line in self.options.toPlainText().splitlines() if line.strip()]

    def fill_reaction_lines(self) -> None:
        """One line per activity of the agenda (not breaks) and per facilitator."""
        lines: list[tuple[str, Target]] = [
            (a.title, Target(str(ReactionTarget.ACTIVITY), a.id))
            for day in self.session.days
            for a in day.activities
            if a.kind != ActivityKind.BREAK
        ]
        lines += [
            (n, Target(str(ReactionTarget.FACILITATOR), n)) for n in self.session.facilitators
        ]
        self.options.setPlainText("\n".join(title for title, _t in lines))
        self.targets = [target for _title, target in lines]

    def question(self) -> Question:
        """The question as typed (not yet checked)."""
        kind = self.current_kind()
        question = copy.deepcopy(self.original)
        question.kind = kind
        question.prompt = " ".join(self.prompt.toPlainText().split())
        has_options = kind in CHOICE_KINDS or kind is QuestionKind.REACTION
        question.options = self._option_lines() if has_options else []
        question.targets = list(self.targets) if kind is QuestionKind.REACTION else []
        letters = [ch for ch in self.correct.text().upper() if ch.isalpha()]
        question.correct = (
            sorted({ord(ch) - ord("A") for ch in letters}) if kind in SCORED_KINDS else []
        )
        settings: dict[str, object] = {}
        if kind is QuestionKind.SCALE:
            settings["scale_max"] = self.scale.currentData()
        if kind is QuestionKind.WORD_CLOUD:
            settings["max_words"] = self.words.value()
        if kind in (QuestionKind.WORD_CLOUD, QuestionKind.IDEAS):
            settings["moderated"] = self.moderated.isChecked()
        if kind in CODE_OPTIONAL_KINDS:
            settings["needs_code"] = self.needs_code.isChecked()
        question.settings = settings
        return question

    def accept(self) -> None:
        try:
            validate_question(self.question())
        except ValidationError as error:
            self.message.setText(question_problem(error.key))
            return
        super().accept()

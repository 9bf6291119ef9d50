"""Small dialogs of the People page: add a participant, and print options (language, layout)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitation.documents.group_cards import CardLayout
from facilitation.id_dates import parse_date
from facilitation.participants import (
    EDITABLE_FIELDS,
    Gender,
    Participant,
    participant_problems,
)
from ui.common.theme import set_tone
from ui.people.labels import gender_label, participant_problem_message


class ParticipantDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, institutions: list[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add participant"))
        self.name_edit = QLineEdit()
        self.nip_edit = QLineEdit()
        self.nip_edit.setPlaceholderText(self.tr("18 digits, may stay empty"))
        self.position_edit = QLineEdit()
        self.institution_combo = QComboBox()
        self.institution_combo.setEditable(True)
        self.institution_combo.addItems(list(institutions))
        self.institution_combo.setCurrentText("")
        self.gender_combo = QComboBox()
        for gender in (Gender.UNKNOWN, Gender.MALE, Gender.FEMALE):
            self.gender_combo.addItem(gender_label(gender) or "—", gender)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.rank_edit = QLineEdit()
        self.rank_edit.setPlaceholderText(self.tr("e.g. Pembina / IV.a"))
        self.birth_place_edit = QLineEdit()
        self.birth_date_edit = QLineEdit()
        self.birth_date_edit.setPlaceholderText(self.tr("e.g. 12-03-1978, may stay empty"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("N&IP"), self.nip_edit)
        form.addRow(self.tr("&Position"), self.position_edit)
        form.addRow(self.tr("&Institution"), self.institution_combo)
        form.addRow(self.tr("&Gender"), self.gender_combo)
        form.addRow(self.tr("P&hone"), self.phone_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Rank/grade"), self.rank_edit)
        form.addRow(self.tr("Place of &birth"), self.birth_place_edit)
        form.addRow(self.tr("&Date of birth"), self.birth_date_edit)
        self.error_label = QLabel()
        set_tone(self.error_label, "danger")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._person: Participant | None = None
        self._editing: Participant | None = None

    def fill(self, person: Participant) -> None:
        """Edit an existing participant: the same form, filled with what is stored."""
        self.setWindowTitle(self.tr("Edit participant"))
        self._editing = person
        self.name_edit.setText(person.name)
        self.nip_edit.setText(person.nip)
        self.position_edit.setText(person.position)
        self.institution_combo.setCurrentText(person.institution)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(person.gender)))
        self.phone_edit.setText(person.phone)
        self.email_edit.setText(person.email)
        self.rank_edit.setText(person.rank_grade)
        self.birth_place_edit.setText(person.birth_place)
        self.birth_date_edit.setText(person.birth_date)

    def _collect(self) -> Participant:
        return Participant(
            name=self.name_edit.text().strip(),
            nip=self.nip_edit.text().strip().replace(" ", ""),
            position=self.position_edit.text().strip(),
            institution=self.institution_combo.currentText().strip(),
            gender=self.gender_combo.currentData(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            rank_grade=self.rank_edit.text().strip(),
            birth_place=self.birth_place_edit.text().strip(),
            birth_date=_birth_date(self.birth_date_edit.text()),
        )

    def _try_accept(self) -> None:
        person = self._collect()
        if self._editing is not None:  # the same person: id, number and stamps kept
            person = replace(
                self._editing, **{name: getattr(person, name) for name in EDITABLE_FIELDS}
            )
        problems = participant_problems(person)
        if problems:
            self.error_label.setText(participant_problem_message(problems[0]))
            return
        self._person = person
        self.accept()

    def participant(self) -> Participant | None:
        return self._person


def _birth_date(text: str) -> str:
    """An Indonesian date as ISO; text that is no date is kept, and refused with a message."""
    text = text.strip()
    return (parse_date(text) or text) if text else ""


class PrintOptionsDialog(QDialog):
    def __init__(
        self,
        title: str,
        language: str,
        with_layout: bool = False,
        parent: QWidget | None = None,
        with_codes: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.codes_check = QCheckBox(self.tr("Print the personal codes (for phones in the room)"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(0 if language == "id" else 1)
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(
            self.tr("One page per group (for the tables)"), CardLayout.PAGE_PER_GROUP
        )
        self.layout_combo.addItem(self.tr("All groups in one list"), CardLayout.LIST)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_combo)
        if with_layout:
            form.addRow(self.tr("La&yout"), self.layout_combo)
        else:
            self.layout_combo.hide()
        if with_codes:
            form.addRow("", self.codes_check)
        else:
            self.codes_check.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def language(self) -> str:
        return self.language_combo.currentData()

    def codes_wanted(self) -> bool:
        return self.codes_check.isChecked() and not self.codes_check.isHidden()

    def card_layout(self) -> CardLayout:
        return self.layout_combo.currentData()

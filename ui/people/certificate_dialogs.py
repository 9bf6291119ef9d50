"""The dialogs of the JP and certificates tab: certificate settings (with the next number
shown as it is typed, and a clear sentence when the pattern cannot work), issuing (language,
date, one file or one per person, letterhead and logo) and verifying a printed certificate.
Both start from what was saved: the session's, or for a new session what was last used."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.certificates import (
    CertificateError,
    CertificateSettings,
    check_settings,
    parse_qr,
    preview_number,
)
from facilitation.documents.report.flow import ReportImageError, check_image
from facilitation.paperwork import MAX_ADDRESS_LENGTH, LetterheadFiles
from storage.certificates import Verification, VerifyStatus
from ui.common.certificate_messages import certificate_error_text
from ui.common.exchange_messages import image_error_text
from ui.common.file_dialogs import IMAGES
from ui.common.image_picker import ImagePicker, letterhead_files, show_letterhead

ERROR_STYLE = "color: #b00020;"
translate = QCoreApplication.translate


def _buttons(dialog: QDialog, accept_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CertificateSettingsDialog(QDialog):
    """What every certificate of the session prints besides the person."""

    def __init__(
        self, settings: CertificateSettings, issued_on: date, parent: QWidget, address: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate settings"))
        self.issued_on = issued_on
        self.pattern = QLineEdit(settings.number_pattern)
        self.org = QLineEdit(settings.org_code)
        self.institution = QLineEdit(settings.institution)
        self.address = QLineEdit(address)
        self.address.setMaxLength(MAX_ADDRESS_LENGTH)
        self.address.setPlaceholderText(self.tr("printed under the institution when no kop"))
        self.place = QLineEdit(settings.place)
        self.signatory_name = QLineEdit(settings.signatory_name)
        self.signatory_position = QLineEdit(settings.signatory_position)
        self.signatory_nip = QLineEdit(settings.signatory_nip)
        self.institution.setPlaceholderText(self.tr("the organiser when empty"))
        self.place.setPlaceholderText(self.tr("the venue when empty"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "{no} is the running number (never used twice; {no:03} writes 001), {org} the "
                "office code, {year} and {month} (in roman numerals) the date of issue."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Number &pattern"), self.pattern)
        form.addRow("", hint)
        form.addRow(self.tr("Office &code ({org})"), self.org)
        form.addRow(self.tr("Next number"), self.preview)
        form.addRow(self.tr("Issuing &institution"), self.institution)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Place of &signing"), self.place)
        form.addRow(self.tr("Signatory's &name"), self.signatory_name)
        form.addRow(self.tr("Signatory's p&osition"), self.signatory_position)
        form.addRow(self.tr("Signatory's NI&P"), self.signatory_nip)
        self.buttons = _buttons(self, self.tr("Save"))
        self.buttons.accepted.connect(self._try_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for edit in (self.pattern, self.org):
            edit.textChanged.connect(self._show_preview)
        self._show_preview()

    def settings(self) -> CertificateSettings:
        return CertificateSettings(
            number_pattern=self.pattern.text().strip(),
            org_code=self.org.text().strip(),
            institution=self.institution.text().strip(),
            place=self.place.text().strip(),
            signatory_name=self.signatory_name.text().strip(),
            signatory_position=self.signatory_position.text().strip(),
            signatory_nip=self.signatory_nip.text().strip(),
        )

    def address_text(self) -> str:
        return " ".join(self.address.text().split())

    def problem(self) -> str | None:
        settings = self.settings()
        try:
            preview_number(settings.number_pattern, settings.org_code, self.issued_on)
            check_settings(settings)
        except CertificateError as error:
            return certificate_error_text(error)
        return None

    def _show_preview(self) -> None:
        problem = self.problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)
        if problem is not None:
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(problem)
            return
        settings = self.settings()
        self.preview.setStyleSheet("")
        self.preview.setText(
            self.tr("%1 (for example)").replace(
                "%1", preview_number(settings.number_pattern, settings.org_code, self.issued_on)
            )
        )

    def _try_accept(self) -> None:
        if self.problem() is None:
            self.accept()


class IssueDialog(QDialog):
    """Language, date of issue, one file or one per person, letterhead and logo."""

    def __init__(
        self,
        completed: int,
        lang: str,
        issued_on: date,
        ask_open_path,
        parent: QWidget,
        files: LetterheadFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue certificates"))
        self.ask_open_path = ask_open_path
        intro = QLabel(
            self.tr(
                "%1 participants completed the training. Each gets a certificate with a number "
                "from the register; issuing again keeps their numbers, and a corrected "
                "certificate keeps its number with a revision mark."
            ).replace("%1", str(completed))
        )
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.date = QDateEdit(QDate(issued_on.year, issued_on.month, issued_on.day))
        self.date.setCalendarPopup(True)
        self.one_file = QRadioButton(self.tr("All in one PDF file"))
        self.per_person = QRadioButton(self.tr("One PDF file per person, in a folder"))
        self.one_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.per_person)
        self.kop = ImagePicker(self.tr("Letterhead (kop surat)"), self)
        self.logo = ImagePicker(self.tr("Logo"), self)
        self.kop.choose.clicked.connect(lambda: self._pick(self.kop))
        self.logo.choose.clicked.connect(lambda: self._pick(self.logo))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.show_files(files or LetterheadFiles())
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Date of issue"), self.date)
        form.addRow(self.tr("Files"), self.one_file)
        form.addRow("", self.per_person)
        form.addRow(self.tr("Letterhead (kop)"), self.kop)
        form.addRow(self.tr("Logo"), self.logo)
        buttons = _buttons(self, self.tr("Issue…"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def lang(self) -> str:
        return self.language.currentData()

    def show_files(self, files: LetterheadFiles) -> None:
        self.error.setText(show_letterhead(self.kop, self.logo, files))

    def files(self) -> LetterheadFiles:
        return letterhead_files(self.kop, self.logo)

    def issued_on(self) -> date:
        return self.date.date().toPython()

    def _pick(self, picker: ImagePicker) -> None:
        path = self.ask_open_path(IMAGES, picker.caption, self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            check_image(Path(path))
        except ReportImageError as error:
            self.error.setText(image_error_text(error))
            return
        self.error.clear()
        picker.set_path(Path(path))


class VerifyDialog(QDialog):
    """Type the number and check value from the paper, or paste what a QR scanner read."""

    def __init__(self, verify, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.verify = verify  # (number, check) -> Verification
        self.number = QLineEdit()
        self.number.setPlaceholderText("001/SKP/BPSDM/2026")
        self.check = QLineEdit()
        self.check.setPlaceholderText("ABCD-EFGH")
        self.scanned = QPlainTextEdit()
        self.scanned.setPlaceholderText(self.tr("or paste the text a QR scanner read"))
        self.scanned.setMaximumHeight(60)
        self.scanned.textChanged.connect(self._from_scan)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.run_check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Certificate &number"), self.number)
        form.addRow(self.tr("&Check value"), self.check)
        form.addRow(self.tr("QR &text"), self.scanned)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.setMinimumWidth(480)

    def _from_scan(self) -> None:
        text = self.scanned.toPlainText().strip()
        if not text:
            return
        try:
            content = parse_qr(text)
        except CertificateError as error:
            self._say(certificate_error_text(error), good=False)
            return
        self.number.setText(content.number)
        self.check.setText(content.check)
        self.run_check()

    def run_check(self) -> None:
        number, check = self.number.text().strip(), self.check.text().strip()
        if not number or not check:
            self._say(self.tr("Type the number and the check value printed beside the QR code."))
            return
        self._say(*verification_text(self.verify(number, check)))

    def _say(self, text: str, good: bool | None = None) -> None:
        colour = {True: "color: #1b5e20;", False: ERROR_STYLE}.get(good, "")
        self.result.setStyleSheet(colour + " font-weight: 600;" if colour else "")
        self.result.setText(text)


def verification_text(result: Verification) -> tuple[str, bool]:
    """(sentence, whether it is good news)."""
    entry = result.entry
    if entry is not None:
        details = (
            translate("VerifyDialog", "%1, %2 JP, “%3”, issued on %4.")
            .replace("%1", entry.name)
            .replace("%2", entry.jp_text)
            .replace("%3", result.session_title)
            .replace("%4", entry.issued_on.isoformat())
        )
    if result.status == VerifyStatus.VALID:
        return translate("VerifyDialog", "✔ Genuine: issued by this laptop. %1").replace(
            "%1", details
        ), True
    if result.status == VerifyStatus.SUPERSEDED:
        text = translate(
            "VerifyDialog", "✔ Genuine, but replaced by a corrected certificate (revision %1). %2"
        )
        return text.replace("%1", str(result.latest_revision)).replace("%2", details), False
    if result.status == VerifyStatus.OTHER_LAPTOP:
        text = translate(
            "VerifyDialog",
            "Listed in a register imported from another laptop; only that laptop can confirm "
            "the check value. %1",
        )
        return text.replace("%1", details), False
    if result.status == VerifyStatus.WRONG_CHECK:
        return translate(
            "VerifyDialog", "✘ The number is in the register but the check value does not match."
        ), False
    return translate("VerifyDialog", "✘ This number is not in the register of this laptop."), False

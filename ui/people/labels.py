"""Words for the people and groups domain: fields, genders, roster problems, file errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.participants import Gender
from facilitation.roster import RosterField, RosterProblem
from facilitation.roster_layout import Skipped

translate = QCoreApplication.translate


def gender_label(gender: Gender | str) -> str:
    labels = {
        Gender.UNKNOWN: "",
        Gender.MALE: translate("Gender", "M"),
        Gender.FEMALE: translate("Gender", "F"),
    }
    return labels[Gender(gender)]


def gender_from_label(text: str) -> Gender | None:
    """The gender a label of the M/F column names (in the UI's language), as typed in a cell."""
    for gender in Gender:
        if gender_label(gender).casefold() == text.casefold():
            return gender
    return None


def roster_field_label(roster_field: RosterField | None) -> str:
    if roster_field is None:
        return translate("RosterField", "(not imported)")
    labels = {
        RosterField.NAME: translate("RosterField", "Name"),
        RosterField.NIP: translate("RosterField", "NIP"),
        RosterField.POSITION: translate("RosterField", "Position (jabatan)"),
        RosterField.INSTITUTION: translate("RosterField", "Unit / institution"),
        RosterField.GENDER: translate("RosterField", "Gender (L/P)"),
        RosterField.PHONE: translate("RosterField", "Phone"),
        RosterField.EMAIL: translate("RosterField", "E-mail"),
        RosterField.RANK: translate("RosterField", "Rank/grade (pangkat/golongan)"),
        RosterField.GRADE: translate("RosterField", "Grade (golongan), after the rank"),
        RosterField.BIRTH_PLACE: translate("RosterField", "Place of birth"),
        RosterField.BIRTH_DATE: translate("RosterField", "Date of birth"),
        RosterField.BIRTH: translate("RosterField", "Place and date of birth"),
    }
    return labels[roster_field]


def skipped_lines_message(first: int, last: int, reason: Skipped) -> str:
    """One entry of the preview's list for lines that were not read as people."""
    reasons = {
        Skipped.TITLE: translate("RosterSkipped", "title above the table, not read"),
        Skipped.HEADER: translate("RosterSkipped", "second row of the header"),
        Skipped.NUMBERING: translate(
            "RosterSkipped", "column numbering (1 2 3 …) under the header, not read"
        ),
        Skipped.BELOW_TABLE: translate(
            "RosterSkipped", "below the table (totals, notes, signatures), not read"
        ),
    }
    where = (
        translate("RosterSkipped", "Line %1").replace("%1", str(first))
        if first == last
        else translate("RosterSkipped", "Lines %1–%2")
        .replace("%1", str(first))
        .replace("%2", str(last))
    )
    return f"{where}: {reasons[reason]}"


def extra_lines_text(lines: list[int]) -> str:
    """Says that a person's NIP (or more) was read from the next line: "with line 8"."""
    return translate("RosterSkipped", "+ line %1").replace("%1", ", ".join(map(str, lines)))


def participant_problem_message(key: str) -> str:
    messages = {
        "name_empty": translate("RosterProblem", "The name is empty."),
        "nip_not_digits": translate("RosterProblem", "The NIP may contain only digits."),
        "nip_wrong_length": translate("RosterProblem", "A NIP has 18 digits."),
        "nip_rounded": translate(
            "RosterProblem",
            "The NIP is stored as a number in the sheet and has lost its last digits: "
            "format the column as text and type it again.",
        ),
        "nip_is_date": translate(
            "RosterProblem", "The NIP cell holds a date: format the column as text."
        ),
        "text_too_long": translate("RosterProblem", "A field is too long."),
        "text_has_nul": translate("RosterProblem", "The text contains a control character (NUL)."),
        "text_has_bidi_control": translate(
            "RosterProblem",
            "The text contains a hidden character that reverses the writing direction "
            "(it can disguise a name): type it again without it.",
        ),
        "name_invisible": translate(
            "RosterProblem",
            "The name is made only of invisible characters (zero-width spaces or the like).",
        ),
        "cell_error": translate("RosterProblem", "The cell holds a spreadsheet error."),
        "formula_not_calculated": translate(
            "RosterProblem",
            "The cell holds a formula (%1) whose result was never saved: open the file in "
            "Excel or LibreOffice, save it, and import it again.",
        ),
        "duplicate_in_file": translate("RosterProblem", "The same person is already on line %1."),
        "nip_in_session": translate(
            "RosterProblem",
            "NIP %1 is already in this session as %2: correct the NIP or the name, or leave "
            "this line out.",
        ),
        "no_name_column": translate(
            "RosterProblem", "No column is mapped to Name: choose which column holds the names."
        ),
        "no_rows": translate("RosterProblem", "There are no participant rows below the header."),
        "gender_unknown": translate(
            "RosterProblem", "Gender not recognised (use L or P); it is left empty."
        ),
        "column_unnamed": translate(
            "RosterProblem",
            "Column %1 has data but no header (merged header cells?): map it by hand if needed.",
        ),
        "group_name_empty": translate("RosterProblem", "A group needs a name."),
        "birth_date_invalid": translate(
            "RosterProblem", "The date of birth is not a real date (write it as 12-03-1978)."
        ),
        "birth_date_unreadable": translate(
            "RosterProblem",
            "The date of birth cannot be read, so it is left empty (write it as 12-03-1978 or "
            "12 Maret 1978).",
        ),
    }
    return messages.get(key, translate("RosterProblem", "The value cannot be accepted."))


def roster_problem_message(problem: RosterProblem) -> str:
    message = participant_problem_message(problem.key)
    if problem.key == "nip_in_session":
        message = message.replace("%1", problem.detail).replace("%2", problem.known_as[:60])
    elif problem.key in ("duplicate_in_file", "column_unnamed"):
        message = message.replace("%1", problem.detail)
    elif problem.detail and problem.key not in ("nip_rounded",):
        message += f" ({problem.detail[:60]})"
    if problem.line:
        return (
            translate("RosterProblem", "Line %1: %2")
            .replace("%1", str(problem.line))
            .replace("%2", message)
        )
    return message


def roster_file_message(key: str, detail: str = "") -> str:
    messages = {
        "cannot_open": translate("RosterFile", "The file cannot be opened."),
        "empty_file": translate("RosterFile", "The file is empty."),
        "file_too_big": translate(
            "RosterFile", "The file is too big (more than %1 MB) for a participant list."
        ),
        "too_many_rows": translate(
            "RosterFile", "The sheet has more than %1 rows: that is not a participant list."
        ),
        "encrypted_or_old_excel": translate(
            "RosterFile",
            "The workbook is password-protected (or damaged): open it in Excel or LibreOffice, "
            "remove the password, save it and choose it again.",
        ),
        "not_a_spreadsheet": translate(
            "RosterFile",
            "This is not a spreadsheet: choose an .xlsx, .xls, .xlsb, .ods or .csv file.",
        ),
        "damaged_file": translate(
            "RosterFile",
            "The workbook is damaged or not the spreadsheet its name says, and cannot be read.",
        ),
        "workbook_too_big": translate(
            "RosterFile",
            "The workbook unpacks to far more than a participant list (%1): it was not read.",
        ),
        "cell_too_long": translate(
            "RosterFile",
            "A cell holds more text than a spreadsheet allows: this is not a participant list.",
        ),
        "mixed_encoding": translate(
            "RosterFile",
            "The file mixes two text encodings (first at line %1), so letters such as é would "
            "be garbled: save it again in Excel or LibreOffice as “CSV UTF-8” and import that.",
        ),
        "unknown_encoding": translate(
            "RosterFile",
            "The file's text is in an unknown encoding (line %1): save it again in Excel or "
            "LibreOffice as “CSV UTF-8” and import that.",
        ),
        "mojibake": translate(
            "RosterFile",
            "Some letters in the file are already garbled, as after a double conversion "
            "(line %1): correct them, or save the original again as “CSV UTF-8”, and import "
            "that.",
        ),
    }
    message = messages.get(key, translate("RosterFile", "The file cannot be read."))
    return message.replace("%1", detail)


def grouping_message(key: str) -> str:
    messages = {
        "value_too_small": translate("Grouping", "Choose at least 1."),
        "nobody_present": translate("Grouping", "Nobody is present to put into groups."),
        "more_groups_than_people": translate(
            "Grouping", "There are more groups than people present."
        ),
        "lock_too_big": translate(
            "Grouping", "A keep-together lock has more people than fit in one group."
        ),
        "locks_conflict": translate(
            "Grouping", "Two people are both kept together and kept apart."
        ),
        "locks_unsatisfiable": translate(
            "Grouping", "The locks cannot all be met with this number of groups."
        ),
    }
    return messages.get(key, translate("Grouping", "The groups cannot be formed."))

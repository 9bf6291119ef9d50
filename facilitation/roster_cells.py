"""One line of an office's sheet read into a participant: each cell checked by what its column
holds (a NIP that Excel rounded, a phone that lost its 0, an Indonesian birth date, a name
cell that carries the NIP), and every problem said by key and line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from facilitation.id_dates import parse_date, split_place_and_date
from facilitation.participants import (
    MAX_FIELD_LENGTH,
    MAX_NAME_LENGTH,
    Gender,
    Participant,
    is_invisible,
    nip_problem,
    normalise_nip,
    parse_gender,
    text_problem,
)
from facilitation.phones import phone_from_number, restore_lost_zero
from facilitation.roster_headers import RosterField
from facilitation.roster_layout import split_name_and_nip


class UncalculatedFormula(str):
    """A formula cell whose result was never saved in the file (the sheet was written by a
    program, not by Excel or LibreOffice): what it shows is unknown, so it is not read as an
    empty cell. The string is the formula itself."""


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    # Excel's mark for "keep this as text" ('198806...) comes along when a sheet is saved as CSV.
    return text[1:].strip() if text.startswith("'") else text


@dataclass(frozen=True)
class RosterProblem:
    line: int  # spreadsheet/CSV line, 1-based; 0 for the file as a whole
    key: str
    blocking: bool
    column: RosterField | None = None
    detail: str = ""  # e.g. the offending value, or the line of the first copy
    known_as: str = ""  # nip_in_session: the name the session already has for this NIP


BLOCKING_KEYS = {
    "name_empty",
    "nip_not_digits",
    "nip_wrong_length",
    "nip_rounded",
    "nip_is_date",
    "text_too_long",
    "text_has_nul",
    "text_has_bidi_control",
    "name_invisible",
    "cell_error",
    "formula_not_calculated",
    "duplicate_in_file",
    "nip_in_session",
    "no_name_column",
    "no_rows",
    "birth_date_invalid",
}


def _problem(
    line: int,
    key: str,
    column: RosterField | None = None,
    detail: str = "",
    known_as: str = "",
) -> RosterProblem:
    return RosterProblem(line, key, key in BLOCKING_KEYS, column, detail, known_as)


Edits = dict[tuple[int, RosterField], str]  # (line, field) -> the text typed in the preview


_SCIENTIFIC = re.compile(r"^'?\d+(?:[.,]\d+)?[eE][+]?\d+$")
_ERROR_CELL = re.compile(r"^#(N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$")


def _nip_from_cell(value: object) -> tuple[str, str | None]:
    """The NIP text, and a problem key when the cell cannot hold a trustworthy NIP."""
    if isinstance(value, datetime | date):
        return cell_text(value), "nip_is_date"
    if isinstance(value, str) and _SCIENTIFIC.match(value.strip()):
        # The same number after a trip through CSV: "1,98806E+17" (or with a dot).
        return value.strip(), "nip_rounded"
    if isinstance(value, float):
        # A spreadsheet number keeps ~15 significant digits: an 18-digit NIP stored as a number
        # has already lost its last digits, so it must be re-typed as text, never guessed.
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value)), None
        return f"{value:.15g}", "nip_rounded"
    return normalise_nip(cell_text(value)), None


def parse_line(
    line: int,
    cells: Sequence[object],
    columns: dict[RosterField, int],
    edits: Edits,
    nip_below: object = None,
) -> tuple[Participant, list[RosterProblem]]:
    """nip_below: the cell of the person's NIP line, when the sheet has no NIP column."""
    problems: list[RosterProblem] = []
    texts = dict.fromkeys(_ALL_FIELDS, "")  # a field with no column stays "" (the common case)
    nip_in_name = ""
    width = len(cells)
    for roster_field in _ALL_FIELDS:
        if edits and (line, roster_field) in edits:
            value: object = edits[line, roster_field]
        else:
            index = columns.get(roster_field)
            value = cells[index] if index is not None and index < width else None
        if value is None and roster_field is not RosterField.NIP:
            continue
        if isinstance(value, UncalculatedFormula):
            problems.append(_problem(line, "formula_not_calculated", roster_field, str(value)))
            continue
        if isinstance(value, str) and "#" in value and _ERROR_CELL.match(value.strip()):
            problems.append(_problem(line, "cell_error", roster_field, value.strip()))
            continue
        if roster_field == RosterField.NAME and isinstance(value, str):
            value, nip_in_name = split_name_and_nip(value)  # "NAMA\nNIP. 1978…" in one cell
        if roster_field == RosterField.NIP:
            empty = cell_text(value) == ""
            if empty and nip_in_name:
                value = nip_in_name
            elif empty and nip_below is not None:
                value = nip_below
                if isinstance(value, str) and "nip" in value.casefold():
                    value = split_name_and_nip(value)[1]  # "NIP. 1978…", or "NIP. -": none
            nip, key = _nip_from_cell(value)
            texts[roster_field] = nip
            key = key or nip_problem(nip)
            if key:
                problems.append(_problem(line, key, roster_field, nip))
            continue
        if roster_field == RosterField.PHONE and _is_number(value):
            text = phone_from_number(value)  # Excel dropped its leading 0
        elif roster_field == RosterField.PHONE:
            text = restore_lost_zero(cell_text(value))
        elif roster_field in (RosterField.BIRTH, RosterField.BIRTH_DATE):
            texts[roster_field] = _date_text(line, roster_field, value, problems)
            continue
        elif type(value) is str:  # cell_text's own steps for text, without the call
            text = value.strip()
            if text[:1] == "'":
                text = text[1:].strip()
        else:
            text = cell_text(value)
        limit = MAX_NAME_LENGTH if roster_field == RosterField.NAME else MAX_FIELD_LENGTH
        key = text_problem(text, limit)
        if key:
            problems.append(_problem(line, key, roster_field))
            text = ""
        texts[roster_field] = text
    gender = parse_gender(texts[RosterField.GENDER])
    if gender is None:
        problems.append(
            _problem(line, "gender_unknown", RosterField.GENDER, texts[RosterField.GENDER])
        )
        gender = Gender.UNKNOWN
    name_refused = any(p.column == RosterField.NAME for p in problems)
    if RosterField.NAME in columns and not name_refused:
        if not texts[RosterField.NAME]:
            problems.append(_problem(line, "name_empty", RosterField.NAME))
        elif is_invisible(texts[RosterField.NAME]):
            # Zero-width spaces and the like: a row that looks filled but names nobody.
            problems.append(_problem(line, "name_invisible", RosterField.NAME))
    place, born = texts[RosterField.BIRTH_PLACE], texts[RosterField.BIRTH_DATE]
    if RosterField.BIRTH in columns or (line, RosterField.BIRTH) in edits:
        both = texts[RosterField.BIRTH]
        both_place, both_date = split_place_and_date(both)
        if both_date is None and any(ch.isdigit() for ch in both):
            problems.append(_problem(line, "birth_date_unreadable", RosterField.BIRTH, both))
        place, born = place or both_place[:MAX_FIELD_LENGTH], born or (both_date or "")
    participant = Participant(
        name=texts[RosterField.NAME],
        nip=texts[RosterField.NIP],
        position=texts[RosterField.POSITION],
        institution=texts[RosterField.INSTITUTION],
        gender=gender,
        phone=texts[RosterField.PHONE],
        email=texts[RosterField.EMAIL],
        rank_grade=_rank_and_grade(
            texts[RosterField.RANK],
            "" if (line, RosterField.RANK) in edits else texts[RosterField.GRADE],
        ),
        birth_place=place,
        birth_date=born,
    )
    return participant, problems


def _rank_and_grade(rank: str, grade: str) -> str:
    """ "Pembina" and "IV/a" from two columns, as one: "Pembina / IV/a"."""
    parts = [" ".join(text.split()) for text in (rank, grade) if text.strip()]
    return " / ".join(parts)[:MAX_FIELD_LENGTH]


_ALL_FIELDS = tuple(RosterField)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _date_text(
    line: int, roster_field: RosterField, value: object, problems: list[RosterProblem]
) -> str:
    """BIRTH_DATE: the ISO date. BIRTH: the cell's text, a date cell as ISO. A date that does
    not read is a warning (it is left empty), never a guess."""
    if isinstance(value, datetime | date):
        return parse_date(value) or ""
    text = " ".join(cell_text(value).split())[:MAX_FIELD_LENGTH]
    if not text:
        return ""
    if roster_field == RosterField.BIRTH:
        return text  # split into place and date once the line is read
    born = parse_date(text)
    if born is None:
        problems.append(_problem(line, "birth_date_unreadable", roster_field, text))
    return born or ""

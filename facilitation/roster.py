"""Turning the office's participant sheet (rows already read from a file) into participants.

Nothing here reads files or writes the store: it guesses which column holds what, checks every
line and says what is wrong where, so the facilitator sees the problems before anything is
saved. Problems carry keys; the UI words them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

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


class RosterField(StrEnum):
    NAME = "name"
    NIP = "nip"
    POSITION = "position"
    INSTITUTION = "institution"
    GENDER = "gender"
    PHONE = "phone"
    EMAIL = "email"


Mapping = list[RosterField | None]  # one entry per column; None = not imported

HEADER_SEARCH_ROWS = 20

# Substrings that reveal a header, checked in this order (so "Nama Instansi" is an institution
# and "No. HP" a phone, not a name or a row number).
_HEADER_HINTS: tuple[tuple[RosterField, tuple[str, ...]], ...] = (
    (RosterField.EMAIL, ("email", "e mail", "surel", "surat elektronik")),
    (
        RosterField.PHONE,
        ("hp", "telp", "telepon", "phone", "mobile", "whatsapp", "wa", "handphone", "ponsel"),
    ),
    (
        RosterField.NIP,
        ("nip", "nomor induk pegawai", "employee id", "employee number", "civil servant number"),
    ),
    (RosterField.GENDER, ("l/p", "l p", "jenis kelamin", "kelamin", "jk", "gender", "sex")),
    (
        RosterField.INSTITUTION,
        (
            "instansi",
            "unit kerja",
            "satuan kerja",
            "satker",
            "opd",
            "skpd",
            "perangkat daerah",
            "institution",
            "organisation",
            "organization",
            "agency",
            "unit",
            "kantor",
            "office",
            "asal",
        ),
    ),
    (RosterField.POSITION, ("jabatan", "position", "job title", "job", "role")),
    (RosterField.NAME, ("nama", "name", "peserta", "participant")),
)

_SHORT_HINTS = {"hp", "wa", "jk", "l p", "opd", "nip", "unit", "job", "role"}


def _normalise_header(text: str) -> str:
    text = text.casefold().replace("\n", " ")
    text = re.sub(r"[._:;()\-\[\]#*]", " ", text)
    return " ".join(text.split())


def guess_field(header: str) -> RosterField | None:
    normalised = _normalise_header(header)
    if not normalised:
        return None
    words = set(normalised.replace("/", " ").split())
    for roster_field, hints in _HEADER_HINTS:
        for hint in hints:
            # Short hints must be whole words: "wa" is in "pegawai", "hp" in nothing useful.
            if hint in _SHORT_HINTS:
                if hint in words or normalised == hint:
                    return roster_field
            elif hint in normalised:
                return roster_field
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """One field per column, each field at most once (the first column that claims it)."""
    mapping: Mapping = []
    taken: set[RosterField] = set()
    for header in headers:
        guess = guess_field(header)
        if guess is not None and guess not in taken:
            taken.add(guess)
            mapping.append(guess)
        else:
            mapping.append(None)
    return mapping


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
    return str(value).strip()


def _is_empty_row(cells: Sequence[object]) -> bool:
    return all(cell_text(cell) == "" for cell in cells)


def find_header_row(rows: Sequence[tuple[int, Sequence[object]]]) -> int | None:
    """Index (into rows) of the row that looks most like a header: the most recognised names.

    Office sheets often start with a title ("DAFTAR PESERTA BIMTEK ...") and a blank line.
    """
    best, best_score = None, 0
    first_filled = None
    for index, (_line, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if _is_empty_row(cells):
            continue
        if first_filled is None:
            first_filled = index
        fields = {f for f in guess_mapping([cell_text(c) for c in cells]) if f}
        score = len(fields) + (1 if RosterField.NAME in fields else 0)
        if score > best_score:
            best, best_score = index, score
    return best if best is not None else first_filled


@dataclass(frozen=True)
class RosterProblem:
    line: int  # spreadsheet/CSV line, 1-based; 0 for the file as a whole
    key: str
    blocking: bool
    column: RosterField | None = None
    detail: str = ""  # e.g. the offending value, or the line of the first copy


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
    "no_name_column",
    "no_rows",
}


def _problem(line: int, key: str, column: RosterField | None = None, detail: str = ""):
    return RosterProblem(line, key, key in BLOCKING_KEYS, column, detail)


@dataclass
class RosterPreview:
    header_line: int
    headers: list[str]
    mapping: Mapping
    rows: list[tuple[int, Participant]] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    already_listed: int = 0  # rows skipped because the person is already in the session

    @property
    def blocking(self) -> list[RosterProblem]:
        return [p for p in self.problems if p.blocking]

    @property
    def can_import(self) -> bool:
        return not self.blocking and bool(self.rows)

    @property
    def participants(self) -> list[Participant]:
        return [participant for _line, participant in self.rows]


_ERROR_CELL = re.compile(r"^#(N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$")


def _nip_from_cell(value: object) -> tuple[str, str | None]:
    """The NIP text, and a problem key when the cell cannot hold a trustworthy NIP."""
    if isinstance(value, datetime | date):
        return cell_text(value), "nip_is_date"
    if isinstance(value, float):
        # A spreadsheet number keeps ~15 significant digits: an 18-digit NIP stored as a number
        # has already lost its last digits, so it must be re-typed as text, never guessed.
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value)), None
        return f"{value:.15g}", "nip_rounded"
    return normalise_nip(cell_text(value)), None


def identities(participant: Participant) -> set[tuple[str, str]]:
    """Keys under which two records are the same person: the NIP when there is one, else the
    name within the institution (two Ahmads from different offices are two people)."""
    if participant.nip:
        return {("nip", participant.nip)}
    name = " ".join(participant.name.casefold().split())
    institution = " ".join(participant.institution.casefold().split())
    return {("name", f"{name}\x1f{institution}")}


def parse_roster(
    rows: Sequence[tuple[int, Sequence[object]]],
    mapping: Mapping | None = None,
    header_index: int | None = None,
    existing: Sequence[Participant] = (),
) -> RosterPreview:
    """Check every line of the sheet; mapping None means "use the guess".

    Rows whose person is already in the session (same NIP, or same name and institution) are
    left out and counted, so importing a corrected sheet twice adds nobody twice.
    """
    if header_index is None:
        header_index = find_header_row(rows)
    if header_index is None:
        return RosterPreview(0, [], [], problems=[_problem(0, "no_rows")])
    header_line, header_cells = rows[header_index]
    headers = [cell_text(cell) for cell in header_cells]
    width = max((len(cells) for _line, cells in rows[header_index:]), default=0)
    headers += [""] * (width - len(headers))
    if mapping is None:
        mapping = guess_mapping(headers)
    mapping = list(mapping) + [None] * (width - len(mapping))
    preview = RosterPreview(header_line, headers, mapping)
    if RosterField.NAME not in mapping:
        preview.problems.append(_problem(header_line, "no_name_column"))
    columns = {f: mapping.index(f) for f in RosterField if f in mapping}
    known = {key for person in existing for key in identities(person)}
    seen: dict[tuple[str, str], int] = {}
    data_columns: set[int] = set()
    for line, cells in rows[header_index + 1 :]:
        if _is_empty_row(cells):
            continue
        data_columns.update(i for i, cell in enumerate(cells) if cell_text(cell))
        participant, problems = _parse_line(line, cells, columns)
        participant.number = len(preview.rows) + preview.already_listed + 1
        if RosterField.NAME in columns and not problems:
            keys = identities(participant)
            if keys & known:
                preview.already_listed += 1
                continue
            first = next((seen[key] for key in keys if key in seen), None)
            if first is not None:
                problems.append(_problem(line, "duplicate_in_file", None, str(first)))
            for key in keys:
                seen.setdefault(key, line)
        preview.problems.extend(problems)
        preview.rows.append((line, participant))
    unnamed = [i for i in sorted(data_columns) if i < len(headers) and not headers[i]]
    for index in unnamed:
        # Merged header cells leave the columns they cover without a name.
        preview.problems.insert(
            0, _problem(header_line, "column_unnamed", mapping[index], str(index + 1))
        )
    if not preview.rows:
        preview.problems.append(_problem(header_line, "no_rows"))
    return preview


def _parse_line(
    line: int, cells: Sequence[object], columns: dict[RosterField, int]
) -> tuple[Participant, list[RosterProblem]]:
    problems: list[RosterProblem] = []

    def raw(roster_field: RosterField) -> object:
        index = columns.get(roster_field)
        return cells[index] if index is not None and index < len(cells) else None

    texts: dict[RosterField, str] = {}
    for roster_field in RosterField:
        value = raw(roster_field)
        if isinstance(value, UncalculatedFormula):
            problems.append(_problem(line, "formula_not_calculated", roster_field, str(value)))
            texts[roster_field] = ""
            continue
        if isinstance(value, str) and _ERROR_CELL.match(value.strip()):
            problems.append(_problem(line, "cell_error", roster_field, value.strip()))
            texts[roster_field] = ""
            continue
        if roster_field == RosterField.NIP:
            nip, key = _nip_from_cell(value)
            texts[roster_field] = nip
            key = key or nip_problem(nip)
            if key:
                problems.append(_problem(line, key, roster_field, nip))
            continue
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
    participant = Participant(
        name=texts[RosterField.NAME],
        nip=texts[RosterField.NIP],
        position=texts[RosterField.POSITION],
        institution=texts[RosterField.INSTITUTION],
        gender=gender,
        phone=texts[RosterField.PHONE],
        email=texts[RosterField.EMAIL],
    )
    return participant, problems

"""Turning the office's participant sheet (rows already read from a file) into participants.

Nothing here reads files or writes the store: it guesses which column holds what, checks every
line and says what is wrong where, so the facilitator sees the problems before anything is
saved. Problems carry keys; the UI words them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

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
from facilitation.roster_headers import Mapping, RosterField, guess_mapping
from facilitation.roster_headers import guess_field as guess_field

HEADER_SEARCH_ROWS = 20


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


@dataclass
class RosterPreview:
    header_line: int
    headers: list[str]
    mapping: Mapping
    rows: list[tuple[int, Participant]] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    already_listed: int = 0  # rows skipped because the person is already in the session
    left_out: set[int] = field(default_factory=set)  # lines the facilitator chose to leave out

    @property
    def blocking(self) -> list[RosterProblem]:
        """Problems that stop the import; a line left out no longer blocks anything."""
        return [p for p in self.problems if p.blocking and p.line not in self.left_out]

    @property
    def chosen(self) -> list[tuple[int, Participant]]:
        return [(line, person) for line, person in self.rows if line not in self.left_out]

    @property
    def can_import(self) -> bool:
        return not self.blocking and bool(self.chosen)

    @property
    def participants(self) -> list[Participant]:
        """Everyone on the chosen lines: the import takes all of them or nobody."""
        return [participant for _line, participant in self.chosen]


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


def identities(participant: Participant) -> set[tuple[str, str]]:
    """Keys under which two records are the same person: the NIP when there is one, else the
    name within the institution (two Ahmads from different offices are two people)."""
    if participant.nip:
        return {("nip", participant.nip)}
    name = " ".join(participant.name.casefold().split())
    institution = " ".join(participant.institution.casefold().split())
    return {("name", f"{name}\x1f{institution}")}


def _same_name(first: str, second: str) -> bool:
    """The same name, or one written with initials ("Ahmad S." for "Ahmad Saputra")."""
    words = [name.casefold().replace(".", " ").split() for name in (first, second)]
    if len(words[0]) != len(words[1]):
        return False
    pairs = zip(*words, strict=True)
    return all(a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]) for a, b in pairs)


def parse_roster(
    rows: Sequence[tuple[int, Sequence[object]]],
    mapping: Mapping | None = None,
    header_index: int | None = None,
    existing: Sequence[Participant] = (),
    edits: Edits | None = None,
    left_out: Iterable[int] = (),
) -> RosterPreview:
    """Check every line of the sheet; mapping None means "use the guess".

    Rows whose person is already in the session (same NIP and name, or same name and
    institution) are skipped and counted, so importing a corrected sheet twice adds nobody
    twice; a NIP the session already has under another name is a problem on its line. edits
    are cells corrected in the preview; left_out lines are shown but not imported.
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
    preview = RosterPreview(header_line, headers, mapping, left_out=set(left_out))
    if RosterField.NAME not in mapping:
        preview.problems.append(_problem(header_line, "no_name_column"))
    columns = {f: mapping.index(f) for f in RosterField if f in mapping}
    known = {key: person for person in existing for key in identities(person)}
    seen: dict[tuple[str, str], int] = {}
    data_columns: set[int] = set()
    for line, cells in rows[header_index + 1 :]:
        if _is_empty_row(cells):
            continue
        data_columns.update(i for i, cell in enumerate(cells) if cell_text(cell))
        participant, problems = _parse_line(line, cells, columns, edits or {})
        participant.number = len(preview.rows) + preview.already_listed + 1
        if RosterField.NAME in columns and not problems:
            keys = identities(participant)
            match = next((known[key] for key in keys if key in known), None)
            if match is not None and _same_name(match.name, participant.name):
                preview.already_listed += 1
                continue
            if match is not None:
                problems.append(
                    _problem(line, "nip_in_session", RosterField.NIP, participant.nip, match.name)
                )
            if line in preview.left_out:
                preview.rows.append((line, participant))
                preview.problems.extend(problems)
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
    line: int, cells: Sequence[object], columns: dict[RosterField, int], edits: Edits
) -> tuple[Participant, list[RosterProblem]]:
    problems: list[RosterProblem] = []

    def raw(roster_field: RosterField) -> object:
        if (line, roster_field) in edits:
            return edits[line, roster_field]
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

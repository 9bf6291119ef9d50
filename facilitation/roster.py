"""Turning the office's participant sheet (rows already read from a file) into participants.

Nothing here reads files or writes the store: it guesses which column holds what, checks every
line and says what is wrong where, so the facilitator sees the problems before anything is
saved. Problems carry keys; the UI words them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from facilitation.participants import (
    Participant,
)
from facilitation.roster_cells import BLOCKING_KEYS as BLOCKING_KEYS
from facilitation.roster_cells import Edits, RosterProblem, _problem, cell_text
from facilitation.roster_cells import UncalculatedFormula as UncalculatedFormula
from facilitation.roster_cells import parse_line as _parse_line
from facilitation.roster_headers import Mapping, RosterField, guess_mapping
from facilitation.roster_headers import guess_field as guess_field
from facilitation.roster_layout import Skipped, find_header, read_layout


def _is_empty_row(cells: Sequence[object]) -> bool:
    return all(cell_text(cell) == "" for cell in cells)


def find_header_row(rows: Sequence[tuple[int, Sequence[object]]]) -> int | None:
    """Index (into rows) of the row that looks most like a header: the most recognised names.

    Office sheets often start with a title ("DAFTAR PESERTA BIMTEK ...") and a blank line.
    """
    header = find_header(rows)
    return header.index if header else None


@dataclass
class RosterPreview:
    header_line: int
    headers: list[str]
    mapping: Mapping
    rows: list[tuple[int, Participant]] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    already_listed: int = 0  # rows skipped because the person is already in the session
    left_out: set[int] = field(default_factory=set)  # lines the facilitator chose to leave out
    skipped: list[tuple[int, Skipped]] = field(default_factory=list)  # lines not read, and why
    extra_lines: dict[int, list[int]] = field(default_factory=dict)  # a person's second line

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
    header = find_header(rows, header_index)
    if header is None:
        return RosterPreview(0, [], [], problems=[_problem(0, "no_rows")])
    header_line = rows[header.index][0]
    headers = list(header.texts)
    width = max((len(cells) for _line, cells in rows[header.index :]), default=0)
    headers += [""] * (width - len(headers))
    if mapping is None:
        mapping = guess_mapping(headers)
    mapping = list(mapping) + [None] * (width - len(mapping))
    preview = RosterPreview(header_line, headers, mapping, left_out=set(left_out))
    if RosterField.NAME not in mapping:
        preview.problems.append(_problem(header_line, "no_name_column"))
    columns = {f: mapping.index(f) for f in RosterField if f in mapping}
    layout = read_layout(rows, mapping, header)
    preview.skipped = layout.skipped
    known = {key: person for person in existing for key in identities(person)}
    seen: dict[tuple[str, str], int] = {}
    # Columns without a header that hold data; each is looked for until its first cell.
    data_columns: set[int] = set()
    unnamed_columns = [i for i, text in enumerate(headers) if not text]
    for record in layout.records:
        line, cells = record.line, record.cells
        if record.extra_lines:
            preview.extra_lines[line] = record.extra_lines
        if unnamed_columns:
            for i in unnamed_columns:
                if (
                    i < len(cells)
                    and cells[i] is not None
                    and cells[i] != ""
                    and cell_text(cells[i])
                ):
                    data_columns.add(i)
            unnamed_columns = [i for i in unnamed_columns if i not in data_columns]
        participant, problems = _parse_line(line, cells, columns, edits or {}, record.nip_below)
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
    if not preview.rows and not preview.already_listed:  # everyone already listed: no problem
        preview.problems.append(_problem(header_line, "no_rows"))
    return preview

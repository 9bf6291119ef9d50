"""Where the people are on an office's sheet, from its plain cell grid.

Government participant lists ("daftar nominatif") are laid out for printing, not for reading
by a program: a title block, a header that may span two rows or say "NAMA / NIP" in one cell,
a numbering row (1 2 3 4 …) under it, each person's NIP on the line below the name with the
number cell left empty, and a signature block ("Mengetahui, Kepala …") or totals below the
table. This module finds the header, leaves the numbering row and what is below the table out,
and folds each person's second line into the first, saying for every line how it was read.
Pure: cells in, records and skipped lines out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.roster_headers import RosterField, guess_field, guess_mapping, is_number_header

HEADER_SEARCH_ROWS = 20
Rows = Sequence[tuple[int, Sequence[object]]]


class Skipped(StrEnum):
    TITLE = "title"  # above the header
    HEADER = "header"  # the header's second row
    NUMBERING = "numbering"  # "1 2 3 4 5" under the header
    BELOW_TABLE = "below_table"  # totals, notes, the signature block


@dataclass(frozen=True)
class Header:
    index: int  # of the header's first row, in rows
    span: int  # 1, or 2 for a header over two rows
    texts: list[str]


@dataclass
class Record:
    """One person: the cells of their line, with their second line folded in."""

    line: int
    cells: list[object]
    extra_lines: list[int] = field(default_factory=list)
    nip_below: object = None  # the NIP line's cell, when the sheet has no NIP column


@dataclass
class Layout:
    header: Header
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[int, Skipped]] = field(default_factory=list)


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _filled(cells: Sequence[object]) -> list[str]:
    return [t for t in map(text_of, cells) if t]


def _score(texts: Sequence[str]) -> int:
    fields = {f for f in guess_mapping(texts) if f}
    return len(fields) + (1 if RosterField.NAME in fields else 0)


def two_row_texts(top: Sequence[object], bottom: Sequence[object]) -> list[str]:
    """The header of each column when it spans two rows: a merged cell above ("TEMPAT / TGL
    LAHIR" over "TEMPAT" and "TANGGAL") names the columns under it, and the lower text wins
    when it names a field by itself."""
    width = max(len(top), len(bottom))
    texts, carry = [], ""
    for column in range(width):
        upper = text_of(top[column]) if column < len(top) else ""
        lower = text_of(bottom[column]) if column < len(bottom) else ""
        if upper:
            carry = upper
        elif not lower:
            carry = ""
        upper = upper or (carry if lower else "")
        if lower and guess_field(lower) is not None:
            texts.append(lower)
        elif lower and upper and guess_field(upper) == RosterField.BIRTH:
            folded = lower.casefold()
            place = "tempat" in folded or "place" in folded
            texts.append(f"{'tempat' if place else 'tanggal'} lahir")
        else:
            texts.append(" ".join(t for t in (upper, lower) if t))
    return texts


def spread_merged(texts: list[str]) -> list[str]:
    """A combined header merged over two columns ("NAMA / NIP" over the name and the NIP,
    "TEMPAT / TGL LAHIR" over the place and the date) names the empty column beside it."""
    texts = list(texts)
    for column in range(1, len(texts)):
        if texts[column] or not texts[column - 1]:
            continue
        left = texts[column - 1]
        guess = guess_field(left)
        folded = left.casefold()
        if guess == RosterField.NAME and "nip" in folded.replace("/", " ").split():
            texts[column - 1], texts[column] = "NAMA", "NIP"
        elif guess == RosterField.BIRTH:
            texts[column - 1], texts[column] = "TEMPAT LAHIR", "TANGGAL LAHIR"
    return texts


_SUB_LABELS = {"tempat", "tanggal", "tgl", "ruang", "l", "p", "eselon", "tmt"}


def _names_columns(top: Sequence[object], below: Sequence[object]) -> bool:
    """below is a header's second row: every cell names a column ("TEMPAT", "TANGGAL"),
    without digits, and one sits under a merged cell (nothing above it). A person's row
    always holds a name, which names no column."""
    texts = _filled(below)
    if not texts or any(ch.isdigit() for t in texts for ch in t):
        return False
    if not all(guess_field(t) or t.casefold().strip(" .:") in _SUB_LABELS for t in texts):
        return False
    return any(
        text_of(value) and not text_of(top[column] if column < len(top) else None)
        for column, value in enumerate(below)
    )


def _looks_like_data(cells: Sequence[object]) -> bool:
    texts = _filled(cells)
    return any(len(t) > 40 or sum(ch.isdigit() for ch in t) >= 8 for t in texts)


def find_header(rows: Rows, start: int | None = None) -> Header | None:
    """The header: the row (or pair of rows) naming the most known fields among the first
    rows, or the row at start when the user chose it."""
    candidates = range(len(rows[:HEADER_SEARCH_ROWS])) if start is None else [start]
    best: Header | None = None
    best_score = 0
    first_filled = None
    for index in candidates:
        if index >= len(rows):
            break
        cells = rows[index][1]
        if not _filled(cells):
            continue
        first_filled = index if first_filled is None else first_filled
        texts = spread_merged([text_of(c) for c in cells])
        score, header = _score(texts), Header(index, 1, texts)
        if index + 1 < len(rows):
            below = rows[index + 1][1]
            if _filled(below) and not is_numbering(below) and not _looks_like_data(below):
                joined = spread_merged(two_row_texts(cells, below))
                better = _score(joined) > score
                if better or (_score(joined) == score and _names_columns(cells, below)):
                    score, header = _score(joined), Header(index, 2, joined)
        if score > best_score or start is not None:
            best, best_score = header, score
    if best is None and first_filled is not None:
        best = Header(first_filled, 1, [text_of(c) for c in rows[first_filled][1]])
    return best


_NUMBER_CELL = re.compile(r"^\(?(\d{1,2})[.)]?$")


def is_numbering(cells: Sequence[object]) -> bool:
    """The row printed under a header that numbers its columns: 1 2 3 … (or (1) (2) …)."""
    numbers = []
    for text in _filled(cells):
        match = _NUMBER_CELL.match(text)
        if not match:
            return False
        numbers.append(int(match.group(1)))
    return len(numbers) >= 3 and numbers == sorted(numbers) and numbers[0] <= 2


_FOOTER_START = re.compile(
    r"^(mengetahui|menyetujui|jumlah|total|catatan|keterangan\s*:|ket\s*:|ditetapkan|"
    r"dikeluarkan|kepala\b|a\.\s*n\.|an\.|a\.n\b|plt\.?\b|plh\.?\b|sekretaris|ttd|"
    r"tanda tangan|demikian|dibuat|disahkan)",
    re.IGNORECASE,
)
_PLACE_AND_DAY = re.compile(r"^[A-Za-z .'-]{3,40},\s*\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}$")
_NIP_TEXT = re.compile(r"^(?:nip\b\.?\s*:?\s*)?[\d .\u00a0-]{15,}$", re.IGNORECASE)
_NIP_LABEL_ONLY = re.compile(r"^nip\s*(?:[.:]\s*-*|-+)$", re.IGNORECASE)


def is_nip_text(value: object) -> bool:
    """A cell that holds only a NIP ("NIP. 19780312 200501 1 002", or the digits), or the
    bare label of an empty one ("NIP. -")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return abs(value) >= 1e14
    text = text_of(value)
    return bool(_NIP_TEXT.match(text) or _NIP_LABEL_ONLY.match(text))


def read_layout(rows: Rows, mapping: Sequence[RosterField | None], header: Header) -> Layout:
    """Records (one per person) and skipped lines below the header, given which column
    holds what."""
    layout = Layout(header)
    layout.skipped += [(line, Skipped.TITLE) for line, c in rows[: header.index] if _filled(c)]
    body_start = header.index + header.span
    if header.span == 2:
        layout.skipped.append((rows[header.index + 1][0], Skipped.HEADER))
    number_column = next((i for i, t in enumerate(header.texts) if is_number_header(t)), None)
    name_column = _column(mapping, RosterField.NAME)
    nip_column = _column(mapping, RosterField.NIP)
    rank_column = _column(mapping, RosterField.RANK)
    below, gap, seen_numbers = False, False, False
    for line, cells in rows[body_start:]:
        first = _first_filled(cells)
        if not first:
            gap = bool(layout.records)
            continue
        if not layout.records and is_numbering(cells):
            layout.skipped.append((line, Skipped.NUMBERING))
            continue
        number = text_of(_cell(cells, number_column))
        name = _cell(cells, name_column)
        if not below and layout.records:
            numbered_table = number_column is not None and seen_numbers
            below = _is_footer(first) or (numbered_table and not number and gap)
        if below:
            layout.skipped.append((line, Skipped.BELOW_TABLE))
            continue
        nameless = not text_of(name) and number_column is not None and seen_numbers
        if layout.records and not number and (is_nip_text(name) or nameless):
            _fold(layout.records[-1], line, cells, name_column, nip_column, rank_column)
            continue
        seen_numbers = seen_numbers or bool(number)
        gap = False
        layout.records.append(Record(line, list(cells)))
    return layout


def _column(mapping: Sequence[RosterField | None], wanted: RosterField) -> int | None:
    return mapping.index(wanted) if wanted in mapping else None


def _cell(cells: Sequence[object], column: int | None) -> object:
    return cells[column] if column is not None and column < len(cells) else None


def _first_filled(cells: Sequence[object]) -> str:
    """The text of the row's first filled cell, "" for an empty row."""
    for value in cells:
        if value is not None:
            text = text_of(value)
            if text:
                return text
    return ""


def _is_footer(first: str) -> bool:
    """first: the text of the row's first filled cell."""
    return bool(_FOOTER_START.match(first) or _PLACE_AND_DAY.match(first))


def _fold(
    record: Record,
    line: int,
    cells: Sequence[object],
    name_column: int | None,
    nip_column: int | None,
    rank_column: int | None,
) -> None:
    """A person's second line into their first: a NIP under the name goes to the NIP column
    (or stays with the name when there is none), other cells fill or extend the first's."""
    record.extra_lines.append(line)
    target = record.cells
    target.extend([None] * (len(cells) - len(target)))
    for column, value in enumerate(cells):
        text = text_of(value)
        if not text:
            continue
        if column == name_column and is_nip_text(value):
            if nip_column is not None and not text_of(_cell(target, nip_column)):
                target[nip_column] = value
            elif record.nip_below is None:
                # As it is: a NIP Excel stored as a number must still be seen to be rounded.
                record.nip_below = value
            continue
        before = text_of(target[column])
        glue = " / " if column == rank_column else " "
        target[column] = f"{before}{glue}{text}" if before else value


_NIP_IN_NAME = re.compile(
    r"\bNIP\b\s*[.:]?\s*(\d[\d .\u00a0-]*\d)"  # "NIP. 19780312 200501 1 002"
    r"|\bNIP\s*(?:[.:]\s*-*|-+)\s*$"  # "NIP. -": the label of a NIP nobody wrote
    r"|\n\s*(\d[\d .\u00a0]{14,})",  # the digits alone on the name's second line
    re.IGNORECASE,
)


def split_name_and_nip(text: str) -> tuple[str, str]:
    """ "AHMAD, S.E.\\nNIP. 19780312 200501 1 002" -> ("AHMAD, S.E.", "19780312 200501 1 002");
    the NIP "" when the cell holds none."""
    match = _NIP_IN_NAME.search(text)
    if not match:
        return " ".join(text.split()), ""
    nip = (match.group(1) or match.group(2) or "").strip()
    name = (text[: match.start()] + " " + text[match.end() :]).strip(" \n,;/-")
    return " ".join(name.split()), nip

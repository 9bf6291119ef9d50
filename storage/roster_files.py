"""Reading a participant sheet from disk (.xlsx, .xlsm, .xlsb, .xls, .ods or CSV) into plain
rows for facilitation.roster.

Files come from offices and e-mail attachments, so every way they can be wrong ends in a
RosterFileError with a key the UI words — never a traceback, never a half-read list.
Workbooks are read by calamine (storage/roster_sheets.py) after being measured.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from storage.csv_text import CsvTextError, decode_csv
from storage.roster_sheets import (
    SheetError,
    check_workbook,
    mark_uncalculated_formulas,
    read_workbook,
    zip_kind,
)

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_CELL_CHARS = 32_767  # Excel's own limit: a longer cell was not typed by anyone
CSV_DELIMITERS = ",;\t"
SNIFF_CHARS = 1_000  # of each of the first lines: csv.Sniffer's patterns are slow on long ones
MAX_CSV_FIELDS = (MAX_ROWS + 1) * MAX_COLUMNS * 4  # separators: bounds the widest row

Row = tuple[int, list[object]]  # (line number in the file, cells)
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


class RosterFileError(ValueError):
    """The file cannot be read as a participant list; key says why."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


@dataclass
class RosterFile:
    path: Path
    kind: str  # "xlsx", "xlsb", "xls", "ods" or "csv"
    rows: list[Row]
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheets: list[str] = field(default_factory=list)  # every sheet, the likeliest list first


def read_roster_file(path: Path, sheet: str | None = None) -> RosterFile:
    """The file's rows (of the named sheet, or of the one that looks most like a list)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise RosterFileError("cannot_open", str(error)) from error
    if size == 0:
        raise RosterFileError("empty_file")
    if size > MAX_FILE_BYTES:
        raise RosterFileError("file_too_big", str(MAX_FILE_BYTES // (1024 * 1024)))
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise RosterFileError("cannot_open", str(error)) from error
    suffix = path.suffix.casefold()
    try:
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            # An OLE container: an old .xls, or a password-protected .xlsx (Excel encrypts
            # those into the same container format).
            return _read_workbook(path, "xls", sheet)
        if head.startswith(b"PK"):
            return _read_workbook(path, zip_kind(path), sheet)
    except SheetError as error:
        raise RosterFileError(error.key, error.detail) from None
    if suffix in SPREADSHEET_SUFFIXES:
        raise RosterFileError("not_a_spreadsheet")
    return _read_csv(path)


def _read_workbook(path: Path, kind: str, sheet: str | None) -> RosterFile:
    has_formulas = check_workbook(path, kind, MAX_ROWS + 1)
    title, sheets, rows = read_workbook(path, sheet, MAX_ROWS + 1, MAX_COLUMNS)
    for _line, cells in rows:
        if any(isinstance(cell, str) and len(cell) > MAX_CELL_CHARS for cell in cells):
            raise RosterFileError("cell_too_long", str(MAX_CELL_CHARS))
    if not any(cells for _line, cells in rows):
        raise RosterFileError("empty_file")
    if has_formulas:
        mark_uncalculated_formulas(path, title, rows, MAX_COLUMNS)
    return RosterFile(path, kind, rows, sheet=title, sheets=sheets)


def _bounded_cells(values: tuple | list) -> list[object]:
    cells = list(values[:MAX_COLUMNS])
    if any(isinstance(cell, str) and len(cell) > MAX_CELL_CHARS for cell in cells):
        raise RosterFileError("cell_too_long", str(MAX_CELL_CHARS))
    return cells


def _read_csv(path: Path) -> RosterFile:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RosterFileError("not_a_spreadsheet")
    try:
        text, encoding = decode_csv(data)
    except CsvTextError as error:
        raise RosterFileError(error.key, error.detail) from None
    del data
    if not text.strip():
        raise RosterFileError("empty_file")
    delimiter = _sniff_delimiter(text)
    if text.count(delimiter) > MAX_CSV_FIELDS:  # csv.reader builds a whole row at once
        raise RosterFileError("too_many_rows", str(MAX_ROWS))
    rows: list[Row] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for line, cells in enumerate(reader, start=1):
            if line > MAX_ROWS + 1:
                raise RosterFileError("too_many_rows", str(MAX_ROWS))
            rows.append((line, [cell.strip() for cell in _bounded_cells(cells)]))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise RosterFileError("cell_too_long", str(MAX_CELL_CHARS)) from None
        raise RosterFileError("damaged_file", str(error)) from error
    if not any(any(cells) for _line, cells in rows):
        raise RosterFileError("empty_file")
    if _looks_binary(text):
        raise RosterFileError("not_a_spreadsheet")
    return RosterFile(path, "csv", rows, encoding=encoding, delimiter=delimiter)


def _sniff_delimiter(text: str) -> str:
    head = text[: 30 * SNIFF_CHARS * 4]
    sample = "\n".join(line[:SNIFF_CHARS] for line in head.splitlines()[:30])
    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in CSV_DELIMITERS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return control > len(sample) * 0.05 or "\ufffd" * 4 in sample

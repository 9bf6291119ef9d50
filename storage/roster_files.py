"""Reading a participant sheet from disk (XLSX or CSV) into plain rows for facilitation.roster.

Files come from offices and e-mail attachments, so every way they can be wrong ends in a
RosterFileError with a key the UI words — never a traceback, never a half-read list.
openpyxl parses XML through defusedxml when it is installed (it is a dependency).
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from facilitation.roster import UncalculatedFormula
from storage.csv_text import CsvTextError, decode_csv
from storage.xlsx_guard import MAX_MEMBERS as MAX_WORKBOOK_PARTS
from storage.xlsx_guard import WorkbookRefused, check_members, entry_count
from storage.zip_errors import ZIP_ERRORS

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_CELL_CHARS = 32_767  # Excel's own limit: a longer cell was not typed by anyone
CSV_DELIMITERS = ",;\t"
SNIFF_CHARS = 1_000  # of each of the first lines: csv.Sniffer's patterns are slow on long ones
MAX_CSV_FIELDS = (MAX_ROWS + 1) * MAX_COLUMNS * 4  # separators: bounds the widest row

Row = tuple[int, list[object]]  # (line number in the file, cells)


class RosterFileError(ValueError):
    """The file cannot be read as a participant list; key says why."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


@dataclass
class RosterFile:
    path: Path
    kind: str  # "xlsx" or "csv"
    rows: list[Row]
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""


def read_roster_file(path: Path) -> RosterFile:
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
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # An OLE container: either an old .xls or a password-protected .xlsx (Excel encrypts
        # those into the same container format).
        raise RosterFileError("encrypted_or_old_excel")
    if head.startswith(b"PK"):
        return _read_xlsx(path)
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise RosterFileError("not_a_spreadsheet")
    return _read_csv(path)


def _read_xlsx(path: Path) -> RosterFile:
    import openpyxl  # imported here: only an import needs it, and it is slow to load

    if (entry_count(path) or 0) > MAX_WORKBOOK_PARTS:
        raise RosterFileError("workbook_too_big", f"> {MAX_WORKBOOK_PARTS} parts")
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise RosterFileError("not_a_spreadsheet")
            has_formulas = check_members(archive, MAX_ROWS + 1)
    except RosterFileError:
        raise
    except WorkbookRefused as error:
        key = {"cell_too_long": "cell_too_long", "damaged_xml": "damaged_file"}
        raise RosterFileError(key.get(error.key, "workbook_too_big"), error.detail) from None
    except ZIP_ERRORS as error:  # a bad CRC, a broken deflate stream, a cut-off member...
        raise RosterFileError("damaged_file", str(error)) from error
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except RosterFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a bad workbook
        log.warning("cannot read workbook %s: %r", path, error)
        raise RosterFileError("damaged_file", str(error)) from error
    try:
        sheet = _participant_sheet(workbook)
        rows: list[Row] = []
        for line, values in enumerate(_sheet_rows(sheet), start=1):
            if line > MAX_ROWS + 1:  # + the header line
                raise RosterFileError("too_many_rows", str(MAX_ROWS))
            cells = _bounded_cells(values)
            while cells and cells[-1] in (None, ""):
                cells.pop()
            rows.append((line, cells))
        title = sheet.title
    except RosterFileError:
        raise
    except Exception as error:
        log.warning("cannot read sheet of %s: %r", path, error)
        raise RosterFileError("damaged_file", str(error)) from error
    finally:
        workbook.close()
    if not any(cells for _line, cells in rows):
        raise RosterFileError("empty_file")
    if has_formulas:
        _mark_uncalculated_formulas(path, title, rows)
    return RosterFile(path, "xlsx", rows, sheet=title)


def _sheet_rows(sheet, max_row: int | None = None):  # noqa: ANN001, ANN202 - openpyxl's
    """The sheet's rows as values, MAX_COLUMNS wide at most. The size the sheet declares
    (<dimension>) is ignored: a forged one of a million columns would make openpyxl pad every
    row to that width."""
    sheet.reset_dimensions()
    return sheet.iter_rows(max_row=max_row, max_col=MAX_COLUMNS, values_only=True)


def _bounded_cells(values: tuple) -> list[object]:
    cells = list(values[:MAX_COLUMNS])
    if any(isinstance(cell, str) and len(cell) > MAX_CELL_CHARS for cell in cells):
        raise RosterFileError("cell_too_long", str(MAX_CELL_CHARS))
    return cells


def _mark_uncalculated_formulas(path: Path, title: str, rows: list[Row]) -> None:
    """A formula cell read as empty may just never have been calculated (a sheet written by
    a script, not by Excel): mark it so the preview says so instead of taking it as blank."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # read once already: a failure here is not worth refusing
        log.warning("cannot read the formulas of %s: %r", path, error)
        return
    try:
        formulas = _sheet_rows(workbook[title])
        for (_line, cells), written in zip(rows, formulas, strict=False):
            for index, formula in enumerate(written[:MAX_COLUMNS]):
                if not (isinstance(formula, str) and formula.startswith("=")):
                    continue
                if index >= len(cells):
                    cells.extend([None] * (index + 1 - len(cells)))
                if cells[index] in (None, ""):
                    cells[index] = UncalculatedFormula(formula)
    finally:
        workbook.close()


def _participant_sheet(workbook):
    """The active sheet, unless it is empty and another sheet has something in it."""
    candidates = [workbook.active] + [ws for ws in workbook.worksheets if ws is not workbook.active]
    for sheet in candidates:
        if sheet is None or not hasattr(sheet, "iter_rows"):
            continue
        for values in _sheet_rows(sheet, max_row=30):
            if any(value not in (None, "") for value in values):
                return sheet
    raise RosterFileError("empty_file")


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

"""Reading a participant workbook (.xlsx, .xlsm, .xlsb, .xls, .ods) through calamine.

Every workbook is measured first (xlsx_guard for the zip formats, sheet_bounds for the
binary ones), so calamine is only ever handed a workbook whose sheets fit the limits: it
reads a sheet whole, as a dense grid, and a forged one would abort the app. openpyxl is used
for one thing calamine does not say: which cells of an .xlsx hold a formula whose result was
never saved (a sheet written by a script).
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

from facilitation.roster import UncalculatedFormula
from facilitation.roster_headers import guess_mapping
from facilitation.roster_layout import find_header, two_row_texts
from storage.sheet_bounds import check_xls, check_xlsb
from storage.xlsx_guard import MAX_MEMBERS as MAX_WORKBOOK_PARTS
from storage.xlsx_guard import WorkbookRefused, check_members, entry_count
from storage.zip_errors import ZIP_ERRORS

log = logging.getLogger(__name__)

MAX_SHEETS = 50
SCORE_ROWS = 30  # rows of each sheet looked at to guess which one is the participant list
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

Row = tuple[int, list[object]]


class SheetError(ValueError):
    """The workbook cannot be read; key is a RosterFileError key."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


_REFUSED_KEYS = {
    "cell_too_long": "cell_too_long",
    "damaged_xml": "damaged_file",
    "too_many_rows": "too_many_rows",
    "encrypted": "encrypted_or_old_excel",
    "not_a_spreadsheet": "not_a_spreadsheet",
}


def zip_kind(path: Path) -> str:
    """ "xlsx", "xlsb" or "ods" for a zip file; SheetError when it is none of them."""
    if (entry_count(path) or 0) > MAX_WORKBOOK_PARTS:
        raise SheetError("workbook_too_big", f"> {MAX_WORKBOOK_PARTS} parts")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "content.xml" in names and "mimetype" in names:
                with archive.open("mimetype") as member:
                    if member.read(100).strip() == ODS_MIME:
                        return "ods"
    except ZIP_ERRORS as error:
        raise SheetError("damaged_file", str(error)) from error
    raise SheetError("not_a_spreadsheet")


def check_workbook(path: Path, kind: str, max_rows: int) -> bool:
    """Measure the workbook against every limit; says whether an .xlsx holds formulas."""
    try:
        if kind == "xls":
            check_xls(path, max_rows)
            return False
        with zipfile.ZipFile(path) as archive:
            has_formulas = check_members(archive, max_rows)
            if kind == "xlsb":
                check_xlsb(archive, max_rows)
        return has_formulas and kind == "xlsx"
    except WorkbookRefused as error:
        raise SheetError(_REFUSED_KEYS.get(error.key, "workbook_too_big"), error.detail) from None
    except ZIP_ERRORS as error:  # a bad CRC, a broken deflate stream, a cut-off member...
        raise SheetError("damaged_file", str(error)) from error


def load_workbook_reader() -> None:
    """Import calamine now, on the calling thread. The UI calls it before handing a file to a
    worker thread: a native module imported on a worker while the GUI thread imports another
    (Qt Multimedia for the chime) once hung both (seen in the tests)."""
    import python_calamine  # noqa: F401  (imported here: only an import needs it)


def read_workbook(
    path: Path, sheet: str | None, max_rows: int, max_columns: int
) -> tuple[str, list[str], list[Row]]:
    """(the sheet read, every sheet's name with the likeliest list first, its rows)."""
    import python_calamine  # imported here: only an import needs it

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise SheetError("encrypted_or_old_excel") from None
    except Exception as error:  # calamine raises many kinds for a bad workbook
        log.warning("cannot read workbook %s: %r", path, error)
        raise SheetError("damaged_file", str(error)[:300]) from error
    try:
        names = _sheet_names(workbook)
        if not names:
            raise SheetError("empty_file")
        ranked = _ranked(workbook, names, max_columns)
        chosen = sheet if sheet in names else ranked[0]
        rows = list(_rows(workbook, chosen, max_rows, max_columns))
    except SheetError:
        raise
    except Exception as error:
        log.warning("cannot read a sheet of %s: %r", path, error)
        raise SheetError("damaged_file", str(error)[:300]) from error
    finally:
        workbook.close()
    return chosen, ranked, rows


def _sheet_names(workbook) -> list[str]:  # noqa: ANN001 - calamine's workbook
    visible = [
        meta.name
        for meta in workbook.sheets_metadata[:MAX_SHEETS]
        if str(meta.typ).endswith("WorkSheet") and str(meta.visible).endswith("Visible")
    ]
    return visible or list(workbook.sheet_names[:MAX_SHEETS])


def _ranked(workbook, names: list[str], max_columns: int) -> list[str]:  # noqa: ANN001
    """The sheets, the one that looks most like a participant list first (the most known
    column names in its header; ties keep the workbook's order). Empty sheets go last."""
    if len(names) == 1:
        return names
    scores = {}
    for name in names:
        head = list(_rows(workbook, name, SCORE_ROWS, max_columns, strict=False))
        header = find_header(head) if head else None
        if header is None:
            scores[name] = -1
            continue
        texts = header.texts
        if header.span == 2:
            texts = two_row_texts(head[header.index][1], head[header.index + 1][1])
        scores[name] = len({f for f in guess_mapping(texts) if f})
    return sorted(names, key=lambda n: -scores[n])


def _rows(
    workbook,  # noqa: ANN001 - calamine's workbook
    name: str,
    max_rows: int,
    max_columns: int,
    strict: bool = True,
) -> Iterator[Row]:
    sheet = workbook.get_sheet_by_name(name)
    first_row, first_column = sheet.start or (0, 0)
    if strict and first_row + sheet.height > max_rows:
        raise SheetError("too_many_rows", str(max_rows - 1))
    for offset, values in enumerate(sheet.iter_rows()):
        if offset >= max_rows:
            break
        cells = [None] * first_column + list(values[: max(0, max_columns - first_column)])
        cells = cells[:max_columns]
        while cells and cells[-1] in (None, ""):
            cells.pop()
        yield first_row + offset + 1, cells


def mark_uncalculated_formulas(path: Path, title: str, rows: list[Row], max_columns: int) -> None:
    """A formula cell read as empty may just never have been calculated (a sheet written by
    a script, not by Excel): mark it so the preview says so instead of taking it as blank."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # read once already: a failure here is not worth refusing
        log.warning("cannot read the formulas of %s: %r", path, error)
        return
    try:
        sheet = workbook[title]
        sheet.reset_dimensions()  # a forged <dimension> would pad every row
        by_line = {line: cells for line, cells in rows}
        last = max(by_line, default=0)
        written = sheet.iter_rows(max_row=last, max_col=max_columns, values_only=True)
        for line, formulas in enumerate(written, start=1):
            cells = by_line.get(line)
            if cells is None:
                continue
            for index, formula in enumerate(formulas):
                if not (isinstance(formula, str) and formula.startswith("=")):
                    continue
                if index >= len(cells):
                    cells.extend([None] * (index + 1 - len(cells)))
                if cells[index] in (None, ""):
                    cells[index] = UncalculatedFormula(formula)
    except Exception as error:
        log.warning("cannot read the formulas of %s: %r", path, error)
    finally:
        workbook.close()

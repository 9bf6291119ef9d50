"""Checking an .xlsx before openpyxl reads it, so that no workbook can take more than a few
hundred MB of memory or minutes of time, whatever it inflates to.

openpyxl (read-only) parses most parts of a workbook whole (styles, the workbook, relations),
keeps every shared string, and streams a sheet a row at a time, keeping each row whole until it
ends. A 2 MB file can inflate to gigabytes of any of those. So every member is inflated once
here, counting the bytes really inflated (a zip header may lie), and every XML member is read
by expat as openpyxl will read it, counting what openpyxl would keep at once:

- a sheet (root <worksheet>): everything except the insides of rows that have ended;
- the shared strings (root <sst>): an entry a string, and the insides of the current one;
- any other XML: every element (openpyxl builds the whole tree and objects from it).

A sheet past the reader's row limit is refused (calamine reads a sheet whole). An OpenDocument
content.xml is measured like a sheet (its rows cleared as they end), with its repeated rows and
cells counted as the grid they expand to. A member that is not well-formed XML is left for the
reader to refuse.
"""

from __future__ import annotations

import zipfile
from xml.parsers import expat

from storage.zip_errors import ZIP_ERRORS

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ODS_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODS_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # a 20,000-row sheet is ~10 MB
MAX_INFLATED_BYTES = 256 * 1024 * 1024
MAX_TOKEN_BYTES = 1024 * 1024  # one tag or text: Excel's biggest cell is ~160 KB of XML
MAX_KEPT_ELEMENTS = 200_000  # what openpyxl holds at once: ~60 MB even as objects
MAX_SHEET_ELEMENTS = 4_000_000  # bounds the time: 20,000 rows of 60 cells is ~3.6 million
# calamine (the reader) holds a sheet as a dense grid from its first to its last cell, ~32 bytes
# a cell: one cell at A1 and one at XFD1048576 would ask for 550 GB and abort the app. So the
# grid each sheet spans is measured here, from the cells' own positions, before it is read.
MAX_GRID_CELLS = 2_500_000  # ~80 MB as calamine's grid; 20,000 rows of 60 columns is 1.2 million
MAX_WORKBOOK_GRID_CELLS = 5_000_000  # all sheets together (each is opened to find the list)
_CHUNK = 1 << 20


class SheetGrid:
    """The grid a sheet spans (rows and columns up to its last cell), summed over sheets."""

    def __init__(self, max_rows: int) -> None:
        self.max_rows = max_rows
        self.total = 0

    def check(self, rows: int, columns: int, name: str) -> None:
        if rows > self.max_rows:
            raise WorkbookRefused("too_many_rows", name)
        if rows * columns > MAX_GRID_CELLS:
            raise WorkbookRefused("too_many_cells", name)

    def add(self, rows: int, columns: int, name: str) -> None:
        self.check(rows, columns, name)
        self.total += rows * columns
        if self.total > MAX_WORKBOOK_GRID_CELLS:
            raise WorkbookRefused("too_many_cells", name)


class WorkbookRefused(ValueError):
    """The workbook would take too much to read; key says which limit it passed."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


def entry_count(path) -> int | None:  # noqa: ANN001 - a path or an open binary file
    """How many entries the zip's directory declares, read before zipfile builds an object
    for each one (a small file can declare hundreds of thousands)."""
    try:
        with open(path, "rb") as handle:
            record = zipfile._EndRecData(handle)  # the standard reader's own function
    except (OSError, AttributeError, *ZIP_ERRORS):
        return None
    return None if not record else int(record[zipfile._ECD_ENTRIES_TOTAL])


def check_members(archive: zipfile.ZipFile, max_rows: int) -> bool:
    """Inflate and measure every member (a bad CRC raises BadZipFile, as testzip() does);
    WorkbookRefused past a limit. Says whether a sheet holds a formula."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WorkbookRefused("too_many_parts", f"{len(infos)} parts")
    inflated = 0
    has_formulas = False
    grid = SheetGrid(max_rows)
    for info in infos:
        scan = _XmlScan(grid, info.filename)
        size = 0
        carry = 0  # bytes since the last "<", carried over from earlier chunks
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                inflated += len(chunk)
                if size > MAX_MEMBER_BYTES or inflated > MAX_INFLATED_BYTES:
                    raise WorkbookRefused("too_big_inflated", info.filename)
                scan.feed(chunk)
                if scan.active:  # an image may be one long "token": only XML is judged
                    carry = _check_tokens(chunk, carry, info.filename)
        scan.close()
        if scan.kind in ("sheet", "ods") and scan.active_to_end:
            scan.add_grid()
        has_formulas = has_formulas or scan.formulas
    return has_formulas


def _check_tokens(chunk: bytes, carry: int, name: str) -> int:
    first = chunk.find(b"<")
    if len(chunk) <= MAX_TOKEN_BYTES:  # no token inside the chunk can pass the limit alone
        if carry + (len(chunk) if first < 0 else first) > MAX_TOKEN_BYTES:
            raise WorkbookRefused("cell_too_long", name)
        return carry + len(chunk) if first < 0 else len(chunk) - chunk.rfind(b"<") - 1
    pieces = chunk.split(b"<")
    longest = max(carry + len(pieces[0]), max(map(len, pieces[1:]), default=0))
    if longest > MAX_TOKEN_BYTES:
        raise WorkbookRefused("cell_too_long", name)
    return carry + len(chunk) if len(pieces) == 1 else len(pieces[-1])


class _XmlScan:
    """Counts, element by element, what openpyxl would hold (see the module's docstring)."""

    def __init__(self, grid: SheetGrid, name: str) -> None:
        self.grid = grid
        self.max_rows = grid.max_rows
        self.name = name
        self.active_to_end = True  # False when the member turned out not to be XML
        self.row = 0  # the current row, 1-based, and the sheet's grid so far
        self.column = 0
        self.grid_rows = 0
        self.grid_columns = 0
        self.repeat_rows = 1  # OpenDocument: the current row's and cell's repetitions
        self.repeat_cells = 1
        self.cell_valued = False
        self.in_cell = False
        self.tables: list[tuple[int, int]] = []
        self.kind = ""  # "sheet", "strings" or "tree", known at the root element
        self.active = True  # False once the member is not XML or needs no more reading
        self.formulas = False
        self.kept = 0  # elements openpyxl holds now
        self.inside: list[int] = []  # for each open element: what it holds below it
        self.row_kept: list[int] = []  # sheets: kept before each open row began
        self.rows = 0
        self.elements = 0
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        self.parser = parser

    def feed(self, chunk: bytes, final: bool = False) -> None:
        if not self.active:
            return
        try:
            self.parser.Parse(chunk, final)
        except expat.ExpatError:
            self.active = False  # not XML (an image), or broken: the reader says so if it reads it
            self.active_to_end = False

    def close(self) -> None:
        self.feed(b"", final=True)

    def _doctype(self, *_args: object) -> None:
        raise WorkbookRefused("damaged_xml", "DOCTYPE")

    def _entity(self, *_args: object) -> None:
        raise WorkbookRefused("damaged_xml", "ENTITY")

    def add_grid(self) -> None:
        self._end_table()
        for rows, columns in self.tables:
            self.grid.add(rows, columns, self.name)

    def _end_table(self) -> None:
        if self.grid_rows or self.grid_columns:
            self.tables.append((self.grid_rows, self.grid_columns))
        self.row = self.column = self.grid_rows = self.grid_columns = 0

    def _grow(self, last_row: int, last_column: int) -> None:
        if last_row <= self.grid_rows and last_column <= self.grid_columns:
            return  # the common case, kept cheap: a cell inside the grid already measured
        self.grid_rows = max(self.grid_rows, last_row)
        self.grid_columns = max(self.grid_columns, last_column)
        self.grid.check(self.grid_rows, self.grid_columns, self.name)

    def _start(self, name: str, attributes: dict) -> None:
        if not self.kind:
            self.kind = {
                f"{MAIN_NS} worksheet": "sheet",
                f"{MAIN_NS} sst": "strings",
                f"{ODS_OFFICE_NS} document-content": "ods",
            }.get(name, "tree")
            if self.kind in ("sheet", "ods"):
                # Sheets are most of a workbook's elements: their own lean handlers from here.
                sheet = self.kind == "sheet"
                self.parser.StartElementHandler = self._sheet_start if sheet else self._ods_start
                self.parser.EndElementHandler = self._sheet_end if sheet else self._ods_row_end
                self.parser.StartElementHandler(name, attributes)
                return
        # The shared strings, or any other XML: every element is kept until its parent is.
        self.kept += 1
        self.elements += 1
        self.inside.append(0)
        if self.kept > MAX_KEPT_ELEMENTS:
            raise WorkbookRefused("too_many_cells", self.name)

    def _sheet_start(self, name: str, attributes: dict) -> None:
        """_start for a sheet, all inlined (most of a workbook's elements are its cells): a
        row's insides are kept until the row ends (row_kept: what was kept before it)."""
        if name == _CELL:
            reference = attributes.get("r")
            if reference is None:
                row, column = max(self.row, 1), self.column + 1
            else:
                letters = reference.rstrip("0123456789")
                column = _COLUMNS.get(letters)
                if column is None:
                    column = _column_number(letters) if letters else self.column + 1
                digits = reference[len(letters) :]
                row = int(digits) if 0 < len(digits) < 12 and digits.isdigit() else self.row
                row = max(row, 1)
            self.column = column
            if row > self.grid_rows or column > self.grid_columns:
                self._grow(row, column)
        elif name == _ROW:
            self.row = _number(attributes.get("r"), self.row + 1)
            self.column = 0
            self.row_kept.append(self.kept)
        elif name == _FORMULA:
            self.formulas = True
        self.kept += 1
        self.elements += 1
        if self.kept > MAX_KEPT_ELEMENTS or self.elements > MAX_SHEET_ELEMENTS:
            raise WorkbookRefused("too_many_cells", self.name)

    def _sheet_end(self, name: str) -> None:
        if name == _ROW:
            self.kept = self.row_kept.pop() + 1  # the reader clears it once read
            self.rows += 1
            if self.rows > self.max_rows:
                raise WorkbookRefused("too_many_rows", self.name)

    def _ods_start(self, name: str, attributes: dict) -> None:
        """_start for an OpenDocument content.xml, _ods_position inlined."""
        if name in _ODS_CELLS:
            repeat = attributes.get(_ODS_REPEAT_CELLS)
            self.repeat_cells = _number(repeat, 1) if repeat else 1
            self.cell_valued = _ODS_VALUE_TYPE in attributes
            self.in_cell = True
        elif name == _ODS_ROW:
            repeat = attributes.get(_ODS_REPEAT_ROWS)
            self.repeat_rows = _number(repeat, 1) if repeat else 1
            self.column = 0
            self.row_kept.append(self.kept)
        elif name == _ODS_TABLE:
            self._end_table()
        elif self.in_cell:
            self.cell_valued = True  # text inside a cell
        if name == _FORMULA:
            self.formulas = True
        self.kept += 1
        self.elements += 1
        if self.kept > MAX_KEPT_ELEMENTS or self.elements > MAX_SHEET_ELEMENTS:
            raise WorkbookRefused("too_many_cells", self.name)

    def _ods_row_end(self, name: str) -> None:
        """_ods_end, inlined, and a row's insides cleared."""
        if name in _ODS_CELLS:
            if self.cell_valued:
                last_row, last_column = self.row + self.repeat_rows, self.column + self.repeat_cells
                if last_row > self.grid_rows or last_column > self.grid_columns:
                    self._grow(last_row, last_column)
            self.column += self.repeat_cells
            self.cell_valued = self.in_cell = False
        elif name == _ODS_ROW:
            self.row += self.repeat_rows
            self.kept = self.row_kept.pop() + 1

    def _end(self, name: str) -> None:
        below = self.inside.pop()
        if self.kind == "strings" and name == _SHARED_STRING:
            self.kept -= below  # the reader clears it once read (the empty element stays)
            below = 0
        if self.inside:
            self.inside[-1] += below + 1


_ROW, _CELL, _FORMULA = f"{MAIN_NS} row", f"{MAIN_NS} c", f"{MAIN_NS} f"
_SHARED_STRING = f"{MAIN_NS} si"
_ODS_TABLE, _ODS_ROW = f"{ODS_TABLE_NS} table", f"{ODS_TABLE_NS} table-row"
_ODS_CELLS = (f"{ODS_TABLE_NS} table-cell", f"{ODS_TABLE_NS} covered-table-cell")
_ODS_REPEAT_CELLS = f"{ODS_TABLE_NS} number-columns-repeated"
_ODS_REPEAT_ROWS = f"{ODS_TABLE_NS} number-rows-repeated"
_ODS_VALUE_TYPE = f"{ODS_OFFICE_NS} value-type"


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _number(text: str | None, default: int) -> int:
    """A count or row number from an attribute; absurd ones are as big as the format allows."""
    if not text or not text.isdigit():
        return default
    return min(int(text[:12]), 1 << 40)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper()[:8]:
        if not "A" <= letter <= "Z":
            return 1 << 40
        number = number * 26 + ord(letter) - 64
    return number


_COLUMNS = {_letters(number): number for number in range(1, 703)}  # A … ZZ

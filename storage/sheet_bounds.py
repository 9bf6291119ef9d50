"""The grid each sheet of an .xls or .xlsb spans, measured from its cell records before
calamine reads it (see xlsx_guard: calamine holds a sheet as a dense grid, and one far cell
would make it ask for gigabytes and abort the app).

.xls is BIFF8 records in the "Workbook" stream of an OLE compound file (olefile reads it);
.xlsb is BIFF12 records in zip members xl/worksheets/*.bin (already inflated within limits).
Only the records that place a cell are read: their row and column are all that matters.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from storage.xlsx_guard import MAX_MEMBER_BYTES, SheetGrid, WorkbookRefused

# BIFF8 records that hold a cell: row and column are their first two 16-bit fields.
_XLS_CELLS = frozenset({0x0006, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6})
_XLS_SPANS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first column … last column
_XLS_BOF, _XLS_EOF, _XLS_FILEPASS = 0x0809, 0x000A, 0x002F
# BIFF12 (xlsb): BrtRowHdr gives the row; cell records start with their column.
_XLSB_ROW = 0x0000
_XLSB_CELLS = frozenset(range(0x0001, 0x000E)) | {0x003E}


def check_xls(path: Path, max_rows: int) -> None:
    """WorkbookRefused: "encrypted" (a password, or an OLE file that is no workbook we can
    open), "not_a_spreadsheet", or a limit passed."""
    import olefile  # imported here: only an .xls import needs it

    try:
        ole = olefile.OleFileIO(str(path))
    except Exception as error:  # olefile raises several kinds for a broken container
        raise WorkbookRefused("encrypted", str(error)[:200]) from None
    try:
        if ole.exists("EncryptedPackage"):
            raise WorkbookRefused("encrypted")  # a password-protected .xlsx
        stream = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
        if stream is None:
            raise WorkbookRefused("not_a_spreadsheet")
        if ole.get_size(stream) > MAX_MEMBER_BYTES:
            raise WorkbookRefused("too_big_inflated", stream)
        data = ole.openstream(stream).read(MAX_MEMBER_BYTES + 1)
    except WorkbookRefused:
        raise
    except Exception as error:
        raise WorkbookRefused("damaged_xml", str(error)[:200]) from None
    finally:
        ole.close()
    _scan_biff8(data, SheetGrid(max_rows))


def _scan_biff8(data: bytes, grid: SheetGrid) -> None:
    position, end = 0, len(data)
    rows = columns = depth = 0
    while position + 4 <= end:
        kind, size = struct.unpack_from("<HH", data, position)
        body = position + 4
        position = body + size
        if kind == _XLS_FILEPASS:
            raise WorkbookRefused("encrypted")
        if kind == _XLS_BOF:
            depth += 1
            rows = columns = 0
        elif kind == _XLS_EOF:
            if rows or columns:
                grid.add(rows, columns, "Workbook")
            rows = columns = 0
            depth = max(0, depth - 1)
        elif size >= 4 and (kind in _XLS_CELLS or kind in _XLS_SPANS):
            row, column = struct.unpack_from("<HH", data, body)
            if kind in _XLS_SPANS and size >= 6 and position <= end:
                column = struct.unpack_from("<H", data, position - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, column + 1)
            grid.check(rows, columns, "Workbook")
    if rows or columns:
        grid.add(rows, columns, "Workbook")


def check_xlsb(archive: zipfile.ZipFile, max_rows: int) -> None:
    grid = SheetGrid(max_rows)
    for info in archive.infolist():
        name = info.filename
        if name.startswith("xl/worksheets/") and name.endswith(".bin"):
            with archive.open(info) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
            if len(data) > MAX_MEMBER_BYTES:
                raise WorkbookRefused("too_big_inflated", name)
            rows, columns = _scan_biff12(data, grid, name)
            grid.add(rows, columns, name)


def _scan_biff12(data: bytes, grid: SheetGrid, name: str) -> tuple[int, int]:
    position, end = 0, len(data)
    row = rows = columns = 0
    while position < end:
        kind, position = _varint(data, position, 2)
        size, position = _varint(data, position, 4)
        body, position = position, position + size
        if position > end:
            break
        if kind == _XLSB_ROW and size >= 4:
            row = struct.unpack_from("<I", data, body)[0]
        elif kind in _XLSB_CELLS and size >= 4:
            column = struct.unpack_from("<I", data, body)[0]
            rows, columns = max(rows, row + 1), max(columns, column + 1)
            grid.check(rows, columns, name)
    return rows, columns


def _varint(data: bytes, position: int, most: int) -> tuple[int, int]:
    value = shift = 0
    for _ in range(most):
        if position >= len(data):
            break
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return value, position

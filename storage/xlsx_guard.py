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

A sheet is only followed up to the row where the roster reader stops (MAX_ROWS): openpyxl
never parses further. A member that is not well-formed XML is left for openpyxl to refuse.
"""

from __future__ import annotations

import zipfile
from xml.parsers import expat

from storage.zip_errors import ZIP_ERRORS

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # a 20,000-row sheet is ~10 MB
MAX_INFLATED_BYTES = 256 * 1024 * 1024
MAX_TOKEN_BYTES = 1024 * 1024  # one tag or text: Excel's biggest cell is ~160 KB of XML
MAX_KEPT_ELEMENTS = 200_000  # what openpyxl holds at once: ~60 MB even as objects
MAX_SHEET_ELEMENTS = 4_000_000  # bounds the time: 20,000 rows of 60 cells is ~3.6 million
_CHUNK = 1 << 20


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
    for info in infos:
        scan = _XmlScan(max_rows, info.filename)
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
        has_formulas = has_formulas or scan.formulas
    return has_formulas


def _check_tokens(chunk: bytes, carry: int, name: str) -> int:
    pieces = chunk.split(b"<")
    longest = max(carry + len(pieces[0]), max(map(len, pieces[1:]), default=0))
    if longest > MAX_TOKEN_BYTES:
        raise WorkbookRefused("cell_too_long", name)
    return carry + len(chunk) if len(pieces) == 1 else len(pieces[-1])


class _XmlScan:
    """Counts, element by element, what openpyxl would hold (see the module's docstring)."""

    def __init__(self, max_rows: int, name: str) -> None:
        self.max_rows = max_rows
        self.name = name
        self.kind = ""  # "sheet", "strings" or "tree", known at the root element
        self.active = True  # False once the member is not XML or needs no more reading
        self.formulas = False
        self.kept = 0  # elements openpyxl holds now
        self.inside: list[int] = []  # for each open element: what it holds below it
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
            self.active = False  # not XML (an image), or broken: openpyxl says so if it reads it
        except _Enough:
            self.active = False

    def close(self) -> None:
        self.feed(b"", final=True)

    def _doctype(self, *_args: object) -> None:
        raise WorkbookRefused("damaged_xml", "DOCTYPE")

    def _entity(self, *_args: object) -> None:
        raise WorkbookRefused("damaged_xml", "ENTITY")

    def _start(self, name: str, _attributes: dict) -> None:
        if not self.kind:
            self.kind = {f"{MAIN_NS} worksheet": "sheet", f"{MAIN_NS} sst": "strings"}.get(
                name, "tree"
            )
        self.kept += 1
        self.elements += 1
        self.inside.append(0)
        if self.kept > MAX_KEPT_ELEMENTS:
            raise WorkbookRefused("too_many_cells", self.name)
        if self.kind == "sheet":
            if self.elements > MAX_SHEET_ELEMENTS:
                raise WorkbookRefused("too_many_cells", self.name)
            if name == f"{MAIN_NS} f":
                self.formulas = True

    def _end(self, name: str) -> None:
        below = self.inside.pop()
        cleared = (self.kind == "sheet" and name == f"{MAIN_NS} row") or (
            self.kind == "strings" and name == f"{MAIN_NS} si"
        )
        if cleared:
            self.kept -= below  # openpyxl clears it once read (the empty element stays)
            below = 0
            if self.kind == "sheet":
                self.rows += 1
                if self.rows > self.max_rows:
                    raise _Enough  # the reader stops here: openpyxl never goes further
        if self.inside:
            self.inside[-1] += below + 1


class _Enough(Exception):
    """Raised inside expat to stop reading a sheet past the last row anyone reads."""

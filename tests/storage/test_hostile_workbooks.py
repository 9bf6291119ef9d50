"""Hostile .xls, .xlsb, .ods and .xlsx built to make calamine allocate a grid of gigabytes (it
holds a sheet as a dense grid from its first to its last cell, and aborts the process when the
memory is not there): each is measured from its cell records and refused before calamine reads
it, within the roster limits of time and memory, changing nothing."""

from __future__ import annotations

import struct
import time
import zipfile
from pathlib import Path

import olefile
import pytest

from storage.roster_files import RosterFileError, read_roster_file
from tests.hostile_files import HEADER_ROW, probe, sheet_xml, write_workbook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
SOUND = ("workbook_too_big", "too_many_rows")


def refused(path: Path) -> str:
    started = time.perf_counter()
    with pytest.raises(RosterFileError) as error:
        read_roster_file(path)
    assert time.perf_counter() - started < 5
    return error.value.key


def patched_xls(tmp_path: Path, patch) -> Path:  # noqa: ANN001 - (bytearray) -> None
    """nominatif.xls with its Workbook stream changed in place (same length)."""
    path = tmp_path / "patched.xls"
    path.write_bytes((FIXTURES / "nominatif.xls").read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        patch(data)
        ole.write_stream("Workbook", bytes(data))
    return path


def records(data: bytearray):  # noqa: ANN201
    position = 0
    while position + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, position)
        yield position, kind, size
        position += 4 + size


def rewritten_zip(source: Path, target: Path, member: str, change) -> Path:  # noqa: ANN001
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, change(data) if info.filename == member else data)
    return target


@pytest.mark.attack("roster")
def test_an_xls_with_one_cell_in_its_last_row_and_column_is_refused(tmp_path):
    def far_cell(data: bytearray) -> None:
        position = next(p for p, kind, _s in records(data) if kind == 0x00FD)  # LABELSST
        struct.pack_into("<HH", data, position + 4, 65535, 255)

    assert refused(patched_xls(tmp_path, far_cell)) in SOUND


@pytest.mark.attack("roster")
def test_an_xls_with_a_password_is_refused_as_protected(tmp_path):
    def password(data: bytearray) -> None:
        position = next(p for p, kind, _s in records(data) if kind == 0x00E1)  # after BOF
        struct.pack_into("<H", data, position, 0x002F)  # FILEPASS

    assert refused(patched_xls(tmp_path, password)) == "encrypted_or_old_excel"


@pytest.mark.attack("roster")
def test_an_xls_cut_in_half_is_refused(tmp_path):
    path = tmp_path / "cut.xls"
    path.write_bytes((FIXTURES / "nominatif.xls").read_bytes()[:3000])
    assert refused(path) in ("encrypted_or_old_excel", "damaged_file")


@pytest.mark.attack("roster")
def test_an_ods_cell_repeated_a_hundred_million_times_is_refused(tmp_path):
    def repeat(data: bytes) -> bytes:
        cell = b'<table:table-cell office:value-type="string"'
        return data.replace(cell, b'<table:table-cell table:number-columns-repeated="100000000"'
                            b' office:value-type="string"', 1)  # fmt: skip

    path = rewritten_zip(FIXTURES / "nominatif.ods", tmp_path / "r.ods", "content.xml", repeat)
    assert refused(path) in SOUND


@pytest.mark.attack("roster")
def test_an_ods_row_repeated_a_hundred_million_times_is_refused(tmp_path):
    def repeat(data: bytes) -> bytes:
        row = b'<table:table-row table:style-name="ro1">'
        return data.replace(row, row[:-1] + b' table:number-rows-repeated="100000000">', 1)

    path = rewritten_zip(FIXTURES / "nominatif.ods", tmp_path / "r.ods", "content.xml", repeat)
    assert refused(path) == "too_many_rows"


@pytest.mark.attack("roster")
def test_an_ods_with_two_billion_empty_cells_reads_as_the_list_it_is(tmp_path):
    """LibreOffice itself ends each row with ~16,000 repeated empty cells: empty repeats are
    never expanded, so even two billion of them cost nothing."""

    def repeat(data: bytes) -> bytes:
        return data.replace(
            b'number-columns-repeated="16383"', b'number-columns-repeated="2000000000"'
        )

    path = rewritten_zip(FIXTURES / "nominatif.ods", tmp_path / "e.ods", "content.xml", repeat)
    started = time.perf_counter()
    assert len(read_roster_file(path).rows) == 27
    assert time.perf_counter() - started < 5


@pytest.mark.attack("roster")
def test_an_xlsb_cell_in_the_last_row_and_column_is_refused(tmp_path):
    pyxlsbwriter = pytest.importorskip("pyxlsbwriter")
    path = tmp_path / "far.xlsb"
    with pyxlsbwriter.XlsbWriter(str(path)) as writer:
        writer.add_sheet("Daftar")
        writer.write_sheet([["NO", "NAMA"], [1, "Ahmad"]])

    def far(data: bytes) -> bytes:
        # BrtRowHdr (record 0) starts with the row: move the last row to the sheet's end.
        at = data.rfind(b"\x00\x19")  # record 0, 25 bytes: the row header pyxlsbwriter writes
        return data[: at + 2] + struct.pack("<I", 1_048_575) + data[at + 6 :]

    hostile = rewritten_zip(path, tmp_path / "h.xlsb", "xl/worksheets/sheet1.bin", far)
    assert refused(hostile) == "too_many_rows"


@pytest.mark.attack("roster")
def test_an_xlsx_with_one_cell_far_right_and_far_down_is_refused_before_calamine(tmp_path):
    """calamine would ask for 20,000 x 16,384 cells (10 GB) and abort the whole app."""
    cells = [
        HEADER_ROW,
        b'<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>',
        b'<row r="20000"><c r="A20000" t="inlineStr"><is><t>y</t></is></c></row>',
    ]
    assert refused(write_workbook(tmp_path / "far.xlsx", sheet_xml(cells))) == "workbook_too_big"


@pytest.mark.slow
@pytest.mark.attack("roster")
def test_a_far_cell_xlsx_stays_under_300_mb_in_a_fresh_process(tmp_path):
    cells = [HEADER_ROW, b'<row r="15000"><c r="XFD15000"><v>1</v></c></row>']
    result = probe("roster", write_workbook(tmp_path / "far.xlsx", sheet_xml(cells)))
    assert result["outcome"] == "workbook_too_big" and result["peak_mb"] < 300, result


@pytest.mark.slow
@pytest.mark.attack("roster")
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_a_far_cell_xls_or_ods_stays_under_300_mb_in_a_fresh_process(tmp_path, kind):
    if kind == "xls":

        def far_cell(data: bytearray) -> None:
            position = next(p for p, k, _s in records(data) if k == 0x00FD)
            struct.pack_into("<HH", data, position + 4, 65535, 255)

        path = patched_xls(tmp_path, far_cell)
    else:

        def repeat(data: bytes) -> bytes:
            cell = b'<table:table-cell office:value-type="string"'
            return data.replace(
                cell, cell[:17] + b' table:number-columns-repeated="16384"' + cell[17:], 1
            )

        path = rewritten_zip(FIXTURES / "nominatif.ods", tmp_path / "f.ods", "content.xml", repeat)
        row = b'<table:table-row table:style-name="ro1">'
        many = row[:-1] + b' table:number-rows-repeated="5000">'
        path = rewritten_zip(
            path, tmp_path / "g.ods", "content.xml", lambda d: d.replace(row, many, 1)
        )
    result = probe("roster", path)
    assert result["outcome"] in SOUND and result["peak_mb"] < 300, result

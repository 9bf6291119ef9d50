"""Participant sheets built to exhaust the laptop or garble the names: each is read within
bounds of memory and time, or refused before anything is shown as importable."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from storage.roster_files import MAX_CELL_CHARS, RosterFileError, read_roster_file
from tests.hostile_files import HEADER_ROW, MAIN, probe, repeat, sheet_xml, write_workbook


def refused(path: Path) -> str:
    with pytest.raises(RosterFileError) as error:
        read_roster_file(path)
    return error.value.key


def rows(first: int, last: int) -> list[bytes]:
    return [
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Peserta %d</t></is></c></row>' % (n, n, n)
        for n in range(first, last)
    ]


@pytest.mark.attack("hostile files")
def test_a_forged_sheet_size_is_ignored(tmp_path):
    """The sheet claims 16,384 columns and a million rows: openpyxl would pad every row."""
    dimension = b'<dimension ref="A1:XFD1048576"/>'
    path = write_workbook(tmp_path / "d.xlsx", sheet_xml([HEADER_ROW, *rows(3, 200)], dimension))
    started = time.perf_counter()
    sheet = read_roster_file(path)
    assert time.perf_counter() - started < 5
    assert len(sheet.rows) == 199 and sheet.rows[0][1] == ["Nama", "Instansi"]
    assert max(len(cells) for _line, cells in sheet.rows) == 2


@pytest.mark.attack("hostile files")
def test_a_row_a_million_lines_down_is_refused_not_padded(tmp_path):
    far = b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = write_workbook(tmp_path / "far.xlsx", sheet_xml([HEADER_ROW, far]))
    assert refused(path) == "too_many_rows"


@pytest.mark.attack("hostile files")
def test_a_cell_longer_than_excel_allows_is_refused(tmp_path):
    cell = b'<row r="3"><c r="A3" t="inlineStr"><is><t>' + b"a" * (MAX_CELL_CHARS + 1)
    path = write_workbook(
        tmp_path / "c.xlsx", sheet_xml([HEADER_ROW, cell + b"</t></is></c></row>"])
    )
    assert refused(path) == "cell_too_long"
    csv = tmp_path / "c.csv"
    csv.write_text("Nama;Instansi\n" + "b" * (MAX_CELL_CHARS + 1) + ";Pemkab\n", encoding="utf-8")
    assert refused(csv) == "cell_too_long"
    csv.write_text("Nama;Instansi\n" + "b" * 200_000 + ";Pemkab\n", encoding="utf-8")
    assert refused(csv) == "cell_too_long"  # past the csv module's own field limit


@pytest.mark.attack("hostile files")
def test_a_doctype_in_a_workbook_part_is_refused(tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
        b'<worksheet xmlns="' + MAIN.encode() + b'"><sheetData/></worksheet>'
    )
    assert refused(write_workbook(tmp_path / "l.xlsx", [laughs])) == "damaged_file"


@pytest.mark.attack("hostile files")
def test_a_zip_declaring_many_thousands_of_parts_is_refused_before_listing_them(tmp_path):
    path = write_workbook(tmp_path / "parts.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(2_500):
            archive.writestr(f"customXml/item{number}.xml", b"<a/>")
    assert refused(path) == "workbook_too_big"


@pytest.mark.attack("hostile files")
@pytest.mark.parametrize(
    "text",
    [
        "Nama," * 2_000_000 + "\n",  # one row of millions of cells
        "Nama;Instansi\n" + '"' * 3_000_000,  # one never-closed quoted field
        ("Nama,Instansi," + "x" * 400_000 + "\n") * 40,  # long lines for the delimiter sniffer
    ],
    ids=["wide row", "open quote", "long lines"],
)
def test_csv_built_to_be_slow_is_read_or_refused_quickly(tmp_path, text):
    path = tmp_path / "lambat.csv"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    try:
        read_roster_file(path)
    except RosterFileError as error:
        assert error.key in {"too_many_rows", "cell_too_long", "damaged_file"}
    assert time.perf_counter() - started < 5


# -- memory, measured in a fresh process --------------------------------------------------

BOMBS = {
    "50 MB shared string": lambda p: write_workbook(
        p,
        sheet_xml([HEADER_ROW, b'<row r="3"><c r="A3" t="s"><v>0</v></c></row>']),
        shared_strings=[
            f'<sst xmlns="{MAIN}"><si><t>'.encode(),
            *repeat(b"a", 50 * 2**20),
            b"</t></si></sst>",
        ],
    ),
    "3 million shared strings": lambda p: write_workbook(
        p,
        shared_strings=[
            f'<sst xmlns="{MAIN}">'.encode(),
            *repeat(b"<si><t>a</t></si>", 3_000_000),
            b"</sst>",
        ],
    ),
    "a row of 3 million cells": lambda p: write_workbook(
        p,
        sheet_xml([HEADER_ROW, b'<row r="3">', *repeat(b"<c><v>1</v></c>", 3_000_000), b"</row>"]),
    ),
    "elements outside any row": lambda p: write_workbook(
        p, sheet_xml([HEADER_ROW, *repeat(b"<x/>", 10_000_000)])
    ),
    "2 million styles": lambda p: write_workbook(
        p,
        styles=[
            f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode(),
            *repeat(b'<xf numFmtId="0"/>', 2_000_000),
            b"</cellXfs></styleSheet>",
        ],
    ),
    "a 256 MB image": lambda p: write_workbook(
        p, extra={"xl/media/image1.png": repeat(b"\0", 256 * 1024**2)}
    ),
    "3 million rows": lambda p: write_workbook(
        p, sheet_xml([HEADER_ROW, *repeat(b"<row><c><v>1</v></c></row>", 3_000_000)])
    ),
    "a million-column sheet": lambda p: write_workbook(
        p,
        sheet_xml([HEADER_ROW, *rows(3, 2000)], before=b'<dimension ref="A1:BDWGN1048576"/>'),
    ),
}


@pytest.mark.slow
@pytest.mark.attack("hostile files")
@pytest.mark.parametrize("build", BOMBS.values(), ids=BOMBS.keys())
def test_a_workbook_bomb_stays_under_300_mb(build, tmp_path):
    path = build(tmp_path / "bom.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024
    result = probe("roster", path)
    assert result["peak_mb"] < 300
    refusals = {"workbook_too_big", "cell_too_long", "too_many_rows", "damaged_file"}
    # The million-column sheet only claims its size (<dimension>): its 2,000 real rows are a
    # list like any other, and calamine never trusts the claim, so reading it is holding.
    harmless = {"read"} if build is BOMBS["a million-column sheet"] else set()
    assert result["outcome"] in refusals | harmless, result


@pytest.mark.slow
@pytest.mark.attack("hostile files")
def test_a_20_mb_csv_of_separators_stays_under_300_mb(tmp_path):
    path = tmp_path / "koma.csv"
    with path.open("wb") as handle:
        handle.write(b"Nama,Instansi\n")
        handle.writelines(repeat(b",", 19 * 1024 * 1024))
    result = probe("roster", path)
    assert result["outcome"] == "too_many_rows"
    assert result["peak_mb"] < 300

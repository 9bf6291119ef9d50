"""Text someone typed never runs as a formula when the office opens the export: every cell that
starts like one (OWASP's list) is neutralised in XLSX and in CSV, and numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from facilitation.documents.spreadsheets import SheetTable, csv_bytes, write_xlsx

PREFIXES = ["=", "+", "-", "@", "\t", "\r", "\n"]
TYPED = {
    "=": '=HYPERLINK("http://contoh.id","klik")',
    "+": "+62 812 3456 7890",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t": "\t=1+1",
    "\r": "\r=1+1",
    "\n": "\n=1+1",
}


def table(text: str) -> SheetTable:
    return SheetTable("notes", "Catatan", ["Teks", "Jumlah"], [[text, 25], ["biasa", -3]])


@pytest.mark.attack("spreadsheet injection")
@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_xlsx_keeps_formula_like_text_as_quoted_text(prefix, tmp_path):
    text = TYPED[prefix]
    target = tmp_path / "sesi.xlsx"
    write_xlsx([table(text)], target)
    sheet = load_workbook(target)["Catatan"]
    cell = sheet["A2"]
    assert cell.data_type == "s"
    assert cell.value == text.replace("\r", "\n")  # as typed (XML reads a lone CR as LF)
    assert cell.quotePrefix  # Excel shows it as typed text and never evaluates it
    assert sheet["B2"].value == 25 and sheet["B2"].data_type == "n"
    assert sheet["B3"].value == -3 and sheet["B3"].data_type == "n"
    assert not sheet["A3"].quotePrefix


@pytest.mark.attack("spreadsheet injection")
@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_csv_quotes_formula_like_text(prefix):
    text = TYPED[prefix]
    rows = list(csv.reader(io.StringIO(csv_bytes(table(text)).decode("utf-8-sig"), newline="")))
    assert rows[1] == ["'" + text, "25"]
    assert rows[2] == ["biasa", "-3"]  # a number the app counted is not quoted


@pytest.mark.attack("spreadsheet injection")
def test_a_header_that_starts_like_a_formula_is_neutralised_too(tmp_path):
    tricky = SheetTable("votes", "Suara", ["=1+1", "Jumlah"], [["ya", 3]])
    write_xlsx([tricky], tmp_path / "x.xlsx")
    header = load_workbook(tmp_path / "x.xlsx")["Suara"]["A1"]
    assert header.data_type == "s" and header.quotePrefix and header.value == "=1+1"
    assert csv_bytes(tricky).decode("utf-8-sig").startswith("'=1+1,")

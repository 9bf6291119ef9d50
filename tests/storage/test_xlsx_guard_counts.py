"""The workbook guard's counts with its lean sheet handlers: what a row holds is kept until the
row ends, and a token is measured across chunks as splitting every chunk would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import xlsx_guard
from storage.xlsx_guard import SheetGrid, WorkbookRefused, _check_tokens, _XmlScan

HEAD = f'<worksheet xmlns="{xlsx_guard.MAIN_NS}"><sheetData>'.encode()
TAIL = b"</sheetData></worksheet>"


def scan(body: bytes) -> _XmlScan:
    sheet = _XmlScan(SheetGrid(1_000), "xl/worksheets/sheet1.xml")
    sheet.feed(HEAD + body + TAIL)
    sheet.close()
    return sheet


def test_a_rows_cells_are_let_go_when_it_ends(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_KEPT_ELEMENTS", 100)
    row = b"<row>" + b"<c><v>1</v></c>" * 20 + b"</row>"  # 41 elements, let go at its end
    sheet = scan(row * 30)
    assert sheet.rows == 30 and sheet.kept == 2 + 30  # the root, sheetData, the empty rows
    assert (sheet.grid_rows, sheet.grid_columns) == (30, 20)


@pytest.mark.attack("roster")
def test_one_row_holding_more_than_the_reader_keeps_is_refused(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_KEPT_ELEMENTS", 100)
    with pytest.raises(WorkbookRefused) as refused:
        scan(b"<row>" + b"<c><v>1</v></c>" * 60 + b"</row>")
    assert refused.value.key == "too_many_cells"


@pytest.mark.attack("roster")
def test_rows_inside_rows_are_counted_as_the_stack_did():
    inner = b"<row><c><v>1</v></c></row>"
    sheet = scan(b"<row>" + inner * 3 + b"<c><v>2</v></c></row>")
    assert sheet.kept == 3  # the root, sheetData and the outer row, emptied
    assert sheet.rows == 4 and sheet.row_kept == []


def _split_reference(chunk: bytes, carry: int, limit: int) -> int | None:
    """The old measure: None where it refused."""
    pieces = chunk.split(b"<")
    longest = max(carry + len(pieces[0]), max(map(len, pieces[1:]), default=0))
    if longest > limit:
        return None
    return carry + len(chunk) if len(pieces) == 1 else len(pieces[-1])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=12).map(lambda b: b.replace(b"\x00", b"<")), max_size=6))
def test_tokens_are_measured_as_splitting_every_chunk_did(chunks):
    limit = 8
    xlsx_guard_limit = xlsx_guard.MAX_TOKEN_BYTES
    xlsx_guard.MAX_TOKEN_BYTES = limit
    try:
        carry = 0
        for chunk in chunks:
            expected = _split_reference(chunk, carry, limit)
            try:
                carry = _check_tokens(chunk, carry, "part")
            except WorkbookRefused:
                assert expected is None
                return
            assert carry == expected
    finally:
        xlsx_guard.MAX_TOKEN_BYTES = xlsx_guard_limit

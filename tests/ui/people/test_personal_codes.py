"""Personal codes for phones in the room, printed from the People page on the daftar hadir
and on name cards: made once when first printed, the same on every printout after."""

from __future__ import annotations

from pypdf import PdfReader

from tests.ui.people.test_ui_people import imported_page, stored
from ui.people.name_card_printing import print_name_cards


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_codes_are_made_once_and_printed_on_sheet_and_cards(qtbot, data_dir, tmp_path) -> None:
    page = imported_page(qtbot, data_dir, tmp_path)
    sheet, cards = tmp_path / "daftar-hadir.pdf", tmp_path / "kartu.pdf"
    with qtbot.waitSignal(page.pdf_written, timeout=20_000):
        page.print_attendance_sheet(sheet, "id", with_codes=True)
    codes = page.context.app.room.codes.codes(page.session.id)
    assert set(codes) == {p.id for p in stored(page)}
    with qtbot.waitSignal(page.pdf_written, timeout=20_000):
        print_name_cards(page, cards, "id", with_codes=True)
    assert page.context.app.room.codes.codes(page.session.id) == codes  # never re-made
    first = stored(page)[0]
    assert codes[first.id] in _text(sheet) and f"Kode ponsel: {codes[first.id]}" in _text(cards)

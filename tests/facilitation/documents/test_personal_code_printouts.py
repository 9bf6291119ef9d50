"""Personal codes printed for phones in the room: a column of the daftar hadir and a line of
each name card, only when asked for."""

from __future__ import annotations

import io

from facilitation.documents.attendance_sheet import write_attendance_sheet
from facilitation.documents.name_cards import write_name_cards
from facilitation.room.codes import codes_for
from tests.facilitation.documents.test_people_pdfs import HEADING, pdf_text, roster


def test_the_daftar_hadir_prints_each_persons_code_when_asked() -> None:
    people = roster()[:5]
    codes = codes_for([p.id for p in people], {})
    buffer = io.BytesIO()
    write_attendance_sheet(buffer, HEADING, people, "id", codes=codes)
    text = pdf_text(buffer.getvalue())
    assert "Kode\nPonsel" in text and all(code in text for code in codes.values())
    plain = io.BytesIO()
    write_attendance_sheet(plain, HEADING, people, "id")
    assert "Ponsel" not in pdf_text(plain.getvalue())


def test_name_cards_carry_the_code_in_both_languages() -> None:
    people = roster()[:9]
    people[0].name = "<b>Nur</b> & Co"
    codes = codes_for([p.id for p in people], {})
    buffer = io.BytesIO()
    write_name_cards(buffer, "Pelatihan <Budaya>", people, "en", codes=codes)
    text = pdf_text(buffer.getvalue())
    assert "<b>Nur</b> & Co" in text and f"Phone code: {codes[people[8].id]}" in text
    indonesian = io.BytesIO()
    write_name_cards(indonesian, "Pelatihan", people[:2], "id")
    assert "Kode ponsel" not in pdf_text(indonesian.getvalue())
    assert people[1].name in pdf_text(indonesian.getvalue())

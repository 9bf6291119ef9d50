"""Participant lists as offices keep them, written by LibreOffice in .xlsx, .xls and .ods
(tests/fixtures/rosters, see its README): every layout reads to the same people, NIPs, ranks,
birth data and phones, and the numbering row, the NIP lines and the signature block never
become people."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitation.roster import parse_roster
from facilitation.roster_layout import Skipped
from storage.roster_files import read_roster_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
LAYOUTS = ("nominatif", "two_row_header", "name_nip_one_cell")
FORMATS = ("xlsx", "xls", "ods")

EXPECTED = [  # name as written, NIP, rank, place, birth date, phone (national form)
    ("Drs. H. AHMAD SAPUTRA, M.Si.", "197803122005011002", "Pembina / IV.a", "Jakarta",
     "1978-03-12", "081234567890"),
    ("Hj. SITI AMINAH, S.E.", "198005212006042003", "Penata Tk. I / III.d", "Bogor",
     "1980-05-21", "081398765432"),
    ("BAMBANG WIJAYA, S.Sos", "198501012010011004", "Penata / III.c", "Bandung",
     "1985-01-01", "085711112222"),
    ("Dr. RINA WATI, S.H., M.H.", "197508151999032001", "Pembina Tk. I / IV.b", "Surabaya",
     "1975-08-15", "081122223333"),
    ("YOGI PRATAMA", "199002102015031006", "Penata Muda / III.a", "Kab. Bogor",
     "1990-02-10", "087788889999"),
    ("NUR HALIMAH, A.Md.", "199211302019022007", "Pengatur / II.c", "Depok",
     "1992-11-30", "081299990000"),
]  # fmt: skip


def read(layout: str, kind: str):  # noqa: ANN201
    roster_file = read_roster_file(FIXTURES / f"{layout}.{kind}")
    assert roster_file.kind == kind
    return roster_file, parse_roster(roster_file.rows)


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_in_every_format_reads_to_the_same_people(layout, kind):
    from facilitation.phones import national_phone

    _file, preview = read(layout, kind)
    assert not preview.problems, preview.problems
    people = [
        (p.name, p.nip, p.rank_grade, p.birth_place, p.birth_date, national_phone(p.phone))
        for p in preview.participants
    ]
    assert people == EXPECTED


@pytest.mark.parametrize("kind", FORMATS)
def test_the_daftar_nominatif_skips_its_title_numbering_and_signature(kind):
    _file, preview = read("nominatif", kind)
    skipped = dict(preview.skipped)
    assert [line for line, why in preview.skipped if why == Skipped.NUMBERING] == [6]
    assert all(skipped.get(line) == Skipped.TITLE for line in (1, 2, 3))
    below = [line for line, why in preview.skipped if why == Skipped.BELOW_TABLE]
    assert below[0] == 20 and 27 in below  # "Jumlah peserta" … the signer's NIP
    # Each person's NIP line is read with them, never as a person of its own.
    assert [line for line, _p in preview.rows] == [7, 9, 11, 13, 15, 17]
    assert preview.extra_lines == {line: [line + 1] for line in (7, 9, 11, 13, 15, 17)}
    assert "SUPARMAN" not in " ".join(p.name for p in preview.participants)


@pytest.mark.parametrize("kind", FORMATS)
def test_a_two_row_merged_header_names_each_column(kind):
    _file, preview = read("two_row_header", kind)
    assert preview.header_line == 3
    assert (4, Skipped.HEADER) in preview.skipped and (5, Skipped.NUMBERING) in preview.skipped
    assert [str(f) if f else None for f in preview.mapping][:8] == [
        None, "name", "nip", "rank_grade", "birth_place", "birth_date", "institution", "phone"
    ]  # fmt: skip
    # The phone is kept as the office wrote it; the People page shows its 08… form.
    assert preview.participants[0].phone == "+62 812-3456-7890"


@pytest.mark.parametrize("kind", FORMATS)
def test_the_likeliest_sheet_is_offered_first(kind):
    roster_file, preview = read("name_nip_one_cell", kind)
    assert roster_file.sheets == ["Peserta", "Petunjuk"] and roster_file.sheet == "Peserta"
    other = read_roster_file(FIXTURES / f"name_nip_one_cell.{kind}", sheet="Petunjuk")
    assert other.sheet == "Petunjuk" and parse_roster(other.rows).participants == []
    assert [p.name for p in preview.participants][0] == "Drs. H. AHMAD SAPUTRA, M.Si."

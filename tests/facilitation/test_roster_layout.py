"""Finding the people in a daftar nominatif from plain cell grids: title rows, combined and
two-row headers, the numbering row, NIP lines under the name, signature blocks. Property-tested
over generated sheets: whatever the layout, the people read are exactly the people listed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.roster import parse_roster
from facilitation.roster_headers import RosterField, guess_field
from facilitation.roster_layout import Skipped, is_numbering, split_name_and_nip

F = RosterField


def grid(*rows: list) -> list[tuple[int, list]]:
    return [(line, list(cells)) for line, cells in enumerate(rows, start=1)]


def test_combined_and_paperwork_headers_are_recognised():
    assert guess_field("NAMA / NIP") == F.NAME
    assert guess_field("NAMA DAN NIP") == F.NAME
    assert guess_field("PANGKAT / GOL. RUANG") == F.RANK
    assert guess_field("PANGKAT/GOL") == F.RANK
    assert guess_field("GOLONGAN") == F.GRADE
    assert guess_field("TEMPAT/TGL LAHIR") == F.BIRTH
    assert guess_field("TEMPAT LAHIR") == F.BIRTH_PLACE
    assert guess_field("TANGGAL LAHIR") == F.BIRTH_DATE
    assert guess_field("NIP") == F.NIP  # a NIP column on its own stays one


def test_a_golongan_column_alone_is_the_rank():
    preview = parse_roster(grid(["Nama", "Golongan"], ["Ahmad", "III/a"]))
    assert preview.participants[0].rank_grade == "III/a"


def test_the_numbering_row_is_recognised_in_its_printed_forms():
    assert is_numbering([1, 2, 3, 4, 5, 6, 7])
    assert is_numbering(["(1)", "(2)", "(3)", None, "(5)"])
    assert is_numbering(["1.", "2.", "3."])
    assert not is_numbering([1, "Ahmad", 3])
    assert not is_numbering([1, 2])  # too short to be sure


def test_name_and_nip_split_in_the_ways_offices_write_them():
    assert split_name_and_nip("AHMAD, S.E.\nNIP. 19780312 200501 1 002") == (
        "AHMAD, S.E.",
        "19780312 200501 1 002",
    )
    assert split_name_and_nip("Siti Aminah NIP: 198005212006042003") == (
        "Siti Aminah",
        "198005212006042003",
    )
    assert split_name_and_nip("Budi\n19850101 201001 1 004") == ("Budi", "19850101 201001 1 004")
    assert split_name_and_nip("Yogi\nNIP. -") == ("Yogi", "")
    assert split_name_and_nip("Nur Halimah") == ("Nur Halimah", "")
    assert split_name_and_nip("Nip Pin") == ("Nip Pin", "")  # a name, not the label


def test_a_person_without_a_nip_line_is_not_merged_with_the_next():
    preview = parse_roster(
        grid(
            ["NO", "NAMA / NIP", "JABATAN"],
            [1, "Ahmad", "Kepala Seksi"],
            [None, "NIP. 19780312 200501 1 002", "Pelayanan"],
            [2, "Siti (PPPK)", "Staf"],
            [3, "Yogi", "Staf"],
            [None, "NIP. 19900210 201503 1 006"],
            [4, "Nur"],
            [None, "NIP. -"],
            [5, "Rina"],
            [None, "19750815 199903 2 001"],
        )
    )
    people = [(p.name, p.nip, p.position) for p in preview.participants]
    assert people == [
        ("Ahmad", "197803122005011002", "Kepala Seksi Pelayanan"),
        ("Siti (PPPK)", "", "Staf"),
        ("Yogi", "199002102015031006", "Staf"),
        ("Nur", "", ""),
        ("Rina", "197508151999032001", ""),
    ]
    assert not preview.problems


def test_a_rounded_nip_on_the_second_line_is_still_a_problem_never_a_guess():
    preview = parse_roster(grid(["NO", "NAMA / NIP"], [1, "Ahmad"], [None, 1.97803122005011e17]))
    assert [p.key for p in preview.problems] == ["nip_rounded"]


def test_a_phone_that_lost_its_zero_gets_it_back_and_dates_read_in_indonesian():
    preview = parse_roster(
        grid(
            ["Nama", "No HP", "Tempat/Tgl Lahir", "Pangkat", "Gol"],
            ["Ahmad", 81234567890.0, "Kab. Bogor, 12 Maret 1978", "Penata", "III/c"],
            ["Siti", "6281398765432", "Depok / 30-11-1992", "", ""],
            ["Yogi", "", "Bandung, 31-02-1990", "", ""],
        )
    )
    ahmad, siti, yogi = preview.participants
    assert ahmad.phone == "081234567890" and siti.phone == "6281398765432"
    assert (ahmad.birth_place, ahmad.birth_date) == ("Kab. Bogor", "1978-03-12")
    assert (siti.birth_place, siti.birth_date) == ("Depok", "1992-11-30")
    assert ahmad.rank_grade == "Penata / III/c"
    # 31 February is no date: a warning, the date left empty, never guessed.
    assert yogi.birth_date == "" and [p.key for p in preview.problems] == ["birth_date_unreadable"]
    assert not preview.problems[0].blocking


# -- generated sheets ------------------------------------------------------------------------

names = st.lists(
    st.text(alphabet="ABCDEFGHIJKLMNOPRSTUWY", min_size=3, max_size=12), min_size=1, max_size=12
).map(lambda words: [f"{w.title()} {w[::-1].title()}" for w in words])
nips = st.integers(10**17, 10**18 - 1).map(str)


def printed(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


@st.composite
def sheets(draw):  # noqa: ANN201
    people = draw(names)
    people = list(dict.fromkeys(people))
    numbers = draw(st.lists(nips, min_size=len(people), max_size=len(people), unique=True))
    style = draw(st.sampled_from(["next_line", "one_cell", "own_column"]))
    titles = draw(st.integers(0, 4))
    rows: list[list] = [[f"DAFTAR PESERTA {n}"] for n in range(titles)]
    if titles:
        rows.append([])
    if style == "own_column":
        rows.append(["NO", "NAMA", "NIP", "PANGKAT/GOL"])
    else:
        rows.append(["NO", draw(st.sampled_from(["NAMA / NIP", "NAMA DAN NIP"])), "PANGKAT/GOL"])
    if draw(st.booleans()):
        rows.append(list(range(1, len(rows[-1]) + 1)))
    for number, (name, nip) in enumerate(zip(people, numbers, strict=True), start=1):
        if style == "next_line":
            rows.append([number, name, "Penata / III.c"])
            rows.append([None, f"NIP. {printed(nip)}"])
        elif style == "one_cell":
            rows.append([number, f"{name}\nNIP. {printed(nip)}", "Penata / III.c"])
        else:
            rows.append([number, name, printed(nip), "Penata / III.c"])
    if draw(st.booleans()):
        rows.append([])
        rows.append([None, draw(st.sampled_from(["Jumlah", "Mengetahui,", "Keterangan: -"]))])
        rows.append([None, None, "Kepala Dinas"])
        rows.append([None, None, "Drs. SUPARMAN"])
        rows.append([None, None, "NIP. 19650101 199003 1 005"])
    return people, numbers, grid(*rows)


@settings(max_examples=80, deadline=None)
@given(sheets())
def test_every_generated_daftar_reads_to_exactly_its_people(sheet):
    people, numbers, rows = sheet
    preview = parse_roster(rows)
    assert not preview.blocking, preview.problems
    assert [p.name for p in preview.participants] == people
    assert [p.nip for p in preview.participants] == numbers
    assert all(p.rank_grade == "Penata / III.c" for p in preview.participants)
    read = {line for line, _p in preview.rows}
    read |= {extra for lines in preview.extra_lines.values() for extra in lines}
    skipped = {line for line, _why in preview.skipped}
    assert not read & skipped
    below = [line for line, why in preview.skipped if why == Skipped.BELOW_TABLE]
    assert all(line > max(read) for line in below)


def test_a_combined_header_merged_over_two_columns_names_both():
    preview = parse_roster(
        grid(
            ["NO", "NAMA / NIP", None, "TEMPAT / TGL LAHIR", None],
            [1, 2, 3, 4, 5],
            [1, "Ahmad", "19780312 200501 1 002", "Jakarta", "12-03-1978"],
        )
    )
    assert [str(f) if f else None for f in preview.mapping] == [
        None, "name", "nip", "birth_place", "birth_date"
    ]  # fmt: skip
    (ahmad,) = preview.participants
    assert (ahmad.nip, ahmad.birth_place, ahmad.birth_date) == (
        "197803122005011002",
        "Jakarta",
        "1978-03-12",
    )
    assert not preview.problems

"""Reading the office's sheet: header guessing, and every bad line reported by its number."""

from __future__ import annotations

from datetime import datetime

from facilitation.participants import Gender, Participant
from facilitation.roster import RosterField, guess_field, guess_mapping, parse_roster

F = RosterField


def lines(*rows):
    return [(n, list(row)) for n, row in enumerate(rows, start=1)]


def test_indonesian_and_english_headers_are_recognised() -> None:
    assert guess_mapping(
        ["No", "Nama Lengkap", "NIP", "Jabatan", "Unit Kerja", "L/P", "No. HP", "Email"]
    ) == [None, F.NAME, F.NIP, F.POSITION, F.INSTITUTION, F.GENDER, F.PHONE, F.EMAIL]
    assert guess_mapping(["Full name", "Employee ID", "Position", "Institution", "Gender"]) == [
        F.NAME,
        F.NIP,
        F.POSITION,
        F.INSTITUTION,
        F.GENDER,
    ]
    assert guess_field("Nama Instansi") == F.INSTITUTION
    assert guess_field("Asal Instansi / OPD") == F.INSTITUTION
    assert guess_field("Jenis Kelamin") == F.GENDER
    assert guess_field("Nomor WA") == F.PHONE
    assert guess_field("Nama Pegawai") == F.NAME  # "wa" inside "pegawai" is not WhatsApp
    assert guess_field("Keterangan") is None


def test_a_title_above_the_header_is_skipped() -> None:
    preview = parse_roster(
        lines(
            ["DAFTAR PESERTA BIMTEK BUDAYA KINERJA"],
            [],
            ["No", "Nama", "NIP", "Instansi"],
            [1, "Dewi Lestari", "198503122010012001", "Pemkab Berau"],
        )
    )
    assert preview.header_line == 3
    assert preview.can_import
    ((line, person),) = preview.rows
    assert line == 4
    assert (person.name, person.nip, person.institution) == (
        "Dewi Lestari",
        "198503122010012001",
        "Pemkab Berau",
    )


def test_bad_lines_are_reported_by_number_and_block_the_import() -> None:
    preview = parse_roster(
        lines(
            ["Nama", "NIP", "L/P"],
            ["Ahmad Saputra", "19850312 201001 1 001", "L"],  # spaces are fine
            ["Budi", "12345", "L"],  # too short
            ["", "198503122010011002", "P"],  # no name
            ["Ahmad Saputra", "198503122010011001", "L"],  # same NIP as line 2
            ["Rina", 1.98503122010012e17, "P"],  # a number: digits already lost
            ["Sri", datetime(1985, 3, 12), "P"],  # Excel turned it into a date
            ["Wulan", "#REF!", "P"],
            ["Indah", "", "Wanita"],
            ["Yusuf", "", "X"],  # unreadable gender: a warning only
            ["Joko", 198503122010011003, "L"],  # an exact integer cell (some writers) is fine
        )
    )
    by_line = {p.line: p.key for p in preview.problems}
    assert by_line == {
        3: "nip_wrong_length",
        4: "name_empty",
        5: "duplicate_in_file",
        6: "nip_rounded",
        7: "nip_is_date",
        8: "cell_error",
        10: "gender_unknown",
    }
    duplicate = next(p for p in preview.problems if p.key == "duplicate_in_file")
    assert duplicate.detail == "2"
    assert not preview.can_import
    assert [p.blocking for p in preview.problems if p.line == 10] == [False]
    assert preview.rows[0][1].nip == "198503122010011001"
    assert preview.rows[7][1].gender == Gender.FEMALE
    assert preview.rows[9][1].nip == "198503122010011003"


def test_people_already_on_the_list_are_skipped_not_doubled() -> None:
    existing = [Participant("Ahmad Saputra", nip="198503122010011001")]
    preview = parse_roster(
        lines(
            ["Nama", "NIP"],
            ["Ahmad S.", "198503122010011001"],
            ["Budi Santoso", ""],
        ),
        existing=existing,
    )
    assert preview.already_listed == 1
    assert [p.name for p in preview.participants] == ["Budi Santoso"]
    assert preview.can_import


def test_a_changed_mapping_is_used_and_a_missing_name_column_blocks() -> None:
    rows = lines(["Kolom A", "Kolom B"], ["Dewi", "Pemkot Tarakan"])
    preview = parse_roster(rows)
    assert [p.key for p in preview.problems] == ["no_name_column"]
    assert not preview.can_import
    preview = parse_roster(rows, [F.NAME, F.INSTITUTION])
    assert preview.can_import
    assert preview.participants[0].institution == "Pemkot Tarakan"


def test_data_under_an_empty_header_cell_is_pointed_out() -> None:
    # A merged "Nama" header over two columns leaves the second without a name.
    preview = parse_roster(lines(["Nama", None, "NIP"], ["Dewi", "Lestari", ""]))
    assert [(p.key, p.detail, p.blocking) for p in preview.problems] == [
        ("column_unnamed", "2", False)
    ]


def test_hostile_text_is_kept_exactly_or_refused() -> None:
    preview = parse_roster(
        lines(
            ["Nama", "Jabatan"],
            ["<b>Nur</b> & 🙂 مرحبا", "Analis <img src=x>"],
            ["Nul\x00Byte", ""],
            ["Long", "x" * 100_000],
        )
    )
    assert preview.rows[0][1].name == "<b>Nur</b> & 🙂 مرحبا"
    assert preview.rows[0][1].position == "Analis <img src=x>"
    assert {(p.line, p.key) for p in preview.problems} == {
        (3, "text_has_nul"),
        (4, "text_too_long"),
    }


def test_an_empty_sheet_has_nothing_to_import() -> None:
    preview = parse_roster([])
    assert not preview.can_import
    assert preview.problems[0].key == "no_rows"
    preview = parse_roster(lines(["Nama", "NIP"]))
    assert [p.key for p in preview.problems] == ["no_rows"]

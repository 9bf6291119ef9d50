"""Roster files from the real world: XLSX and CSV that work, and every kind that must be
refused with a clear reason and nothing written."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitation.participants import Participant, ParticipantError
from facilitation.roster import parse_roster
from facilitation.session import Session, SessionDay
from storage.participants import ParticipantRepository
from storage.roster_files import MAX_ROWS, RosterFileError, read_roster_file
from storage.sessions import SessionRepository
from tests.roster_fixtures import HEADERS, INSTITUTIONS, fake_roster, write_csv, write_xlsx


@pytest.fixture
def session_id(db) -> str:
    """The session a roster is imported into."""
    return (
        SessionRepository(db)
        .create(Session("Bimtek Budaya Kinerja", days=[SessionDay(date(2022, 3, 23))]))
        .id
    )


def refused(path: Path) -> str:
    with pytest.raises(RosterFileError) as error:
        read_roster_file(path)
    return error.value.key


def test_a_sixty_person_workbook_imports_end_to_end(tmp_path, db, session_id) -> None:
    path = write_xlsx(tmp_path / "peserta.xlsx", fake_roster())
    preview = parse_roster(read_roster_file(path).rows)
    assert preview.problems == []
    repo = ParticipantRepository(db)
    repo.import_roster(session_id, preview.participants)
    stored = repo.list(session_id)
    assert len(stored) == 60
    assert {p.institution for p in stored} == set(INSTITUTIONS)
    assert all(len(p.nip) == 18 for p in stored)
    assert [p.number for p in stored] == list(range(1, 61))
    again = parse_roster(read_roster_file(path).rows, existing=stored)
    assert again.already_listed == 60 and not again.can_import


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), (",", "utf-8"), ("\t", "utf-8"), (";", "cp1252")],
)
def test_csv_in_the_encodings_and_separators_offices_use(tmp_path, delimiter, encoding) -> None:
    people = fake_roster(12)
    people[0]["Nama Lengkap"] = "Désirée Ñoño"  # survives cp1252 too
    path = write_csv(tmp_path / "peserta.csv", people, delimiter, encoding)
    roster = read_roster_file(path)
    assert roster.delimiter == delimiter
    preview = parse_roster(roster.rows)
    assert preview.can_import, preview.problems
    assert preview.participants[0].name == "Désirée Ñoño"
    assert len(preview.participants) == 12


def test_empty_files_are_refused(tmp_path) -> None:
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    assert refused(empty) == "empty_file"
    blank = tmp_path / "blank.csv"
    blank.write_text("\n \n;;\n")
    assert refused(blank) == "empty_file"
    workbook = Workbook()
    workbook.save(tmp_path / "kosong.xlsx")
    assert refused(tmp_path / "kosong.xlsx") == "empty_file"


def test_files_that_are_not_spreadsheets_are_refused(tmp_path) -> None:
    picture = tmp_path / "foto.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert refused(picture) == "not_a_spreadsheet"
    binary = tmp_path / "program.csv"
    binary.write_bytes(bytes(range(256)) * 50)
    assert refused(binary) == "not_a_spreadsheet"
    other_zip = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    assert refused(other_zip) == "not_a_spreadsheet"


def test_garbage_and_password_protected_workbooks_are_refused(tmp_path) -> None:
    truncated = tmp_path / "rusak.xlsx"
    good = write_xlsx(tmp_path / "good.xlsx", fake_roster(5)).read_bytes()
    truncated.write_bytes(good[: len(good) // 2])
    assert refused(truncated) == "damaged_file"
    garbage = tmp_path / "sampah.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)
    assert refused(garbage) == "damaged_file"
    # Excel saves a password-protected workbook inside an OLE compound file.
    encrypted = tmp_path / "rahasia.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    assert refused(encrypted) == "encrypted_or_old_excel"
    bad_xml = tmp_path / "xml.xlsx"
    with zipfile.ZipFile(bad_xml, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><unclosed>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert refused(bad_xml) == "damaged_file"


def test_merged_headers_formulas_and_dates_become_line_problems(tmp_path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama", None, "NIP", "Instansi"])
    sheet.merge_cells("A1:B1")
    sheet.append(["Dewi", "Lestari", "198503122010012001", "Pemkab Berau"])
    sheet.append(["=A2&B2", "", "198503122010012002", "Pemkab Berau"])  # never calculated
    sheet.append(["Rina", "", date(1985, 3, 12), "Pemkot Tarakan"])
    # openpyxl, like Excel, keeps only 15 significant digits of a number.
    sheet.append(["Sri", "", 198503122010012003, "Pemkot Tarakan"])
    sheet.append(["Wulan", "", 1.98503122010012e17, "Pemkot Tarakan"])  # rounded float
    path = tmp_path / "campur.xlsx"
    workbook.save(path)
    preview = parse_roster(read_roster_file(path).rows)
    keys = {(p.line, p.key) for p in preview.problems}
    assert keys == {
        (1, "column_unnamed"),
        (3, "formula_not_calculated"),
        (4, "nip_is_date"),
        (5, "nip_rounded"),
        (6, "nip_rounded"),
    }
    assert preview.rows[0][1].nip == "198503122010012001"
    assert not preview.can_import


def test_a_formula_never_calculated_is_a_problem_not_a_blank(tmp_path) -> None:
    """A sheet written by a script holds formulas without results; read as empty, a NIP
    column of them would have imported 60 people without NIP and no word about it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "NIP", "Instansi", "Bantu"])
    sheet.append(["Dewi Lestari", "=D2", "Pemkab Berau", "198503122010012001"])
    sheet.append(["Rina Wati", "198503122010012002", "Pemkot Tarakan", ""])
    path = tmp_path / "skrip.xlsx"
    workbook.save(path)
    preview = parse_roster(read_roster_file(path).rows)
    problems = [(p.line, p.key, p.detail) for p in preview.problems]
    assert problems == [(2, "formula_not_calculated", "=D2")]
    assert not preview.can_import
    assert preview.rows[1][1].nip == "198503122010012002"


def test_formulas_with_saved_results_import_as_their_results(tmp_path) -> None:
    """Excel saves each formula's result next to it: that is what is read."""
    from zipfile import ZipFile

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "NIP"])
    sheet.append(['="Dewi "&"Lestari"', "198503122010012001"])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    # Add the cached value Excel would have written: <f>…</f><v>Dewi Lestari</v>.
    saved = tmp_path / "excel.xlsx"
    with ZipFile(plain) as source, ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = text.replace('<c r="A2"><f>', '<c r="A2" t="str"><f>')
                text = text.replace("</f><v /></c>", "</f><v>Dewi Lestari</v></c>", 1)
                assert "<v>Dewi Lestari</v>" in text
                data = text.encode()
            target.writestr(item, data)
    preview = parse_roster(read_roster_file(saved).rows)
    assert preview.problems == []
    assert preview.rows[0][1].name == "Dewi Lestari"


def test_huge_files_are_refused_before_anything_is_written(tmp_path, db, session_id) -> None:
    rows = "\n".join(f"Peserta {n};;Pemkab Berau" for n in range(100_000))
    path = tmp_path / "besar.csv"
    path.write_text("Nama;NIP;Instansi\n" + rows, encoding="utf-8")
    assert refused(path) == "too_many_rows"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(list(HEADERS[:2]))
    for n in range(MAX_ROWS + 5):
        sheet.append([f"Peserta {n}"])
    workbook.save(tmp_path / "besar.xlsx")
    assert refused(tmp_path / "besar.xlsx") == "too_many_rows"
    oversize = tmp_path / "raksasa.csv"
    with oversize.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert refused(oversize) == "file_too_big"
    assert ParticipantRepository(db).count(session_id) == 0


def test_an_import_is_all_or_nothing(db, session_id) -> None:
    repo = ParticipantRepository(db)
    people = [Participant(f"Peserta {n}") for n in range(10)] + [Participant("", nip="1")]
    with pytest.raises(ParticipantError):
        repo.import_roster(session_id, people)
    assert repo.count(session_id) == 0
    clash = [Participant("A"), Participant("B")]
    clash[1].id = clash[0].id  # a failure inside the transaction, after the first insert
    with pytest.raises(Exception):  # noqa: B017 - sqlite's IntegrityError
        repo.import_roster(session_id, clash)
    assert repo.count(session_id) == 0


@pytest.mark.slow
def test_workbooks_with_damaged_bytes_are_refused_never_crash(tmp_path) -> None:
    """Flipped bytes break a workbook's deflate streams and CRCs in many ways (zlib.error,
    EOFError, a bad CRC...): each one is a clear refusal, or the file still reads."""
    import random

    workbook = Workbook()
    for number in range(120):
        workbook.active.append([f"Peserta {number}", f"19850312201001{number:04d}", "Pemkab"])
    good = tmp_path / "baik.xlsx"
    workbook.save(good)
    data = good.read_bytes()
    rng = random.Random(7)
    outcomes = set()
    for case in range(150):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] ^= rng.randrange(1, 256)
        path = tmp_path / f"rusak{case}.xlsx"
        path.write_bytes(damaged)
        try:
            read_roster_file(path)
            outcomes.add("read")
        except RosterFileError as error:
            outcomes.add(error.key)
        path.unlink()
    assert "damaged_file" in outcomes
    assert outcomes <= {"read", "damaged_file", "not_a_spreadsheet", "empty_file"}

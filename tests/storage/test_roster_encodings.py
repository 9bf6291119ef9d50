"""CSV text in no clear encoding is refused before the preview, saying where: one stray byte
must not turn every "é" of a UTF-8 sheet into "Ã©"."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.roster_files import RosterFileError, read_roster_file

NAMES = ["José Ramírez", "Désirée Ñoño", "Made Ayu", "Renée Siregar"]


def csv_file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "peserta.csv"
    path.write_bytes(data)
    return path


def lines(names: list[str]) -> str:
    return "Nama;Instansi\n" + "".join(f"{name};Pemkab Sleman\n" for name in names)


def refused(path: Path) -> RosterFileError:
    with pytest.raises(RosterFileError) as error:
        read_roster_file(path)
    return error.value


@pytest.mark.attack("roster encoding")
def test_one_stray_cp1252_byte_in_a_utf8_sheet_is_refused_not_garbled(tmp_path):
    data = lines(NAMES).encode("utf-8") + "O\x92Brien;Dinas\n".encode("latin-1")
    error = refused(csv_file(tmp_path, data))
    assert (error.key, error.detail) == ("mixed_encoding", "6")


@pytest.mark.attack("roster encoding")
def test_cp1252_text_holding_utf8_sequences_is_refused(tmp_path):
    data = lines(NAMES).encode("cp1252") + "José;Dinas\n".encode()
    assert refused(csv_file(tmp_path, data)).key == "mixed_encoding"


@pytest.mark.attack("roster encoding")
def test_bytes_invalid_in_utf8_and_in_cp1252_are_refused(tmp_path):
    data = b"Nama;Instansi\nAbc\x81\x8d;Dinas\n"
    error = refused(csv_file(tmp_path, data))
    assert (error.key, error.detail) == ("unknown_encoding", "2")
    bom = b"\xef\xbb\xbf" + b"Nama;Instansi\nJos\xe9;Dinas\n"
    assert refused(csv_file(tmp_path, bom)).key == "unknown_encoding"


@pytest.mark.attack("roster encoding")
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_a_sheet_already_converted_twice_is_refused(tmp_path, encoding):
    garbled = "José Ramírez".encode().decode("cp1252")  # "JosÃ© RamÃ­rez"
    data = lines(["Made Ayu", garbled]).encode(encoding)
    error = refused(csv_file(tmp_path, data))
    assert error.key == "mojibake" and error.detail == "3: Ã© → é"


@pytest.mark.attack("roster encoding")
def test_garbled_text_saved_as_cp1252_is_read_as_the_utf8_it_really_is(tmp_path):
    garbled = "José Ramírez".encode().decode("cp1252")
    sheet = read_roster_file(csv_file(tmp_path, lines([garbled]).encode("cp1252")))
    assert sheet.rows[1][1][0] == "José Ramírez" and sheet.encoding == "utf-8"


@pytest.mark.attack("roster encoding")
def test_curly_quotes_converted_twice_are_found_too(tmp_path):
    garbled = "Dinas Ma’arif".encode().decode("cp1252")  # "Dinas Maâ€™arif"
    data = lines(["Made Ayu"]).encode("utf-8") + f"Ahmad;{garbled}\n".encode()
    assert refused(csv_file(tmp_path, data)).key == "mojibake"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_clean_files_in_each_encoding_still_read(tmp_path, encoding):
    sheet = read_roster_file(csv_file(tmp_path, lines(NAMES).encode(encoding)))
    assert [cells[0] for _line, cells in sheet.rows[1:]] == NAMES

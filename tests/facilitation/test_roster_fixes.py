"""A sheet with a few bad lines is still importable: a cell corrected in the preview or a line
left out, and what Excel does to NIPs and phone numbers on the way to CSV is recognised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.participants import Participant
from facilitation.roster import RosterField, parse_roster

F = RosterField
BUDI = Participant("Budi Santoso", nip="198806152010011002")


def lines(*rows):
    return [(n, list(row)) for n, row in enumerate(rows, start=1)]


def keys(preview, line: int) -> list[str]:
    return [p.key for p in preview.problems if p.line == line]


@pytest.mark.attack("roster problems")
def test_a_nip_the_session_has_under_another_name_blocks_its_line() -> None:
    preview = parse_roster(
        lines(["Nama", "NIP"], ["Dewi Lestari", "198806152010011002"], ["Eko", ""]),
        existing=[BUDI],
    )
    (problem,) = [p for p in preview.problems if p.line == 2]
    assert (problem.key, problem.blocking) == ("nip_in_session", True)
    assert (problem.detail, problem.known_as) == ("198806152010011002", "Budi Santoso")
    assert preview.already_listed == 0
    assert not preview.can_import


@pytest.mark.parametrize("name", ["Budi Santoso", "  budi   SANTOSO ", "Budi S."])
def test_the_same_nip_and_name_is_skipped_as_already_there(name: str) -> None:
    preview = parse_roster(
        lines(["Nama", "NIP"], [name, "198806152010011002"], ["Eko", ""]), existing=[BUDI]
    )
    assert preview.already_listed == 1
    assert [p.name for p in preview.participants] == ["Eko"]
    assert preview.can_import


def test_a_nip_conflict_is_resolved_by_leaving_the_line_out_or_fixing_it() -> None:
    rows = lines(["Nama", "NIP"], ["Dewi Lestari", "198806152010011002"], ["Eko", ""])
    left = parse_roster(rows, existing=[BUDI], left_out={2})
    assert left.can_import
    assert [p.name for p in left.participants] == ["Eko"]
    fixed = parse_roster(rows, existing=[BUDI], edits={(2, F.NIP): "199001012015032001"})
    assert fixed.can_import
    assert [p.nip for p in fixed.participants] == ["199001012015032001", ""]
    renamed = parse_roster(rows, existing=[BUDI], edits={(2, F.NAME): "Budi Santoso"})
    assert renamed.already_listed == 1


@pytest.mark.attack("roster problems")
@pytest.mark.parametrize("cell", ["1,98806E+17", "1.98806E+17", "1.98806e17", "'1,98806E+17"])
def test_an_excel_nip_in_scientific_notation_in_a_csv_says_digits_were_lost(cell: str) -> None:
    preview = parse_roster(lines(["Nama", "NIP"], ["Budi", cell]))
    assert keys(preview, 2) == ["nip_rounded"]
    assert not preview.can_import


@pytest.mark.attack("roster problems")
def test_excels_leading_apostrophe_is_removed_from_every_cell() -> None:
    preview = parse_roster(
        lines(
            ["Nama", "NIP", "No. HP", "Jabatan"],
            ["'Budi Santoso", "'198806152010011002", "'081234567890", "' Kepala Seksi"],
        )
    )
    assert preview.can_import
    (person,) = preview.participants
    assert (person.name, person.nip, person.phone, person.position) == (
        "Budi Santoso",
        "198806152010011002",
        "081234567890",
        "Kepala Seksi",
    )


@pytest.mark.attack("roster problems")
def test_one_bad_line_left_out_leaves_the_rest_importable() -> None:
    rows = lines(
        ["Nama", "NIP"],
        *[[f"Peserta {n}", f"1988061520100110{n:02d}"] for n in range(1, 59)],
        ["Salah Satu", "1985"],
        ["", "198806152010011099"],
    )
    preview = parse_roster(rows)
    assert not preview.can_import
    assert {p.line for p in preview.blocking} == {60, 61}
    chosen = parse_roster(rows, left_out={60, 61})
    assert chosen.can_import
    assert (len(chosen.chosen), len(chosen.rows)) == (58, 60)
    assert chosen.blocking == []
    assert len(chosen.participants) == 58


def test_an_edited_cell_is_checked_again_like_the_sheet() -> None:
    rows = lines(["Nama", "NIP"], ["Budi", "1985"])
    assert keys(parse_roster(rows, edits={(2, F.NIP): "19850312"}), 2) == ["nip_wrong_length"]
    fixed = parse_roster(rows, edits={(2, F.NIP): "19850312 201001 1 001"})
    assert fixed.can_import
    assert fixed.participants[0].nip == "198503122010011001"


def test_a_left_out_line_is_no_longer_a_duplicate_of_another() -> None:
    rows = lines(["Nama", "NIP"], ["Budi", "198806152010011002"], ["B.", "198806152010011002"])
    assert keys(parse_roster(rows), 3) == ["duplicate_in_file"]
    kept_second = parse_roster(rows, left_out={2})
    assert kept_second.can_import
    assert [p.name for p in kept_second.participants] == ["B."]


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(min_value=2, max_value=9)))
def test_what_is_imported_is_exactly_the_lines_not_left_out(left_out: set[int]) -> None:
    rows = lines(
        ["Nama", "NIP"],
        *[[f"Peserta {n}", "1985" if n % 3 == 0 else ""] for n in range(2, 10)],
    )
    preview = parse_roster(rows, left_out=left_out)
    assert {p.name for p in preview.participants} == {
        f"Peserta {n}" for n in range(2, 10) if n not in left_out
    }
    assert all(p.line not in left_out for p in preview.blocking)
    assert preview.can_import == ({3, 6, 9} <= left_out and len(left_out) < 8)

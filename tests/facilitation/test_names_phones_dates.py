"""Degrees and titles kept as written but ignored when sorting and matching; phones Excel
mangled (lost 0, +62/62) shown and found in their 08… form; Indonesian dates read day first."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.id_dates import parse_date, split_place_and_date
from facilitation.names import name_search_text, name_sort_key, name_without_titles
from facilitation.phones import national_phone, phone_from_number, phone_search_forms


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Dr. H. Ahmad Saputra, S.E., M.Si.", "Ahmad Saputra"),
        ("Drs. Bambang Wijaya", "Bambang Wijaya"),
        ("Hj. Siti Aminah, S.Sos", "Siti Aminah"),
        ("Dra. Rina Wati, M.Pd.", "Rina Wati"),
        ("Budi, MM", "Budi"),
        ("Nur Halimah, A.Md.Kep", "Nur Halimah"),
        ("Prof. Dr. Ir. Yogi, M.T., Ph.D.", "Yogi"),
        ("Ahmad, Budi", "Ahmad, Budi"),  # a comma before a word that is no degree stays
        ("H. Hasan", "Hasan"),
        ("Dr.", "Dr."),  # nothing would be left: the name as written
    ],
)
def test_titles_and_degrees_are_ignored_but_kept(written, name):
    assert name_without_titles(written) == name


def test_sorting_ignores_titles():
    names = ["Drs. Zainal", "Ahmad", "Dr. H. Bambang, S.E.", "Hj. Citra"]
    assert sorted(names, key=name_sort_key) == [
        "Ahmad",
        "Dr. H. Bambang, S.E.",
        "Hj. Citra",
        "Drs. Zainal",
    ]


def test_a_name_typed_at_check_in_finds_the_titled_one():
    haystack = name_search_text("Dr. H. Ahmad Saputra, S.E., M.Si.")
    for typed in ("ahmad saputra", "saputra", "ahmad se", "dr ahmad"):
        assert all(word in haystack for word in typed.split()), typed


@pytest.mark.parametrize(
    ("written", "national"),
    [
        ("+62 812-3456-7890", "081234567890"),
        ("6281234567890", "081234567890"),
        ("(0812) 3456 7890", "081234567890"),
        ("+62 (0)812 3456 7890", "081234567890"),
        ("021-5551234", "0215551234"),
        ("+65 6123 4567", "+65 6123 4567"),  # a foreign number stays as written
        ("ada di grup WA", "ada di grup WA"),
    ],
)
def test_phones_show_in_the_national_form(written, national):
    assert national_phone(written) == national


def test_a_phone_number_cell_gets_its_zero_back():
    assert phone_from_number(81234567890.0) == "081234567890"
    assert phone_from_number(215551234) == "215551234"  # no mobile: not guessed
    assert phone_search_forms("+62 812-3456-7890") == ("+62 812-3456-7890", "081234567890")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("12-03-1978", "1978-03-12"),
        ("12/3/1978", "1978-03-12"),
        ("12.03.1978", "1978-03-12"),
        ("12 Maret 1978", "1978-03-12"),
        ("12 Mar 1978", "1978-03-12"),
        ("1 Agustus 1980", "1980-08-01"),
        ("17-Agu-1990", "1990-08-17"),
        ("5 Nopember 1970", "1970-11-05"),
        ("1978-03-12", "1978-03-12"),
        ("31-02-1978", None),
        ("13 Smarch 1978", None),
        ("kemarin", None),
        (datetime(1978, 3, 12), "1978-03-12"),
        (date(1978, 3, 12), "1978-03-12"),
        (19780312.0, None),
    ],
)
def test_indonesian_dates_read_day_first(written, iso):
    assert parse_date(written) == iso


def test_place_and_date_of_birth_come_apart():
    assert split_place_and_date("Jakarta, 12 Maret 1978") == ("Jakarta", "1978-03-12")
    assert split_place_and_date("Kab. Bogor / 01-12-1980") == ("Kab. Bogor", "1980-12-01")
    assert split_place_and_date("Bandung") == ("Bandung", None)


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31)))
def test_every_date_reads_back_in_each_written_form(day):
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]  # fmt: skip
    for written in (
        day.strftime("%d-%m-%Y"),
        day.strftime("%d/%m/%Y"),
        f"{day.day} {months[day.month - 1]} {day.year}",
    ):
        assert parse_date(written) == day.isoformat()

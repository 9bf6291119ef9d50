"""RowCheck: check_row for a write made again and again (a note at every Enter), which skips
a value its column passed last time. It must refuse exactly what check_row refuses."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.notes import MAX_NOTE_BYTES, has_lone_surrogate
from facilitation.validation import RowCheck, RowValueError, check_row, row_problem

COLUMNS = (
    (
        "id, session_id, activity_id, text, kind, tags, group_label, group_id, speaker,"
        " participant_id, author, starred, created_at, updated_at, deleted_at"
    )
    .replace(" ", "")
    .split(",")
)
STAMP = "2026-11-30T08:00:00.000000+00:00"


def good_note(**changes: object) -> dict:
    row = {
        "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "session_id": "3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
        "activity_id": None,
        "text": "Loket pengaduan dibuka sampai sore",
        "kind": "idea",
        "tags": '["Akuntabel"]',
        "group_label": "Kelompok 1",
        "group_id": None,
        "speaker": "",
        "participant_id": None,
        "author": "",
        "starred": 0,
        "created_at": STAMP,
        "updated_at": STAMP,
        "deleted_at": None,
    }
    return {**row, **changes}


def refusal(check, row: dict) -> tuple[str, str] | None:  # noqa: ANN001
    try:
        check([row[column] for column in COLUMNS])
    except RowValueError as error:
        return error.key, error.column
    return None


def test_a_good_note_passes_again_and_again() -> None:
    check = RowCheck("notes", COLUMNS)
    for number in range(3):
        assert refusal(check, good_note(text=f"Catatan {number}")) is None


BAD = [
    ("kind", "rumour", "unknown_choice"),
    ("tags", json.dumps(["tag"] * 51), "json_wrong_shape"),
    ("tags", "[not json", "json_invalid"),
    ("starred", 2, "number_out_of_range"),
    ("starred", True, "not_a_number"),  # equal to the 1 that passed, but not a number
    ("starred", 1.0, "not_a_number"),
    ("text", "   ", "text_empty"),
    ("text", "a\x00b", "text_has_nul"),
    ("text", "é\ud800", "text_has_lone_surrogate"),
    ("text", "é" * (MAX_NOTE_BYTES // 2 + 1), "text_too_long"),  # counted in UTF-8 bytes
    ("id", "../../etc/passwd", "id_invalid"),
    ("created_at", "2025-13-45T08:00:00", "timestamp_invalid"),
    ("group_label", "g" * 301, "text_too_long"),
]


@pytest.mark.attack("values by meaning")
@pytest.mark.parametrize(("column", "value", "key"), BAD)
def test_a_value_refused_once_is_refused_after_good_rows_too(column, value, key) -> None:
    check = RowCheck("notes", COLUMNS)
    assert refusal(check, good_note(starred=1)) is None
    assert refusal(check, good_note(**{column: value})) == (key, column)
    assert refusal(check, good_note(**{column: value})) == (key, column)  # not remembered
    assert row_problem("notes", good_note(**{column: value})).key == key


TEXTS = st.one_of(
    st.sampled_from(["", " ", "idea", "rumour", "[]", '["a"]', "[1]", STAMP, "x" * 301]),
    st.text(max_size=40),
)
VALUES = st.one_of(st.none(), TEXTS, st.integers(-3, 3), st.booleans(), st.floats(-2, 2))


@pytest.mark.attack("values by meaning")
@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(COLUMNS), VALUES, max_size=4), max_size=6))
def test_any_sequence_of_rows_is_judged_as_check_row_judges_each(changes) -> None:
    check = RowCheck("notes", COLUMNS)
    for change in changes:
        row = good_note(**change)
        try:
            check_row("notes", row)
            expected = None
        except RowValueError as error:
            expected = error.key, error.column
        assert refusal(check, row) == expected


def test_plain_text_skips_the_surrogate_scan_but_not_the_answer() -> None:
    assert not has_lone_surrogate("Pelayanan prima " * 100)
    assert has_lone_surrogate("Pelayanan \ud83d prima")
    assert not has_lone_surrogate("Pelayanan 🙂 prima")

"""The row rules: a stored value must mean something (a real date, a known kind, a sane size)."""

from __future__ import annotations

import json

import pytest

from facilitation.validation import RowValueError, check_row, row_problem

SESSION_ID = "3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
STAMP = "2026-11-30T08:00:00.000000+00:00"


def good_day() -> dict:
    return {
        "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "session_id": SESSION_ID,
        "day_date": "2024-02-29",  # a leap day is real
        "start_time": "08:00",
        "end_time": "16:00",
        "created_at": STAMP,
        "updated_at": STAMP,
        "deleted_at": None,
    }


def test_a_real_day_passes() -> None:
    assert row_problem("session_days", good_day()) is None
    assert row_problem("session_days", {**good_day(), "created_at": "2026-11-30T08:00:00Z"}) is None


BAD_VALUES = [
    ("session_days", "day_date", "2025-02-30", "date_invalid"),
    ("session_days", "day_date", "30/02/2025", "date_invalid"),
    ("session_days", "start_time", "25:61", "time_invalid"),
    ("session_days", "end_time", "24:00", "time_invalid"),
    ("session_days", "created_at", "2025-13-45T08:00:00", "timestamp_invalid"),
    ("activities", "kind", "juggling", "unknown_choice"),
    ("activities", "grouping", "", "unknown_choice"),
    ("activities", "planned_minutes", 99999, "number_out_of_range"),
    ("activities", "planned_minutes", -1, "number_out_of_range"),
    ("activities", "planned_minutes", 2.5, "not_a_number"),
    ("activities", "guiding_questions", "[not json", "json_invalid"),
    ("activities", "guiding_questions", '{"a": 1}', "json_wrong_shape"),
    ("activities", "guiding_questions", "[1, 2]", "json_wrong_shape"),
    ("activities", "guiding_questions", "[NaN]", "json_invalid"),
    ("activities", "title", "x" * (5 * 1024 * 1024), "text_too_long"),
    ("activities", "title", "a\x00b", "text_has_nul"),
    ("activities", "day_id", "../../etc/passwd", "id_invalid"),
    ("activities", "id", "3F9A1C2E-5B7D-4E8F-9A0B-1C2D3E4F5A6B", "id_invalid"),
    ("sessions", "report_language", "fr", "unknown_choice"),
    ("sessions", "title", "   ", "text_empty"),
    ("sessions", "facilitators", json.dumps(["x" * 20_001]), "text_too_long"),
    ("notes", "kind", "rumour", "unknown_choice"),
    ("notes", "tags", json.dumps(["tag"] * 51), "json_wrong_shape"),
    ("notes", "starred", 2, "number_out_of_range"),
    ("participants", "gender", "X", "unknown_choice"),
    ("participants", "name", "n" * 201, "text_too_long"),
    ("role_plays", "round_count", 0, "number_out_of_range"),
    ("role_plays", "round_count", 51, "number_out_of_range"),
    ("observer_scores", "score", 9, "number_out_of_range"),
    ("vote_options", "count", -1, "number_out_of_range"),
    ("test_scores", "pre_score", float("inf"), "not_a_number"),
    ("work_plan_items", "deadline", "2025-04-31", "date_invalid"),
    ("run_events", "kind", "explode", "unknown_choice"),
    ("game_scores", "points", 1e9, "number_out_of_range"),
]


@pytest.mark.attack("values by meaning")
@pytest.mark.parametrize(("table", "column", "value", "key"), BAD_VALUES)
def test_an_impossible_value_is_named_by_table_column_and_problem(table, column, value, key):
    with pytest.raises(RowValueError) as error:
        check_row(table, {column: value})
    assert (error.value.table, error.value.column, error.value.key) == (table, column, key)


@pytest.mark.attack("values by meaning")
def test_a_day_that_ends_before_it_starts_is_refused() -> None:
    problem = row_problem(
        "session_days", {**good_day(), "start_time": "16:00", "end_time": "08:00"}
    )
    assert problem is not None and problem.key == "day_ends_before_start"


@pytest.mark.attack("values by meaning")
def test_a_column_without_its_own_rule_is_still_bounded() -> None:
    problem = row_problem("notes", {"future_column": "x" * (2 * 1024 * 1024)})
    assert problem is not None and problem.key == "text_too_long"


def test_none_is_left_to_the_schema() -> None:
    assert row_problem("work_plan_items", {"deadline": None, "group_id": None}) is None


@pytest.mark.attack("values by meaning")
@pytest.mark.parametrize(
    ("column", "value"),
    [("start_time", "0٠:00"), ("day_date", "٢٠٢٢-03-23"), ("end_time", "１２:00")],
)
def test_digits_from_other_scripts_are_not_times_or_dates(column, value) -> None:
    row = {"id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", column: value}
    problem = row_problem("session_days", row)
    assert problem is not None and problem.column == column

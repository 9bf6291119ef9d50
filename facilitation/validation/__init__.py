"""Values checked by meaning: what a stored row may hold, column by column.

A row that comes from outside (a bundle from another laptop) must be a row this app itself
could have written, and the app's own writes obey the same rules. The rules are data
(tables.RULES: table -> column -> rule); each rule returns a problem key that the UI words, or
None. A column with no rule of its own still gets a generic bound by type, so no value escapes
one. Types and NOT NULL are the schema's business; None always passes here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitation.session import ValidationError
from facilitation.validation.rules import Rule
from facilitation.validation.tables import ANY_INTEGER, ANY_REAL, ANY_TEXT, ROW_CHECKS, RULES

__all__ = [
    "PROBLEM_KEYS",
    "RULES",
    "RowProblem",
    "RowValueError",
    "check_row",
    "check_values",
    "row_problem",
]

# Every problem a rule can name; the UI words each one (a test keeps the two in step).
PROBLEM_KEYS = (
    "not_text",
    "text_has_nul",
    "text_has_lone_surrogate",
    "text_too_long",
    "text_empty",
    "unknown_choice",
    "id_invalid",
    "date_invalid",
    "time_invalid",
    "timestamp_invalid",
    "not_a_number",
    "number_out_of_range",
    "json_invalid",
    "json_wrong_shape",
    "day_ends_before_start",
)


class RowValueError(ValidationError):
    """A row the rules refuse: key is the problem, table and column say where."""

    def __init__(self, key: str, table: str, column: str) -> None:
        super().__init__(key, table=table, column=column)
        self.table = table
        self.column = column

    def __str__(self) -> str:
        return f"{self.table}.{self.column}: {self.key}"


@dataclass(frozen=True)
class RowProblem:
    table: str
    column: str
    key: str


def _generic(value: object) -> Rule | None:
    if isinstance(value, str):
        return ANY_TEXT
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return ANY_INTEGER
    if isinstance(value, float):
        return ANY_REAL
    return None


def row_problem(table: str, row: Mapping[str, object]) -> RowProblem | None:
    """The first problem of a row (columns in the row's order), or None when it is fine."""
    rules = RULES.get(table, {})
    for column, value in row.items():
        if value is None:
            continue
        rule = rules.get(column) or _generic(value)
        problem = rule.problem(value) if rule else None
        if problem:
            return RowProblem(table, column, problem)
    for checked_table, column, check in ROW_CHECKS:
        if checked_table == table:
            problem = check(row)
            if problem:
                return RowProblem(table, column, problem)
    return None


def check_row(table: str, row: Mapping[str, object]) -> None:
    """Raise RowValueError when the rules refuse the row."""
    problem = row_problem(table, row)
    if problem:
        raise RowValueError(problem.key, problem.table, problem.column)


def check_values(table: str, **values: object) -> None:
    """Check some columns of a row (an UPDATE that sets only these)."""
    check_row(table, values)

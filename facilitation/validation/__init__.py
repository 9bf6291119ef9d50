"""Values checked by meaning: what a stored row may hold, column by column.

A row that comes from outside (a bundle from another laptop) must be a row this app itself
could have written, and the app's own writes obey the same rules. The rules are data (RULES:
table -> column -> rule, from tables and day_tables); each rule returns a problem key that the
UI words, or None. A column with no rule of its own still gets a generic bound by type, so no
value escapes one. Types and NOT NULL are the schema's business; None always passes here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from facilitation.session import ValidationError
from facilitation.validation import day_tables, paperwork_tables, tables
from facilitation.validation.rules import Rule
from facilitation.validation.tables import ANY_INTEGER, ANY_REAL, ANY_TEXT, ROW_CHECKS

__all__ = [
    "PROBLEM_KEYS",
    "RULES",
    "RowCheck",
    "RowProblem",
    "RowValueError",
    "check_row",
    "check_values",
    "row_problem",
]


class _LazyRules(Mapping[str, Mapping[str, Rule]]):
    """table -> column -> rule, each table's rules made when first asked for: they import the
    domain modules that hold their limits and choices, and at start-up only the sessions are
    read (building every table's rules would load every domain module before the window is
    ready, ~50 ms)."""

    def __init__(self) -> None:
        self._builders: dict[str, Callable[[], dict[str, dict[str, Rule]]]] = {
            table: build
            for build, names in (*tables.BUILDERS, *day_tables.BUILDERS, *paperwork_tables.BUILDERS)
            for table in names
        }
        self._built: dict[str, dict[str, Rule]] = {}

    def __getitem__(self, table: str) -> Mapping[str, Rule]:
        found = self._built.get(table)
        if found is None:
            self._built.update(self._builders[table]())  # KeyError: a table with no rules
            found = self._built[table]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


RULES: Mapping[str, Mapping[str, Rule]] = _LazyRules()


def _row_checks(table: str) -> tuple:
    """The checks across a row's columns; the room's load only when a room row is checked."""
    if table in paperwork_tables.ROOM_TABLES:
        from facilitation.validation.room_tables import ROOM_CHECKS

        return ROW_CHECKS + ROOM_CHECKS
    return ROW_CHECKS


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
    for checked_table, column, check in _row_checks(table):
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


class RowCheck:
    """check_row for one table's rows given as values in a fixed column order, for a write
    made again and again (the note box saves at every Enter): each column's rule is found
    once, and a value equal (and of the same type) to the last one its column passed is not
    checked again, since rules depend on the value alone. The session, kind, tags, group
    and names of one note are mostly those of the last; only the new id, text and times are
    checked. Same rules, same first problem, same RowValueError as check_row."""

    def __init__(self, table: str, columns: Sequence[str]) -> None:
        self.table = table
        self.columns = tuple(columns)
        self._rules: tuple[Rule | None, ...] | None = None  # found at first use, as RULES is
        self._across: tuple = ()
        self._passed: list[object] = [None] * len(self.columns)

    def __call__(self, values: Sequence[object]) -> None:
        rules = self._rules if self._rules is not None else self._find_rules()
        passed = self._passed
        for index, value in enumerate(values):
            last = passed[index]
            if value is None or (value == last and type(value) is type(last)):
                continue
            rule = rules[index] or _generic(value)
            problem = rule.problem(value) if rule else None
            if problem:
                raise RowValueError(problem, self.table, self.columns[index])
            passed[index] = value
        if self._across:
            row = dict(zip(self.columns, values, strict=True))
            for _table, column, check in self._across:
                problem = check(row)
                if problem:
                    raise RowValueError(problem, self.table, column)

    def _find_rules(self) -> tuple[Rule | None, ...]:
        found = RULES.get(self.table, {})
        self._across = tuple(check for check in _row_checks(self.table) if check[0] == self.table)
        self._rules = tuple(found.get(column) for column in self.columns)
        return self._rules

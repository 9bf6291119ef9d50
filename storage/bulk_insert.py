"""Writing many rows of one table in few statements, without sqlite-utils on the hot path."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence

_ROWS_PER_STATEMENT = 100  # at most 700 values: well under SQLite's limit of 32,766


def insert_dicts(conn: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    """Rows of the same columns, in one statement: not sqlite-utils' insert, which reads the
    schema (three queries) and opens a savepoint at every call."""
    columns = ", ".join(rows[0])
    values = ", ".join(f":{column}" for column in rows[0])
    conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({values})", rows)


def insert_rows(
    conn: sqlite3.Connection,
    table: str,
    shared: dict[str, object],
    columns: Sequence[str],
    rows: Sequence[tuple],
) -> None:
    """Rows of these columns, each with the shared values too, up to a hundred in one
    statement. SQLite opens a statement journal for every statement that may fail a
    foreign-key check (a member row has four): one statement per row (executemany) was a
    tenth of a formation's save, and binding the shared values again for every row another
    tenth."""
    values = [*shared.values()]
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start : start + _ROWS_PER_STATEMENT]
        sql = _insert_sql(table, tuple(shared), tuple(columns), len(chunk))
        conn.execute(sql, values + [value for row in chunk for value in row])


@functools.cache
def _insert_sql(table: str, shared: tuple[str, ...], columns: tuple[str, ...], rows: int) -> str:
    """The INSERT of that many rows: the shared values are parameters 1 to len(shared), and
    each row's own values follow, row after row."""
    first, width = len(shared) + 1, len(columns)
    fixed = "".join(f"?{n}, " for n in range(1, first))
    tuples = ", ".join(
        "(" + fixed + ", ".join(f"?{first + row * width + c}" for c in range(width)) + ")"
        for row in range(rows)
    )
    return f"INSERT INTO {table} ({', '.join(shared + columns)}) VALUES {tuples}"

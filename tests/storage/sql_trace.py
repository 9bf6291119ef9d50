"""The SQL statements a piece of work runs: for tests that count work, not time."""

from __future__ import annotations

from collections.abc import Callable


def statements_of(db, work: Callable[[], object]) -> list[str]:  # noqa: ANN001
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        work()
    finally:
        db.conn.set_trace_callback(None)
    return statements

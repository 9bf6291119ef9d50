"""One write transaction on a connection in autocommit mode, for every writer of the store."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

Stamp = tuple[int, int]


def change_stamp(conn: sqlite3.Connection) -> Stamp:
    """What changes with every write to the store: another connection's commit (the phone
    server writes from its own: PRAGMA data_version) and this connection's rows written
    (total_changes, trigger rows included)."""
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


def one_write_since(before: Stamp | None, now: Stamp) -> bool:
    """Exactly one row written since before, through this connection, and no other
    connection's commit: a reader that knows that row can bring itself up to date."""
    return before is not None and now[0] == before[0] and now[1] == before[1] + 1


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection, name: str = "store_write") -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or a savepoint inside a transaction already open.

    IMMEDIATE takes the write lock at BEGIN: the phone server writes from its own connection,
    and a deferred transaction that reads first could not wait for the lock (SQLite refuses
    the upgrade at once as busy; up to the connection's timeout, IMMEDIATE waits its turn).
    A failed COMMIT (disk full) rolls back, so no transaction is left open; inside an open
    one, an error that already ended the whole transaction is not rolled back twice.
    Straight on the connection: it runs for every note and every phone's answer."""
    if conn.in_transaction:
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise

"""A bundle touches only its own session.

Before a row is merged it is matched against every unique key of its table (the id, and any
unique index such as one attendance per person and day or one timer setting per activity) and
its parents are looked up: a row that would land on another session's record, or that hangs
under another session's record, is refused before anything is written.
"""

from __future__ import annotations

import sqlite_utils

from storage.bundle_check import Bundle, BundleError

_CHUNK_ROWS = 400  # rows per query: at most 800 parameters for a two-column key

# References that the schema does not declare as foreign keys (they may point to a record of
# another kind, or to one made after the row), checked all the same.
SOFT_PARENTS: dict[str, dict[str, str]] = {
    "activity_timer_settings": {"activity_id": "activities"},
    "notes": {"participant_id": "participants", "group_id": "participant_groups"},
    "room_answers": {"participant_id": "participants"},
    "run_events": {"day_id": "session_days", "activity_id": "activities"},
    "run_state": {"day_id": "session_days", "activity_id": "activities"},
    "test_scores": {"participant_id": "participants"},
    "work_plan_items": {"group_id": "participant_groups"},
}


def unique_keys(db: sqlite_utils.Database, table: str) -> list[list[str]]:
    """Column sets of unique indexes other than the id, e.g. one run state per session."""
    keys = []
    for _seq, name, unique, origin, _partial in db.execute(f"PRAGMA index_list([{table}])"):
        if unique and origin != "pk":
            columns = [row[2] for row in db.execute(f"PRAGMA index_info([{name}])")]
            if columns and "id" not in columns:
                keys.append(columns)
    return keys


def parent_columns(db: sqlite_utils.Database, table: str) -> dict[str, str]:
    """Column -> the session table it points to (declared foreign keys and SOFT_PARENTS)."""
    parents = {
        row[3]: row[2]
        for row in db.execute(f"PRAGMA foreign_key_list([{table}])")
        if row[3] != "session_id"
    }
    parents.update(SOFT_PARENTS.get(table, {}))
    return {
        column: parent
        for column, parent in parents.items()
        if parent != "sessions" and _has_session_column(db, parent)
    }


def _has_session_column(db: sqlite_utils.Database, table: str) -> bool:
    return any(row[1] == "session_id" for row in db.execute(f"PRAGMA table_info([{table}])"))


def check_confined(db: sqlite_utils.Database, bundle: Bundle) -> None:
    """BundleError("foreign_session") when a row's id or another unique key is held by a
    record of another session, BundleError("foreign_parent") when it refers to one."""
    session_id = bundle.session_id
    for table, rows in bundle.tables.items():
        if table == "sessions":
            continue  # its one row is the session itself (checked when the bundle was read)
        for columns in [["id"], *unique_keys(db, table)]:
            clash = _held_elsewhere(db, table, columns, rows, session_id)
            if clash is not None:
                raise BundleError("foreign_session", f"{table} {clash['id']}")
        for column, parent in parent_columns(db, table).items():
            keyed = [{"id": row[column], "of": row} for row in rows if row.get(column) is not None]
            clash = _held_elsewhere(db, parent, ["id"], keyed, session_id)
            if clash is not None:
                raise BundleError("foreign_parent", f"{table} {clash['of']['id']}.{column}")


def _held_elsewhere(
    db: sqlite_utils.Database, table: str, columns: list[str], rows: list[dict], session_id: str
) -> dict | None:
    """The first of rows whose key (columns) is held in table by another session's record."""
    keyed = [row for row in rows if all(row.get(c) is not None for c in columns)]
    names = ", ".join(f"[{c}]" for c in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    for start in range(0, len(keyed), _CHUNK_ROWS):
        chunk = keyed[start : start + _CHUNK_ROWS]
        values = ", ".join([one] * len(chunk))
        found = db.execute(
            f"SELECT {names} FROM [{table}] WHERE ({names}) IN (VALUES {values})"
            " AND session_id IS NOT ? LIMIT 1",
            [*(row[c] for row in chunk for c in columns), session_id],
        ).fetchone()
        if found is not None:
            key = tuple(found)
            return next((r for r in chunk if tuple(r[c] for c in columns) == key), chunk[0])
    return None

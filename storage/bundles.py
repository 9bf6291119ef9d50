"""Moving a session between laptops: export it as a .lokakarya bundle, import and merge one.

Every table with a session_id column belongs to a session and travels (plus the sessions row
itself), so areas added later travel without changes here. Merge rules follow the store's
conventions: rows are matched by UUID (and every other unique key, only ever within the
bundle's own session), the newest edit time wins as an instant, deletions are tombstones
(deleted_at) that travel like any other edit when asked for, and nothing is ever deleted.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.edit_times import is_future, is_newer, parse_instant
from facilitation.redaction import redact_record, scrub
from facilitation.safe_files import write_atomically
from storage import backups
from storage.bundle_check import (
    DATA,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    Bundle,
    BundleError,
    Column,
    load_bundle,
)
from storage.bundle_confine import check_confined, parent_columns, unique_keys
from storage.bundle_redaction import leave_out_personal, settle_absent_columns
from storage.facts import get_fact, set_fact
from storage.migrations import migrate, schema_version
from storage.room.bundle_rules import check_room_rows
from storage.search_index import index_pending_notes

log = logging.getLogger(__name__)

DEVICE_FACT = "device_id"
APP_VERSION = "0.1.0"
_FIRST = ("sessions", "session_days")


# -- what belongs to a session --------------------------------------------------------------


def session_tables(db: sqlite_utils.Database) -> list[str]:
    """The sessions table and every ordinary table with a session_id column, parents first."""
    virtual = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    }
    found = []
    for name in db.table_names():
        if name in virtual or any(name.startswith(f"{v}_") for v in virtual):
            continue  # full-text indexes and their shadow tables are rebuilt, not moved
        if name == "sessions" or "session_id" in _column_names(db, name):
            found.append(name)
    return _parents_first(db, found)


def _column_names(db: sqlite_utils.Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])")]


def _parents_first(db: sqlite_utils.Database, tables: list[str]) -> list[str]:
    """Order tables so each comes after the tables its foreign keys point to."""
    wanted = set(tables)
    parents = {
        table: {row[2] for row in db.execute(f"PRAGMA foreign_key_list([{table}])")}
        & wanted - {table}
        for table in tables
    }
    ordered: list[str] = []
    pending = [t for t in _FIRST if t in wanted] + sorted(wanted - set(_FIRST))
    while pending:
        for table in pending:
            if parents[table] <= set(ordered):
                ordered.append(table)
                pending.remove(table)
                break
        else:  # a cycle: keep the rest in name order, foreign keys will say if it matters
            ordered += pending
            break
    return ordered


def store_schema(db: sqlite_utils.Database) -> dict[str, dict[str, Column]]:
    schema = {}
    for table in session_tables(db):
        columns = {}
        for _cid, name, declared, notnull, default, pk in db.execute(
            f"PRAGMA table_info([{table}])"
        ):
            affinity = declared.upper() if declared.upper() in ("TEXT", "INTEGER", "REAL") else ""
            columns[name] = Column(name, affinity, bool(notnull) and default is None and not pk)
        schema[table] = columns
    return schema


def fresh_schema_db() -> sqlite_utils.Database:
    """An empty store in memory, to check a bundle before a real store is even created."""
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    return db


def device_id(db: sqlite_utils.Database) -> str:
    """A random id for this installation, so a bundle says which laptop it came from."""
    known = get_fact(db, DEVICE_FACT)
    if known:
        return known
    new = str(uuid.uuid4())
    set_fact(db, DEVICE_FACT, new)
    return new


# -- export -----------------------------------------------------------------------------


def bundle_contents(
    db: sqlite_utils.Database, session_id: str, redact: bool = False, include_trash: bool = False
) -> Bundle:
    row = db.execute("SELECT title FROM sessions WHERE id=?", [session_id]).fetchone()
    if row is None:
        raise BundleError("no_such_session", session_id)
    tables: dict[str, list[dict]] = {}
    for table in session_tables(db):
        key = "id" if table == "sessions" else "session_id"
        rows = [
            dict(r)
            for r in db.query(f"SELECT * FROM [{table}] WHERE {key}=? ORDER BY rowid", [session_id])
        ]
        if redact:  # free text scrubbed here; the personal columns are then left out
            rows = [redact_record(record) for record in rows]
        if rows:
            tables[table] = rows
    if not include_trash:
        _leave_trash_behind(db, tables)
    redacted = leave_out_personal(tables, store_schema(db)) if redact else {}
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": APP_VERSION,
        "created_at": utc_now_iso(),
        "source_device": device_id(db),
        "session_id": session_id,
        "session_title": (scrub(row[0]) if redact else row[0])[:300],
        "schema_version": schema_version(db),
        "tables": {name: len(rows) for name, rows in tables.items()},
    }
    if redact:
        manifest["redacted_columns"] = redacted
    return Bundle(manifest, tables)


def _leave_trash_behind(db: sqlite_utils.Database, tables: dict[str, list[dict]]) -> None:
    """Drop trashed rows, except one that a travelling row still refers to (notes written
    under an activity deleted later): it travels as a tombstone so the bundle stays whole.
    Children come before their parents here, so every reference is known in time."""
    needed: dict[str, set[str]] = {}
    for table in reversed(session_tables(db)):
        if table == "sessions" or table not in tables:
            continue
        wanted = needed.get(table, set())
        kept = [r for r in tables[table] if r.get("deleted_at") is None or r["id"] in wanted]
        for column, parent in parent_columns(db, table).items():
            needed.setdefault(parent, set()).update(r[column] for r in kept if r.get(column))
        if kept:
            tables[table] = kept
        else:
            del tables[table]


def export_bundle(
    db: sqlite_utils.Database,
    session_id: str,
    target: Path,
    redact: bool = False,
    include_trash: bool = False,
) -> Bundle:
    """Write the session to target, all or nothing; the trash only when asked for."""
    bundle = bundle_contents(db, session_id, redact, include_trash)
    manifest = json.dumps(bundle.manifest, ensure_ascii=False, indent=1).encode("utf-8")
    data = json.dumps(
        {"tables": bundle.tables}, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    ).encode("utf-8")

    def write(stream) -> None:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest)
            archive.writestr(DATA, data)

    write_atomically(Path(target), write)
    log.info("bundle of session %s written to %s", session_id, target)
    return bundle


# -- import and merge -------------------------------------------------------------------


@dataclass
class TableOutcome:
    added: int = 0
    updated: int = 0
    skipped: int = 0


@dataclass
class MergeSummary:
    session_id: str
    session_title: str
    tables: dict[str, TableOutcome] = field(default_factory=dict)
    backup: Path | None = None
    future_times: int = 0  # rows whose edit time lay in the future: not trusted

    def total(self, what: str) -> int:
        return sum(getattr(outcome, what) for outcome in self.tables.values())


def check_bundle(db: sqlite_utils.Database, path: Path) -> Bundle:
    """Everything that can be checked without writing: the file, and that no row in it
    would touch another session of this store."""
    schema = store_schema(db)
    bundle = load_bundle(path, schema)
    settle_absent_columns(bundle, schema)
    check_confined(db, bundle)
    check_room_rows(db, bundle)
    return bundle


def import_bundle(
    db: sqlite_utils.Database, path: Path, backup_dir: Path, clock: Clock | None = None
) -> MergeSummary:
    """Check the bundle, back up the store, then merge it in one transaction."""
    bundle = check_bundle(db, path)
    backup = backups.take_backup(db.conn, backup_dir, "before_import")
    summary = merge_bundle(db, bundle, clock)
    summary.backup = backup
    return summary


def merge_bundle(
    db: sqlite_utils.Database, bundle: Bundle, clock: Clock | None = None
) -> MergeSummary:
    title = bundle.tables["sessions"][0].get("title", "")
    summary = MergeSummary(bundle.session_id, title)
    order = [t for t in session_tables(db) if t in bundle.tables]
    now = (clock or SystemClock()).now()
    try:
        with db.atomic():
            check_confined(db, bundle)  # again inside the transaction: the store may have moved
            check_room_rows(db, bundle)
            for table in order:
                outcome = summary.tables.setdefault(table, TableOutcome())
                uniques = unique_keys(db, table)
                for row in bundle.tables[table]:
                    _merge_row(db, table, row, uniques, outcome, summary, now)
            index_pending_notes(db.conn)  # here, in the worker, not at the next search
    except sqlite3.IntegrityError as error:
        raise BundleError("missing_reference", str(error)) from None
    log.info("bundle merged into session %s: %s", bundle.session_id, summary.tables)
    return summary


def _wins(incoming: dict, existing: dict) -> bool:
    """The later edit wins, compared as instants (10:00+07:00 is 03:00Z); the same instant
    is decided by content, so the result does not depend on which laptop's bundle is
    imported first."""
    moment = parse_instant(incoming["updated_at"])
    newer = is_newer(moment, parse_instant(existing["updated_at"])) if moment else False
    if newer is not None:
        return newer
    mine = {key: existing.get(key) for key in incoming}
    if mine == incoming:
        return False
    return _canonical(incoming) > _canonical(mine)


def _canonical(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)


def _merge_row(
    db: sqlite_utils.Database,
    table: str,
    row: dict,
    uniques: list[list[str]],
    outcome: TableOutcome,
    summary: MergeSummary,
    now: datetime,
) -> None:
    """Add, update or skip one row. An edit time beyond the clock skew allowance is not
    trusted: such a row never overwrites a record, and one that is new is stored as made now
    (so it cannot win every later comparison, nor travel on)."""
    moment = parse_instant(row["updated_at"])
    future = moment is None or is_future(moment, now)
    if future:
        summary.future_times += 1
    found = list(db.query(f"SELECT * FROM [{table}] WHERE id=?", [row["id"]]))
    target_id = row["id"]
    if not found:
        for columns in uniques:
            if all(row.get(c) is not None for c in columns):
                where = " AND ".join(f"[{c}]=?" for c in columns)
                found = list(
                    db.query(f"SELECT * FROM [{table}] WHERE {where}", [row[c] for c in columns])
                )
                if found:
                    # Same thing made separately on two laptops: keep one row, newest content.
                    target_id = found[0]["id"]
                    break
    if not found:
        if future:
            row = {**row, "updated_at": now.astimezone(UTC).isoformat(timespec="microseconds")}
        columns = list(row)
        db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)})"
            f" VALUES ({', '.join('?' * len(columns))})",
            [row[c] for c in columns],
        )
        outcome.added += 1
        return
    existing = found[0]
    candidate = {**row, "id": target_id}
    if future or not _wins(candidate, existing):
        outcome.skipped += 1
        return
    columns = [c for c in row if c != "id"]
    db.execute(
        f"UPDATE [{table}] SET {', '.join(f'[{c}]=?' for c in columns)} WHERE id=?",
        [*(row[c] for c in columns), target_id],
    )
    outcome.updated += 1

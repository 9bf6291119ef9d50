"""Reading a .lokakarya bundle without trusting it.

Everything is checked before a single row is written: the zip's entries (the two known names
once each, nothing else, no links, no encryption), sizes counted from the bytes actually
inflated (so a forged header cannot hide a zip bomb), the JSON (strict UTF-8, no duplicate
keys, no NaN/Infinity, no deep nesting, no giant numbers) and the shape of every row against
the store's own tables.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from facilitation.edit_times import parse_instant
from facilitation.validation import row_problem
from storage import bounded_json
from storage.bounded_json import JsonLimits, JsonRefused
from storage.zip_errors import ZIP_ERRORS

FORMAT_NAME = "lokakarya-bundle"
FORMAT_VERSION = 2  # 2: redacted columns are absent and listed in the manifest
MANIFEST = "manifest.json"
DATA = "data.json"
# Memory: a session of 20,000 notes and 500 people is a 13 MB data.json that takes ~80 MB to
# check; these limits keep any bundle, however it is built, under ~300 MB (tests/storage/
# test_hostile_bundles.py measures it).
MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATA_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = MAX_MANIFEST_BYTES + MAX_DATA_BYTES
MAX_RATIO = 200  # text JSON deflates ~5-20x; a few hundred times means a bomb
RATIO_GRACE_BYTES = 1024 * 1024  # tiny entries compress absurdly well; judge big ones only
MAX_ROWS = 200_000
MAX_CONTAINERS = MAX_ROWS + 1_000  # every row is an object; the tables add a few
MAX_ITEMS = 2_000_000  # keys, values, containers: the 20,000-note session has 1.2 million
MAX_NUMBER_DIGITS = 40
MAX_DEPTH = 6  # {"tables": {"notes": [ {row} ]}} is 4 deep
_CHUNK = 64 * 1024
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}[T ][0-9:.+\-Z]{5,40}$", re.ASCII)
INT64 = (-(2**63), 2**63 - 1)


class BundleError(ValueError):
    """A bundle that is refused; key says why (the UI and the command line word it)."""

    def __init__(self, key: str, detail: str = "", problem: str = "") -> None:
        super().__init__(f"{key}: {detail} {problem}".strip() if detail else key)
        self.key = key
        self.detail = detail
        self.problem = problem  # for value_refused: the row rule's problem key


@dataclass(frozen=True)
class Column:
    name: str
    affinity: str  # "TEXT", "INTEGER", "REAL" or "" (anything)
    required: bool  # NOT NULL without a default


@dataclass(frozen=True)
class Bundle:
    manifest: dict
    tables: dict[str, list[dict]]

    @property
    def session_id(self) -> str:
        return self.manifest["session_id"]


# -- the zip ------------------------------------------------------------------------------


def read_entries(path: Path) -> dict[str, bytes]:
    """The two entries' bytes, after every check on the container."""
    path = Path(path)
    if not path.is_file():
        raise BundleError("not_found", str(path))
    if path.stat().st_size > MAX_BUNDLE_FILE_BYTES:
        raise BundleError("too_large")
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_ERRORS as error:
        raise BundleError("not_a_bundle", str(error)) from None
    with archive:
        infos = archive.infolist()
        seen: set[str] = set()
        for info in infos:
            _check_entry(info)
            if info.filename not in (MANIFEST, DATA):
                raise BundleError("unexpected_member", info.filename[:120])
            if info.filename in seen:
                raise BundleError("duplicate_member", info.filename)
            seen.add(info.filename)
        for name in (MANIFEST, DATA):
            if name not in seen:
                raise BundleError("missing_member", name)
        contents: dict[str, bytes] = {}
        total = 0
        for info in infos:
            limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_DATA_BYTES
            data = _read_limited(archive, info, limit, MAX_TOTAL_BYTES - total)
            total += len(data)
            contents[info.filename] = data
    return contents


def _check_entry(info: zipfile.ZipInfo) -> None:
    name = info.filename
    if (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ".." in name.split("/")
        or re.match(r"^[A-Za-z]:", name)
        or "\x00" in name
    ):
        raise BundleError("bad_entry_name", name)
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip tool wrote no Unix mode
    if info.is_dir() or (kind and kind != stat.S_IFREG):
        raise BundleError("link_entry", name)
    if info.flag_bits & 0x1:
        raise BundleError("encrypted", name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError("bad_compression", name)
    if info.file_size > MAX_DATA_BYTES:
        raise BundleError("too_large", name)


def _read_limited(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, total_left: int
) -> bytes:
    """Inflate an entry while counting real bytes: the size in the header may lie."""
    inflated = io.BytesIO()  # grows in place: no second copy of the entry at the end
    size = 0
    compressed = max(1, info.compress_size)
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit or size > total_left:
                    raise BundleError("too_large", info.filename)
                if size > RATIO_GRACE_BYTES and size / compressed > MAX_RATIO:
                    raise BundleError("compression_ratio", info.filename)
                inflated.write(chunk)
    except BundleError:
        raise
    except ZIP_ERRORS as error:
        raise BundleError("not_a_bundle", str(error)) from None
    return inflated.getvalue()


# -- the JSON -----------------------------------------------------------------------------


def parse_json(data: bytes, name: str) -> object:
    """The JSON in an entry, measured before it is parsed (storage/bounded_json.py)."""
    limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_DATA_BYTES
    limits = JsonLimits(limit, MAX_DEPTH, MAX_CONTAINERS, MAX_ITEMS, MAX_NUMBER_DIGITS)
    try:
        text = bounded_json.decode(data, limits)
        del data  # load_bundle keeps no copy either: only the text is needed from here
        return bounded_json.loads(text, limits)
    except JsonRefused as error:
        detail = f"{name}: {error.detail}" if error.detail else name
        raise BundleError(error.key, detail[:200]) from None


# -- the shape ----------------------------------------------------------------------------

_MANIFEST_KEYS = {
    "format": str,
    "format_version": int,
    "app_version": str,
    "created_at": str,
    "source_device": str,
    "session_id": str,
    "session_title": str,
    "schema_version": int,
    "tables": dict,
    "redacted_columns": dict,  # format 2: {table: [column, ...]} left out of every row
}
_MANIFEST_REQUIRED = (
    "format",
    "format_version",
    "app_version",
    "created_at",
    "source_device",
    "session_id",
)


def check_manifest(manifest: object) -> dict:
    if not isinstance(manifest, dict):
        raise BundleError("bad_manifest", "not an object")
    if manifest.get("format") != FORMAT_NAME:
        raise BundleError("wrong_format", str(manifest.get("format"))[:80])
    for key, value in manifest.items():
        expected = _MANIFEST_KEYS.get(key)
        if expected is None:
            raise BundleError("bad_manifest", f"unknown key {key[:80]}")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise BundleError("bad_manifest", key)
        if isinstance(value, str) and (len(value) > 300 or "\x00" in value):
            raise BundleError("bad_manifest", key)
    for key in _MANIFEST_REQUIRED:
        if key not in manifest:
            raise BundleError("bad_manifest", f"missing {key}")
    if manifest["format_version"] > FORMAT_VERSION:
        raise BundleError("newer_format", str(manifest["format_version"]))
    if manifest["format_version"] < 1:
        raise BundleError("bad_manifest", "format_version")
    for key in ("session_id", "source_device"):
        if not _UUID.match(manifest[key]):
            raise BundleError("bad_manifest", key)
    if not _ISO.match(manifest["created_at"]):
        raise BundleError("bad_manifest", "created_at")
    return manifest


def check_data(data: object, manifest: dict, schema: dict[str, dict[str, Column]]) -> Bundle:
    """Every table known to this store, every column known, every value of the right kind,
    every row of the bundle's one session."""
    if (
        not isinstance(data, dict)
        or set(data) != {"tables"}
        or not isinstance(data["tables"], dict)
    ):
        raise BundleError("bad_data", 'expected {"tables": {...}}')
    session_id = manifest["session_id"]
    tables: dict[str, list[dict]] = data["tables"]
    rows_seen = 0
    for table, rows in tables.items():
        columns = schema.get(table)
        if columns is None:
            raise BundleError("unknown_table", table[:80])
        if not isinstance(rows, list):
            raise BundleError("bad_data", table)
        rows_seen += len(rows)
        if rows_seen > MAX_ROWS:
            raise BundleError("too_large", "rows")
        ids: set[str] = set()
        for row in rows:
            _check_row(table, row, columns, session_id)
            if row["id"] in ids:
                raise BundleError("duplicate_id", f"{table} {row['id']}")
            ids.add(row["id"])
    sessions = tables.get("sessions", [])
    if not any(row["id"] == session_id for row in sessions):
        raise BundleError("session_row_missing", session_id)
    for row in sessions:
        if row["id"] != session_id:
            raise BundleError("wrong_session", f"sessions {row['id']}")
    return Bundle(manifest, tables)


def _check_times(table: str, row: dict) -> None:
    """Edit times are compared as instants on merge, so each must name one."""
    for name in ("created_at", "updated_at", "deleted_at"):
        value = row.get(name)
        if value is not None and parse_instant(value) is None:
            raise BundleError("bad_time", f"{table}.{name} {str(value)[:40]}")


def _check_row(table: str, row: object, columns: dict[str, Column], session_id: str) -> None:
    if not isinstance(row, dict):
        raise BundleError("bad_data", table)
    for name, value in row.items():
        column = columns.get(name)
        if column is None:
            raise BundleError("unknown_column", f"{table}.{name[:80]}")
        _check_value(table, column, value)
    for name, column in columns.items():
        if column.required and row.get(name) is None:
            raise BundleError("missing_column", f"{table}.{name}")
    if not isinstance(row.get("id"), str) or not _UUID.match(row["id"]):
        raise BundleError("bad_value", f"{table}.id")
    owner = session_id if table == "sessions" else row.get("session_id")
    if owner != session_id:
        raise BundleError("wrong_session", f"{table} {row['id']} ({str(owner)[:40]})")
    for name in ("created_at", "updated_at", "deleted_at"):
        value = row.get(name)
        if value is not None and (not isinstance(value, str) or not _ISO.match(value)):
            raise BundleError("bad_value", f"{table}.{name}")
    if not isinstance(row.get("updated_at"), str):
        raise BundleError("missing_column", f"{table}.updated_at")
    _check_times(table, row)  # its own, more telling refusal before the general rules
    problem = row_problem(table, row)  # by meaning: a row this app itself could have written
    if problem:
        raise BundleError("value_refused", f"{table}.{problem.column}", problem.key)


def _check_value(table: str, column: Column, value: object) -> None:
    where = f"{table}.{column.name}"
    if value is None:
        return
    if isinstance(value, bool | dict | list):
        raise BundleError("bad_value", where)
    if isinstance(value, str):
        if "\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value):
            raise BundleError("bad_value", where)
        if column.affinity in ("INTEGER", "REAL"):
            raise BundleError("bad_value", where)
        return
    if isinstance(value, int):
        if not INT64[0] <= value <= INT64[1] or column.affinity == "TEXT":
            raise BundleError("bad_value", where)
        return
    if isinstance(value, float):
        if column.affinity in ("TEXT", "INTEGER") or value != value:
            raise BundleError("bad_value", where)
        return
    raise BundleError("bad_value", where)


def load_bundle(path: Path, schema: dict[str, dict[str, Column]]) -> Bundle:
    """The bundle at path, fully checked against the store's schema, or BundleError."""
    entries = read_entries(path)
    manifest = check_manifest(parse_json(entries.pop(MANIFEST), MANIFEST))
    return check_data(parse_json(entries.pop(DATA), DATA), manifest, schema)

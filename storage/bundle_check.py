"""Reading a .lokakarya bundle without trusting it.

Everything is checked before a single row is written: the zip's entries (only the two known
names, no links, no encryption), sizes counted from the bytes actually inflated (so a forged
header cannot hide a zip bomb), the JSON (strict UTF-8, no duplicate keys, no NaN/Infinity, no
deep nesting, no giant numbers) and the shape of every row against the store's own tables.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from facilitation.validation import row_problem
from storage.zip_errors import ZIP_ERRORS

FORMAT_NAME = "lokakarya-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
MAX_BUNDLE_FILE_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATA_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = MAX_MANIFEST_BYTES + MAX_DATA_BYTES
MAX_ENTRIES = 2
MAX_RATIO = 200  # text JSON deflates ~5-20x; a few hundred times means a bomb
RATIO_GRACE_BYTES = 1024 * 1024  # tiny entries compress absurdly well; judge big ones only
MAX_ROWS = 5_000_000
MAX_NUMBER_DIGITS = 40
MAX_DEPTH = 6  # {"tables": {"notes": [ {row} ]}} is 4 deep
_CHUNK = 64 * 1024
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}[T ][0-9:.+\-Z]{5,40}$")
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
        if len(infos) > MAX_ENTRIES:
            raise BundleError("too_many_entries", str(len(infos)))
        names = [info.filename for info in infos]
        for info in infos:
            _check_entry(info)
        if sorted(names) != sorted({MANIFEST, DATA}):
            raise BundleError("bad_entry_name", ", ".join(names))
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
    parts = []
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
                parts.append(chunk)
    except BundleError:
        raise
    except ZIP_ERRORS as error:
        raise BundleError("not_a_bundle", str(error)) from None
    return b"".join(parts)


# -- the JSON -----------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise BundleError("duplicate_key", key[:80])
        result[key] = value
    return result


def _no_constants(name: str) -> None:
    raise BundleError("not_a_number", name)


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise BundleError("bad_value", "number too long")
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS * 2:
        raise BundleError("bad_value", "number too long")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BundleError("not_a_number", text[:40])
    return value


def parse_json(data: bytes, name: str) -> object:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("bad_json", f"{name}: not UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_depth(text, name)
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except BundleError:
        raise
    except (ValueError, RecursionError) as error:
        raise BundleError("bad_json", f"{name}: {error}"[:200]) from None


def _check_depth(text: str, name: str) -> None:
    """Refuse deep nesting before the parser recurses into it. Brackets inside strings are
    skipped by removing the strings first (a cheap pass by regular expression)."""
    skeleton = re.sub(r'"(?:[^"\\]|\\.)*"', "", text)
    depth = 0
    for match in re.finditer(r"[\[\]{}]", skeleton):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            raise BundleError("too_deep", name)


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
    if len(sessions) != 1 or sessions[0]["id"] != session_id:
        raise BundleError("wrong_session", "the bundle must hold its session's row")
    return Bundle(manifest, tables)


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
    owner = row["id"] if table == "sessions" else row.get("session_id")
    if owner != session_id:
        raise BundleError("wrong_session", f"{table} {row['id']}")
    for name in ("created_at", "updated_at", "deleted_at"):
        value = row.get(name)
        if value is not None and (not isinstance(value, str) or not _ISO.match(value)):
            raise BundleError("bad_value", f"{table}.{name}")
    if not isinstance(row.get("updated_at"), str):
        raise BundleError("missing_column", f"{table}.updated_at")
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
    manifest = check_manifest(parse_json(entries[MANIFEST], MANIFEST))
    return check_data(parse_json(entries[DATA], DATA), manifest, schema)

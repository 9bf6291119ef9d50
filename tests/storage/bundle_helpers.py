"""Bundles built by hand for tests: start from a real export, change it, write it as a zip."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path

import sqlite_utils

from storage.bundle_check import DATA, MANIFEST, Bundle
from storage.bundles import session_tables


def write_bundle(path: Path, manifest: dict, tables: dict[str, list[dict]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False))
        archive.writestr(DATA, json.dumps({"tables": tables}, ensure_ascii=False))
    return path


def editable(bundle: Bundle) -> tuple[dict, dict[str, list[dict]]]:
    """A deep copy of a bundle's manifest and tables, to change at will."""
    return copy.deepcopy(bundle.manifest), copy.deepcopy(bundle.tables)


def rows_outside(db: sqlite_utils.Database, session_id: str) -> dict[str, list[tuple]]:
    """Every row of every session table that does not belong to session_id, in a fixed order:
    compared before and after an import, it proves the other sessions were not touched."""
    dump = {}
    for table in session_tables(db):
        owner = "id" if table == "sessions" else "session_id"
        dump[table] = sorted(
            map(
                tuple,
                db.execute(f"SELECT * FROM [{table}] WHERE [{owner}] IS NOT ?", [session_id]),
            ),
            key=repr,
        )
    return dump

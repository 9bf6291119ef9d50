"""Redaction in bundles: personal columns are left out, and what is left out is absent.

A redacted bundle carries no NIP, phone, e-mail, birth place or birth date: the keys are
missing from its rows and the manifest lists them (format 2), so merging it leaves the
receiving laptop's values alone instead of erasing them with empty ones.
"""

from __future__ import annotations

from storage.bundle_check import Bundle, BundleError, Column

PERSONAL_COLUMNS = ("nip", "phone", "email", "birth_place", "birth_date")
# Links to a person that a redacted bundle leaves out of one table only: a phone's answer
# linked by a personal code travels as an anonymous answer.
PERSONAL_LINKS: dict[str, tuple[str, ...]] = {"room_answers": ("participant_id",)}
_NEVER_ABSENT = ("id", "session_id", "updated_at")


def leave_out_personal(
    tables: dict[str, list[dict]], schema: dict[str, dict[str, Column]]
) -> dict[str, list[str]]:
    """Remove the personal columns from every row; return them per table, for the manifest."""
    redacted: dict[str, list[str]] = {}
    for table, columns in schema.items():
        personal = [
            name for name in (*PERSONAL_COLUMNS, *PERSONAL_LINKS.get(table, ())) if name in columns
        ]
        if not personal:
            continue
        redacted[table] = personal
        for row in tables.get(table, []):
            for name in personal:
                row.pop(name, None)
    return redacted


def settle_absent_columns(bundle: Bundle, schema: dict[str, dict[str, Column]]) -> None:
    """Check the manifest's list of left-out columns against the rows and the store, and
    treat a format 1 bundle's empty personal values as absent: such a bundle cannot say
    whether it was redacted (redaction then wrote empty values), and erasing a NIP is the
    worse mistake."""
    manifest, tables = bundle.manifest, bundle.tables
    for table, names in manifest.get("redacted_columns", {}).items():
        columns = schema.get(table)
        if (
            columns is None
            or not isinstance(names, list)
            or not all(isinstance(n, str) and n in columns for n in names)
            or any(columns[n].required or n in _NEVER_ABSENT for n in names)
        ):
            raise BundleError("bad_redaction", str(table)[:80])
        for row in tables.get(table, []):
            carried = set(names) & set(row)
            if carried:
                raise BundleError("bad_redaction", f"{table}.{sorted(carried)[0]}")
    if manifest["format_version"] == 1:
        for rows in tables.values():
            for row in rows:
                for name in PERSONAL_COLUMNS:
                    if row.get(name) == "":
                        del row[name]

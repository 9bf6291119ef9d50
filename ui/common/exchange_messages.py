"""Words for what can go wrong when data leaves or enters the app (bundles, images)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.documents.report.flow import ReportImageError
from storage.bundle_check import BundleError
from storage.bundles import MergeSummary

translate = QCoreApplication.translate


def bundle_error_text(error: BundleError) -> str:
    key = error.key
    if key == "not_found":
        text = translate("Exchange", "the bundle file %1 does not exist")
    elif key in ("not_a_bundle", "bad_entry_name", "bad_compression", "encrypted"):
        text = translate("Exchange", "this file is not a Lokakarya bundle (%1)")
    elif key in ("too_large", "too_many_entries", "compression_ratio"):
        text = translate(
            "Exchange", "the bundle is too large to be genuine (%1); nothing was imported"
        )
    elif key == "link_entry":
        text = translate("Exchange", "the bundle holds a link or folder (%1); nothing was imported")
    elif key in ("bad_json", "duplicate_key", "not_a_number", "too_deep"):
        text = translate("Exchange", "the bundle's data is damaged (%1); nothing was imported")
    elif key == "wrong_format":
        text = translate("Exchange", "this file is not a Lokakarya bundle (%1)")
    elif key == "newer_format":
        text = translate(
            "Exchange", "the bundle was made by a newer Lokakarya; please update the app"
        )
    elif key in ("unknown_table", "unknown_column"):
        text = translate(
            "Exchange",
            "the bundle holds data this version does not know (%1); please update the app",
        )
    elif key in ("foreign_session", "wrong_session"):
        text = translate(
            "Exchange", "the bundle's records clash with another session (%1); nothing was imported"
        )
    elif key == "missing_reference":
        text = translate(
            "Exchange", "the bundle refers to records it does not hold (%1); nothing was imported"
        )
    elif key == "value_refused":
        text = translate(
            "Exchange", "the bundle holds an impossible value in %1 (%2); nothing was imported"
        ).replace("%2", row_problem_text(error.problem))
    elif key == "no_such_session":
        text = translate("Exchange", "the session %1 does not exist")
    else:
        text = translate("Exchange", "the bundle is not valid (%1); nothing was imported")
    return text.replace("%1", error.detail or key)


def row_problem_text(key: str) -> str:
    """Words for a row rule's problem key (facilitation.validation)."""
    words = {
        "not_text": translate("Exchange", "not text"),
        "text_has_nul": translate("Exchange", "text with a NUL character"),
        "text_has_lone_surrogate": translate("Exchange", "text with a broken character"),
        "text_too_long": translate("Exchange", "text too long"),
        "text_empty": translate("Exchange", "empty text"),
        "unknown_choice": translate("Exchange", "a value this version does not know"),
        "id_invalid": translate("Exchange", "not an identifier"),
        "date_invalid": translate("Exchange", "not a real date"),
        "time_invalid": translate("Exchange", "not a time of day"),
        "timestamp_invalid": translate("Exchange", "not a real moment in time"),
        "not_a_number": translate("Exchange", "not a number"),
        "number_out_of_range": translate("Exchange", "a number out of range"),
        "json_invalid": translate("Exchange", "damaged list data"),
        "json_wrong_shape": translate("Exchange", "list data of the wrong shape"),
        "day_ends_before_start": translate("Exchange", "a day that ends before it starts"),
    }
    return words.get(key, key)


def image_error_text(error: ReportImageError) -> str:
    if error.key == "image_not_png_or_jpeg":
        text = translate("Exchange", "%1 is not a PNG or JPEG image")
    elif error.key == "image_too_large":
        text = translate("Exchange", "the image %1 is too large (at most 20 MB, 40 megapixels)")
    elif error.key == "image_unreadable":
        text = translate("Exchange", "the image %1 is damaged and cannot be read")
    else:
        text = translate("Exchange", "%1 is not an image file on this computer")
    return text.replace("%1", str(error.path))


def merge_summary_lines(summary: MergeSummary) -> list[str]:
    """'notes: 12 added, 3 updated, 40 unchanged' per table that the bundle held."""
    lines = []
    for table, outcome in summary.tables.items():
        lines.append(
            translate("Exchange", "%1: %2 added, %3 updated, %4 unchanged")
            .replace("%1", table)
            .replace("%2", str(outcome.added))
            .replace("%3", str(outcome.updated))
            .replace("%4", str(outcome.skipped))
        )
    return lines

"""Words for what can go wrong when data leaves or enters the app (bundles, images)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.documents.report.flow import ReportImageError
from storage.bundle_check import BundleError
from storage.bundles import MergeSummary

translate = QCoreApplication.translate


def bundle_refusals() -> dict[str, str]:
    """One wording per reason storage.bundle_check and storage.bundles refuse a bundle for;
    %1 is the detail (a name, a table and record id)."""
    return {
        "not_found": translate("Exchange", "the bundle file %1 does not exist"),
        "no_such_session": translate("Exchange", "the session %1 does not exist"),
        "too_large": translate(
            "Exchange", "the bundle is larger than a bundle can be (%1); nothing was imported"
        ),
        "compression_ratio": translate(
            "Exchange",
            "the bundle inflates to far more than it holds, like a zip bomb (%1); "
            "nothing was imported",
        ),
        "not_a_bundle": translate("Exchange", "this file is not a Lokakarya bundle (%1)"),
        "wrong_format": translate("Exchange", "this file is not a Lokakarya bundle (%1)"),
        "unexpected_member": translate(
            "Exchange", "the bundle holds an unexpected member %1; nothing was imported"
        ),
        "missing_member": translate(
            "Exchange", "the bundle lacks its member %1; nothing was imported"
        ),
        "duplicate_member": translate(
            "Exchange", "the bundle holds the member %1 twice; nothing was imported"
        ),
        "bad_entry_name": translate(
            "Exchange",
            "the bundle holds a member with a path that points elsewhere (%1); "
            "nothing was imported",
        ),
        "link_entry": translate(
            "Exchange", "the bundle holds a link or folder (%1); nothing was imported"
        ),
        "encrypted": translate(
            "Exchange", "the bundle's member %1 is encrypted; nothing was imported"
        ),
        "bad_compression": translate(
            "Exchange",
            "the bundle's member %1 is compressed in an unknown way; nothing was imported",
        ),
        "bad_json": translate(
            "Exchange", "the bundle's data is damaged (%1); nothing was imported"
        ),
        "duplicate_key": translate(
            "Exchange", "the bundle's data names the field %1 twice; nothing was imported"
        ),
        "not_a_number": translate(
            "Exchange",
            "the bundle's data holds a value that is not a number (%1); nothing was imported",
        ),
        "too_deep": translate(
            "Exchange", "the bundle's data is nested too deeply (%1); nothing was imported"
        ),
        "bad_manifest": translate(
            "Exchange",
            "the bundle's description (manifest) is not valid (%1); nothing was imported",
        ),
        "newer_format": translate(
            "Exchange", "the bundle was made by a newer Lokakarya; please update the app"
        ),
        "bad_data": translate(
            "Exchange", "the bundle's data has the wrong shape (%1); nothing was imported"
        ),
        "unknown_table": translate(
            "Exchange",
            "the bundle holds data this version does not know (%1); please update the app",
        ),
        "unknown_column": translate(
            "Exchange",
            "the bundle holds data this version does not know (%1); please update the app",
        ),
        "missing_column": translate(
            "Exchange", "a record in the bundle lacks a required field (%1); nothing was imported"
        ),
        "bad_value": translate(
            "Exchange", "a value in the bundle is not of the right kind (%1); nothing was imported"
        ),
        "bad_time": translate(
            "Exchange", "a date and time in the bundle cannot be read (%1); nothing was imported"
        ),
        "bad_redaction": translate(
            "Exchange",
            "the bundle's list of left-out fields does not match its records (%1); "
            "nothing was imported",
        ),
        "duplicate_id": translate(
            "Exchange", "the bundle holds the same record twice (%1); nothing was imported"
        ),
        "wrong_session": translate(
            "Exchange",
            "the bundle holds a record of a session other than its own (%1); nothing was imported",
        ),
        "session_row_missing": translate(
            "Exchange",
            "the bundle does not hold the session it names (%1); nothing was imported",
        ),
        "foreign_session": translate(
            "Exchange",
            "a record in the bundle would overwrite another session on this laptop (%1); "
            "nothing was imported",
        ),
        "foreign_parent": translate(
            "Exchange",
            "a record in the bundle refers to another session's data on this laptop (%1); "
            "nothing was imported",
        ),
        "value_refused": translate(
            "Exchange", "the bundle holds an impossible value in %1 (%2); nothing was imported"
        ),
        "missing_reference": translate(
            "Exchange", "the bundle refers to records it does not hold (%1); nothing was imported"
        ),
    }


def bundle_error_text(error: BundleError) -> str:
    text = bundle_refusals().get(error.key) or translate(
        "Exchange", "the bundle is not valid (%1); nothing was imported"
    )
    if error.key == "value_refused":  # a row the app itself could not have written
        text = text.replace("%2", row_problem_text(error.problem))
    return text.replace("%1", error.detail or error.key)


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
        "photo_too_large": translate("Exchange", "a photo larger than the app keeps"),
        "photo_unreadable": translate("Exchange", "a damaged photo"),
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


def photo_error_text(key: str) -> str:
    """Words for a facilitation.photos.PhotoError key."""
    words = {
        "photo_not_a_file": translate("Exchange", "the photo is not a file on this computer"),
        "photo_too_large": translate(
            "Exchange", "the photo is too large (at most 40 MB and 80 megapixels)"
        ),
        "too_many_photos": translate(
            "Exchange", "a session keeps at most 30 photos; remove one before adding another"
        ),
    }
    return words.get(key) or translate(
        "Exchange", "the file is not a photo Lokakarya can read (JPEG, PNG, WebP)"
    )


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
    if summary.future_times:
        lines.append(future_times_text(summary.future_times))
    return lines


def future_times_text(count: int) -> str:
    return translate(
        "Exchange",
        "records with an edit time in the future (a clock set wrong?): %1; none of them "
        "replaced a record here, new ones were stored as edited now",
    ).replace("%1", str(count))


def merge_summary_text(summary: MergeSummary) -> str:
    """One sentence for the message box and the status bar."""
    text = (
        translate("Exchange", "The bundle “%1” was merged. Added %2, updated %3, unchanged %4.")
        .replace("%1", summary.session_title)
        .replace("%2", str(summary.total("added")))
        .replace("%3", str(summary.total("updated")))
        .replace("%4", str(summary.total("skipped")))
    )
    if summary.future_times:
        text += " " + future_times_text(summary.future_times) + "."
    return text

"""The line under the roster preview: how many people will be imported, what blocks it."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication

from facilitation.roster import RosterPreview
from facilitation.roster_layout import Skipped

translate = QCoreApplication.translate


def summary(preview: RosterPreview) -> tuple[str, str]:
    """(text, tone) for the summary label: the tone names a theme colour, "" for plain."""
    blocking = len(preview.blocking)
    if blocking:
        text = translate(
            "RosterImportDialog",
            "%1 problem(s) must be resolved before importing: correct the cell in the table "
            "(double-click it), leave the line out, or correct the sheet and choose it again. "
            "Nothing has been saved.",
        ).replace("%1", str(blocking))
        tone = "danger"
    elif not preview.chosen:
        text = translate("RosterImportDialog", "Nobody new to import.")
        tone = ""
    elif len(preview.chosen) == len(preview.rows):
        text = translate("RosterImportDialog", "%1 participants ready to import.").replace(
            "%1", str(len(preview.rows))
        )
        tone = "success"
    else:
        text = ""
        tone = "success"
    if len(preview.chosen) < len(preview.rows):
        text += " " + (
            translate("RosterImportDialog", "%1 of %2 lines will be imported; %3 left out.")
            .replace("%1", str(len(preview.chosen)))
            .replace("%2", str(len(preview.rows)))
            .replace("%3", str(len(preview.rows) - len(preview.chosen)))
        )
    if preview.already_listed:
        text += " " + translate(
            "RosterImportDialog", "%1 already on the list will be skipped."
        ).replace("%1", str(preview.already_listed))
    return text.strip(), tone


def grouped_skips(skipped: list[tuple[int, Skipped]]) -> Iterator[tuple[int, int, Skipped]]:
    """Consecutive lines skipped for the same reason as one entry: (first, last, reason)."""
    run: list = []
    for line, reason in skipped:
        if run and reason == run[2] and line <= run[1] + 2:
            run[1] = line
            continue
        if run:
            yield tuple(run)  # type: ignore[misc]
        run = [line, line, reason]
    if run:
        yield tuple(run)  # type: ignore[misc]

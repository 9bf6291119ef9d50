"""`lokakarya roster SESSION FILE [--sheet NAME] [--dry-run]`: the roster import without the
window. It prints the preview the dialog shows (who was read from which lines, the lines not
read, the problems by line) and imports everyone or nobody, in one transaction. Errors: one
line on stderr, exit code 2, nothing changed."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitation.roster import RosterPreview, parse_roster
from storage.participants import ParticipantRepository
from storage.roster_files import RosterFile, RosterFileError, read_roster_file
from ui.cli.exchange import resolve_session
from ui.cli.store_access import CommandError, fail, open_checked_store, require_store
from ui.cli.writer_lock import writing
from ui.people.labels import (
    extra_lines_text,
    roster_file_message,
    roster_problem_message,
    skipped_lines_message,
)
from ui.people.roster_summary import grouped_skips

translate = QCoreApplication.translate


def run_roster(data_dir: Path, args: argparse.Namespace) -> int:
    try:
        roster_file = read_roster_file(args.file, args.sheet)
    except RosterFileError as error:
        return fail(roster_file_message(error.key, error.detail))
    if args.sheet and roster_file.sheet != args.sheet:
        return fail(
            translate("cli", "the workbook has no sheet %1 (it has: %2)")
            .replace("%1", repr(args.sheet))
            .replace("%2", ", ".join(roster_file.sheets))
        )
    try:
        require_store(data_dir)
        with writing(data_dir):
            opened = open_checked_store(data_dir, tidy=not args.dry_run)
            try:
                return _import(opened.db, roster_file, args)
            finally:
                opened.db.close()
    except CommandError as error:
        return fail(str(error))


def _import(db, roster_file: RosterFile, args: argparse.Namespace) -> int:  # noqa: ANN001
    session_id = resolve_session(db, args.session)
    people = ParticipantRepository(db)
    preview = parse_roster(roster_file.rows, existing=people.list(session_id))
    print_preview(roster_file, preview)
    if preview.blocking:
        return fail(
            translate(
                "cli", "nobody imported: %1 problem(s) to correct in the sheet first"
            ).replace("%1", str(len(preview.blocking)))
        )
    if not preview.chosen:
        print(translate("cli", "nobody new to import"))
        return 0
    if args.dry_run:
        print(
            translate(
                "cli", "dry run: %1 participants would be imported; nothing was changed"
            ).replace("%1", str(len(preview.chosen)))
        )
        return 0
    people.import_roster(session_id, preview.participants)  # one transaction: all or nobody
    print(translate("cli", "imported %1 participants").replace("%1", str(len(preview.chosen))))
    return 0


def print_preview(roster_file: RosterFile, preview: RosterPreview) -> None:
    where = roster_file.path.name + (f" [{roster_file.sheet}]" if roster_file.sheet else "")
    print(
        translate("cli", "%1: header on line %2, %3 people read")
        .replace("%1", where)
        .replace("%2", str(preview.header_line))
        .replace("%3", str(len(preview.rows)))
    )
    for line, person in preview.rows:
        extra = preview.extra_lines.get(line)
        cells = [str(line), person.name, person.nip, person.rank_grade, person.institution]
        print("\t".join(cells + ([extra_lines_text(extra)] if extra else [])))
    for first, last, reason in grouped_skips(preview.skipped):
        print(skipped_lines_message(first, last, reason))
    for problem in preview.problems:
        print(roster_problem_message(problem))
    if preview.already_listed:
        print(
            translate("cli", "%1 already on the list, skipped").replace(
                "%1", str(preview.already_listed)
            )
        )

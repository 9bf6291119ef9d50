"""The command-line verbs that take data out of the app or bring it in: report, berita-acara,
xlsx, export, import. Errors: one line on stderr, exit code 2, nothing changed."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitation.documents.report.flow import ReportImageError
from facilitation.documents.report.pdf import ReportOptions, save_report
from facilitation.documents.spreadsheets import sheet_tables, write_xlsx
from facilitation.photos import PhotoError
from storage import backups
from storage.bundle_check import BundleError
from storage.bundles import check_bundle, export_bundle, fresh_schema_db, import_bundle
from storage.database import DB_FILENAME
from storage.report_source import load_report_data
from storage.sessions import SessionRepository
from ui.cli.official import write_official
from ui.cli.store_access import CommandError, fail, open_checked_store, require_store
from ui.cli.writer_lock import writing
from ui.common.exchange_messages import (
    bundle_error_text,
    image_error_text,
    merge_summary_lines,
    photo_error_text,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def run_exchange(command: str, data_dir: Path, args: argparse.Namespace) -> int:
    try:
        if command == "import":
            return _import(data_dir, args.bundle)
        check_target(args.out)
        if command == "export":
            # Exporting writes too (the store's device id, the first time): one writer at a time.
            require_store(data_dir)
            with writing(data_dir):
                return _export(data_dir, args)
        opened = open_checked_store(data_dir)
        try:
            session_id = resolve_session(opened.db, args.session)
            if command == "report" and getattr(args, "kind", "summary") == "official":
                return write_official(opened.db, session_id, args, "official")
            if command == "berita-acara":
                return write_official(opened.db, session_id, args, "berita_acara")
            if command == "report":
                return _report(opened.db, session_id, args)
            return _xlsx(opened.db, session_id, args)
        finally:
            opened.db.close()
    except CommandError as error:
        return fail(str(error))
    except BundleError as error:
        return fail(bundle_error_text(error))
    except ReportImageError as error:
        return fail(image_error_text(error))
    except PhotoError as error:
        return fail(photo_error_text(error.key))
    except OSError as error:
        return fail(translate("cli", "cannot write the file: %1").replace("%1", str(error)))


def check_target(out: Path) -> None:
    """Refuse a target that cannot be written before anything else happens."""
    if out.is_dir():
        raise CommandError(translate("cli", "%1 is a folder, not a file").replace("%1", str(out)))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(
            translate("cli", "the folder %1 does not exist").replace("%1", str(folder))
        )


def resolve_session(db, text: str) -> str:  # noqa: ANN001
    matches = SessionRepository(db).find(text)
    if not text.strip() or not matches:
        raise CommandError(translate("cli", "no session matches %1").replace("%1", repr(text)))
    if len(matches) > 1:
        raise CommandError(
            translate("cli", "%1 matches %2 sessions; give more of the title or the id")
            .replace("%1", repr(text))
            .replace("%2", str(len(matches)))
        )
    return matches[0].id


def _report(db, session_id: str, args: argparse.Namespace) -> int:
    data = load_report_data(db, session_id)
    lang = args.report_lang or str(data.session.report_language)
    options = ReportOptions(lang=lang, redact=args.redact, kop_image=args.kop, logo_image=args.logo)
    save_report(data, options, args.out)
    print(str(args.out))
    return 0


def _xlsx(db, session_id: str, args: argparse.Namespace) -> int:
    data = load_report_data(db, session_id)
    lang = args.report_lang or str(data.session.report_language)
    write_xlsx(sheet_tables(data, lang, args.redact), args.out)
    print(str(args.out))
    return 0


def _export(data_dir: Path, args: argparse.Namespace) -> int:
    opened = open_checked_store(data_dir, tidy=True)
    try:
        session_id = resolve_session(opened.db, args.session)
        export_bundle(
            opened.db,
            session_id,
            args.out,
            redact=args.redact,
            include_trash=args.with_trash,
        )
    finally:
        opened.db.close()
    print(str(args.out))
    return 0


def _import(data_dir: Path, bundle: Path) -> int:
    if not bundle.is_file():
        raise BundleError("not_found", str(bundle))
    if not (data_dir / DB_FILENAME).exists():
        # Importing onto a new laptop is the point: an empty data folder gets a fresh store,
        # but only once the bundle has passed its checks against an empty store in memory.
        check_bundle(fresh_schema_db(), bundle)
    with writing(data_dir):
        opened = open_checked_store(data_dir, create=True, tidy=True)
        try:
            summary = import_bundle(opened.db, bundle, data_dir / backups.BACKUP_DIRNAME)
        finally:
            opened.db.close()
    print(
        translate("cli", "merged %1 into the store (backup: %2)")
        .replace("%1", summary.session_title)
        .replace("%2", str(summary.backup))
    )
    for line in merge_summary_lines(summary):
        print(line)
    return 0

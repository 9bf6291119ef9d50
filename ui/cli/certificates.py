"""`certificates SESSION --out F.pdf`: every completing participant's certificate in one PDF.

Issuing registers numbers, so the store is written: one writer at a time, like export.
Errors: one line on stderr, exit code 2, nothing changed (the register is written only once
the images and settings have passed their checks)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitation.certificates import CertificateError
from facilitation.documents.certificates import save_certificates
from facilitation.documents.report.flow import ReportImageError
from storage.certificate_source import NoOneCompletedError, issue_certificates
from storage.sessions import SessionRepository
from ui.cli.exchange import check_target, resolve_session
from ui.cli.store_access import CommandError, fail, open_checked_store, require_store
from ui.cli.writer_lock import writing
from ui.common.certificate_messages import certificate_error_text, no_one_completed_text
from ui.common.exchange_messages import image_error_text

translate = QCoreApplication.translate


def run_certificates(data_dir: Path, args: argparse.Namespace) -> int:
    try:
        check_target(args.out)
        require_store(data_dir)
        with writing(data_dir):
            opened = open_checked_store(data_dir)
            try:
                session_id = resolve_session(opened.db, args.session)
                session = SessionRepository(opened.db).get(session_id)
                lang = args.report_lang or str(session.report_language)
                issued_on = args.issued_on or max(
                    (day.date for day in session.days), default=date.today()
                )
                issued = issue_certificates(
                    opened.db, session_id, lang, issued_on, args.kop, args.logo
                )
                save_certificates(issued.batch, args.out)
            finally:
                opened.db.close()
    except CommandError as error:
        return fail(str(error))
    except CertificateError as error:
        return fail(certificate_error_text(error))
    except NoOneCompletedError:
        return fail(no_one_completed_text())
    except ReportImageError as error:
        return fail(image_error_text(error))
    except OSError as error:
        return fail(translate("cli", "cannot write the file: %1").replace("%1", str(error)))
    print(str(args.out))
    for entry in issued.entries:
        print(f"{entry.number}\t{entry.revision}\t{entry.name}")
    return 0

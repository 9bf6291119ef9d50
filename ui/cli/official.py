"""The official paperwork on the command line: `report --kind official` and `berita-acara`.
Same rules as the other verbs: the target is checked first, errors are one line, exit code 2."""

from __future__ import annotations

import argparse

import sqlite_utils

from facilitation.documents.official.berita_acara import save_berita_acara
from facilitation.documents.official.report_pdf import save_official_report
from facilitation.documents.report.pdf import ReportOptions
from storage.official_source import load_official_data


def write_official(
    db: sqlite_utils.Database, session_id: str, args: argparse.Namespace, kind: str
) -> int:
    data = load_official_data(db, session_id)
    lang = args.report_lang or str(data.report.session.report_language)
    options = ReportOptions(
        lang=lang,
        redact=args.redact,
        kop_image=getattr(args, "kop", None),
        logo_image=getattr(args, "logo", None),
    )
    if kind == "berita_acara":
        save_berita_acara(data, options, args.out)
    else:
        save_official_report(data, options, args.out)
    print(str(args.out))
    return 0

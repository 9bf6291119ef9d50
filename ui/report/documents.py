"""The documents the Report page writes as PDF, and the one function that writes each.

Runs in a QueryOp's worker (its own connection): reads the store, renders, writes the file
all-or-nothing. The honorarium list needs the rate per JP the user typed; nothing is built in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from facilitation.documents.official.berita_acara import save_berita_acara
from facilitation.documents.official.honorarium import save_honorarium
from facilitation.documents.official.report_pdf import save_official_report
from facilitation.documents.report.pdf import ReportOptions, save_report
from storage.official_source import load_official_data
from storage.report_source import load_report_data

translate = QCoreApplication.translate
Progress = Callable[[int, int], None]


class DocumentKind(StrEnum):
    SUMMARY = "summary"
    OFFICIAL = "official"
    BERITA_ACARA = "berita_acara"
    HONORARIUM = "honorarium"


def document_label(kind: DocumentKind) -> str:
    return {
        DocumentKind.SUMMARY: translate("Documents", "Session report (summary)"),
        DocumentKind.OFFICIAL: translate("Documents", "Official activity report"),
        DocumentKind.BERITA_ACARA: translate("Documents", "Berita acara (minutes, one page)"),
        DocumentKind.HONORARIUM: translate("Documents", "Honorarium receipt list"),
    }[kind]


def file_word(kind: DocumentKind) -> str:
    """The word a suggested file name ends with."""
    return {
        DocumentKind.SUMMARY: translate("Documents", "report"),
        DocumentKind.OFFICIAL: translate("Documents", "official report"),
        DocumentKind.BERITA_ACARA: translate("Documents", "berita acara"),
        DocumentKind.HONORARIUM: translate("Documents", "honorarium"),
    }[kind]


def write_document(
    db: sqlite_utils.Database,
    session_id: str,
    kind: DocumentKind,
    options: ReportOptions,
    target: Path,
    rate: float = 0,
    progress: Progress | None = None,
    day: date | None = None,
) -> Path:
    """day: the one day a berita acara covers (None: the whole session)."""
    if kind == DocumentKind.SUMMARY:
        save_report(load_report_data(db, session_id), options, target, progress)
        return target
    data = load_official_data(db, session_id)
    if kind == DocumentKind.OFFICIAL:
        save_official_report(data, options, target)
    elif kind == DocumentKind.BERITA_ACARA:
        save_berita_acara(data, options, target, day)
    else:
        save_honorarium(data, options, rate, target)
    return target

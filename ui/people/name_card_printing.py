"""Printing name cards from the People page, optionally with each person's personal code for
phones in the room (codes not yet given are made first)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from facilitation.documents.name_cards import write_name_cards
from ui.common.file_dialogs import PRINTOUTS, ask_save_path
from ui.people.dialogs import PrintOptionsDialog

translate = QCoreApplication.translate


class PeoplePage(Protocol):
    """What of the People page printing needs (the page itself, seen from here)."""

    session: Any
    context: Any
    model: Any

    def write_pdf(self, path: Path, work: Callable[[], object]) -> None: ...


def ask_print_name_cards(page: PeoplePage) -> None:
    if page.session is None:
        return
    options = PrintOptionsDialog(
        translate("NameCards", "Print name cards"),
        str(page.session.report_language),
        parent=page,  # type: ignore[arg-type]
        with_codes=True,
    )
    if not options.exec():
        return
    path = ask_save_path(
        page,  # type: ignore[arg-type]
        PRINTOUTS,
        translate("NameCards", "Save name cards"),
        "kartu-nama.pdf",
        translate("NameCards", "PDF (*.pdf)"),
    )
    if path:
        print_name_cards(page, Path(path), options.language(), options.codes_wanted())


def print_name_cards(page: PeoplePage, path: Path, language: str, with_codes: bool) -> None:
    session = page.session
    codes = page.context.app.room.codes.ensure(session.id) if with_codes else None
    people = page.model.participants()
    page.write_pdf(path, lambda: write_name_cards(path, session.title, people, language, codes))

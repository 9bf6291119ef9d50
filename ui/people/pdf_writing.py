"""Printouts of the People page (attendance sheets, name cards, group cards) written off the
UI thread, with the page's busy cursor and status line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ui.common.operations import QueryOp

translate = QCoreApplication.translate


def write_pdf_in_background(page: QWidget, path: Path, work: Callable[[], object]) -> None:
    """work() renders already-read data: no connection needed. An error's own words follow
    the file name in the status line. page: the People page (its status and pdf_written
    signals, its context)."""
    page.setCursor(Qt.CursorShape.BusyCursor)
    page.status.emit(translate("PeoplePage", "Writing %1…").replace("%1", path.name))

    def done(_result: object) -> None:
        page.unsetCursor()
        page.status.emit(translate("PeoplePage", "Saved %1.").replace("%1", str(path)))
        page.pdf_written.emit(str(path))

    def failed(message: str) -> None:
        page.unsetCursor()
        page.status.emit(
            translate("PeoplePage", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", message)
        )

    QueryOp(
        parent=page,
        context=page.context.app,
        work=lambda _progress: work(),
        success=done,
        needs_store=False,
        label=f"writing {path.name}",
    ).failure(failed, describe=str).run()

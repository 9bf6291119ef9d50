"""Printing a role play's role cards and observer sheets, rendered off the UI thread in the
session's report language. Mixed into ui.methods.roleplay_tab.RolePlayTab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from facilitation.documents.method_cards import observer_sheets_pdf, role_cards_pdf
from facilitation.safe_files import write_atomically
from ui.common.operations import QueryOp


class RolePlayPrinting:
    def _ask_and_print(self, what: str) -> None:
        if self.scenario is None:
            return
        name = self.tr("role-cards.pdf") if what == "cards" else self.tr("observer-sheets.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / name), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.print_pdf(what, Path(path))

    def print_pdf(self, what: str, path: Path) -> None:
        """Render in the background: the printout uses the session's report language."""
        scenario, round_number = self.scenario, self.round_number()
        session = self.context.sessions.get(self.session_id)
        lang, title = str(session.report_language), session.title
        by_role = self.cast_by_role(round_number)
        observers = [
            (observer.key, name)
            for observer in scenario.observer_roles
            for name in by_role.get(observer.key, [])
        ]

        def work(_progress) -> Path:
            if what == "cards":
                write_atomically(
                    path,
                    lambda out: role_cards_pdf(scenario, lang, out, by_role, round_number, title),
                )
            else:
                write_atomically(
                    path,
                    lambda out: observer_sheets_pdf(
                        scenario, lang, out, observers, round_number, title
                    ),
                )
            return path

        self.setCursor(Qt.CursorShape.BusyCursor)
        self.status.emit(self.tr("Writing %1…").replace("%1", path.name))
        QueryOp(
            parent=self,
            context=self.context,
            work=work,
            success=self._printed,
            needs_store=False,
            label=f"printing {path.name}",
        ).failure(self._print_failed, describe=str).run()

    def _printed(self, path: object) -> None:
        self.unsetCursor()
        self.status.emit(self.tr("Saved %1").replace("%1", str(path)))

    def _print_failed(self, message: str) -> None:
        self.unsetCursor()
        self.status.emit(self.tr("The PDF could not be written: %1").replace("%1", message))

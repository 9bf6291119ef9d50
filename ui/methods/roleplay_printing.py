"""Printing a role play's role cards and observer sheets, rendered off the UI thread in the
session's report language. RolePlayTab owns one and hands it the round to print."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from facilitation.documents.method_cards import observer_sheets_pdf, role_cards_pdf
from facilitation.roleplay import Scenario
from facilitation.safe_files import write_atomically
from storage.sessions import SessionRepository
from ui.common.file_dialogs import PRINTOUTS, ask_save_path
from ui.common.operations import QueryOp


@dataclass(frozen=True)
class RoundCast:
    """One round of a role play as its printouts show it, taken when the facilitator asks."""

    session_id: str
    scenario: Scenario
    round_number: int
    by_role: dict[str, list[str]]  # role key -> names of who plays it
    # Groups playing at once: (group name, its by_role), a set of cards per group.
    groups: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)


class RolePlayPrinting(QObject):
    """Asks where to save, writes the PDF off the UI thread and tells how it went on status."""

    status = Signal(str)

    def __init__(self, sessions: SessionRepository, tab: QWidget) -> None:
        super().__init__(tab)
        self.sessions = sessions
        self.tab = tab  # parent of the save dialog, and busy while the PDF is written

    def ask_and_print(self, what: str, cast: RoundCast | None) -> None:
        if cast is None:
            return
        name = self.tr("role-cards.pdf") if what == "cards" else self.tr("observer-sheets.pdf")
        path = ask_save_path(
            self.tab, PRINTOUTS, self.tr("Save as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.print_pdf(what, Path(path), cast)

    def print_pdf(self, what: str, path: Path, cast: RoundCast) -> None:
        """Render in the background: the printout uses the session's report language."""
        scenario, round_number = cast.scenario, cast.round_number
        session = self.sessions.get(cast.session_id)
        lang, title = str(session.report_language), session.title
        by_role, groups = cast.by_role, cast.groups
        sections = groups or [("", by_role)]
        observers = [
            (observer.key, f"{name} · {group}" if group else name)
            for group, group_by_role in sections
            for observer in scenario.observer_roles
            for name in group_by_role.get(observer.key, [])
        ]

        def work(_progress) -> Path:
            if what == "cards":
                write_atomically(
                    path,
                    lambda out: role_cards_pdf(
                        scenario, lang, out, by_role, round_number, title, groups
                    ),
                )
            else:
                write_atomically(
                    path,
                    lambda out: observer_sheets_pdf(
                        scenario, lang, out, observers, round_number, title
                    ),
                )
            return path

        self.tab.setCursor(Qt.CursorShape.BusyCursor)
        self.status.emit(self.tr("Writing %1…").replace("%1", path.name))
        QueryOp(
            parent=self,
            context=None,
            work=work,
            success=self._printed,
            needs_store=False,
            label=f"printing {path.name}",
        ).failure(self._print_failed, describe=str).run()

    def _printed(self, path: object) -> None:
        self.tab.unsetCursor()
        self.status.emit(self.tr("Saved %1").replace("%1", str(path)))

    def _print_failed(self, message: str) -> None:
        self.tab.unsetCursor()
        self.status.emit(self.tr("The PDF could not be written: %1").replace("%1", message))

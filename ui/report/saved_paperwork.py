"""The Report page's documents box filled with what the session saved (the honorarium rate,
the agency's address, the letterhead and logo files; a new session gets what was last used)
and, when a document is made, what it used saved as the session's and the next session's
default. The address is the session's one value (paperwork_settings), the same the
certificate settings edit: saved when typed, read again when the page comes into view."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from facilitation.paperwork import LetterheadFiles, PaperworkError, SessionPaperwork
from facilitation.session import Session
from storage.paperwork import PaperworkRepository
from storage.sessions import NotFoundError
from ui.common.context import AppContext
from ui.report.document_options import DocumentOptions
from ui.report.documents import DocumentKind

log = logging.getLogger(__name__)
_ADDRESSED = (DocumentKind.HONORARIUM, DocumentKind.BERITA_ACARA)


class SavedPaperwork:
    def __init__(self, options: DocumentOptions, app: AppContext) -> None:
        self.options = options
        self.app = app
        self._shown: tuple[SessionPaperwork, LetterheadFiles] | None = None
        self._session: Session | None = None
        options.address.editingFinished.connect(self.save_address)
        options.shown.connect(self._read_again)

    def show(self, session: Session) -> None:
        """The session's days, its rate, address and files (read on opening, after a merge
        and when the page comes into view)."""
        self._session = session
        self.options.set_days([day.date for day in session.days], str(session.report_language))
        self._fill(session.id)

    def _fill(self, session_id: str) -> None:
        repo = PaperworkRepository(self.app.db)
        paperwork, files = repo.paperwork(session_id), repo.files(session_id)
        if self._shown != (paperwork, files):  # a merge elsewhere keeps what is being typed
            self.options.rate.setValue(paperwork.honorarium_rate)
            self.options.address.setText(paperwork.address)
            self.options.show_files(files)
            self._shown = (paperwork, files)

    def forget(self) -> None:
        self._shown = None
        self._session = None

    def _read_again(self) -> None:
        """The certificate settings (People page) may have changed the address meanwhile."""
        if self._session is not None:
            self._fill(self._session.id)

    def save_address(self) -> None:
        """The address as typed becomes the session's (one small write), so the certificate
        settings show it too; a refusal says why in the box and saves nothing."""
        if self._session is None:
            return
        session_id, text = self._session.id, self.options.address_text()
        repo = PaperworkRepository(self.app.db)
        current = repo.paperwork(session_id)
        if repo.own_paperwork(session_id) == replace(current, address=text):
            return
        try:
            repo.save(session_id, replace(current, address=text))
        except (PaperworkError, NotFoundError) as error:
            log.warning("address not saved: %s", error)
            self.options.notice.setText(
                QCoreApplication.translate(
                    "SavedPaperwork", "The address could not be saved: it cannot be printed."
                )
            )
            self.options.notice.setVisible(True)
            return
        self._shown = (repo.paperwork(session_id), repo.files(session_id))

    def remember(self, session_id: str, kind: DocumentKind) -> None:
        """What a document is made with: the letterhead and logo always, the rate when the
        honorarium list used it, the address when the berita acara or the list printed it.
        One small write; a refusal only goes to the log."""
        repo = PaperworkRepository(self.app.db)
        paperwork = None
        if kind in _ADDRESSED:
            own = repo.own_paperwork(session_id) or repo.paperwork(session_id)
            rate = self.options.rate.value() if kind == DocumentKind.HONORARIUM else None
            paperwork = SessionPaperwork(
                own.honorarium_rate if rate is None else rate, self.options.address_text()
            )
        try:
            repo.save(session_id, paperwork, self.options.files())
        except (PaperworkError, NotFoundError) as error:
            log.warning("paperwork values not saved: %s", error)
            return
        self._shown = (repo.paperwork(session_id), repo.files(session_id))
        self.options.notice.setVisible(False)

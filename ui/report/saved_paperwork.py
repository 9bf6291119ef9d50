"""The Report page's documents box filled with what the session saved (the honorarium rate,
the letterhead and logo files; a new session gets what was last used) and, when a document is
made, what it used saved as the session's and the next session's default."""

from __future__ import annotations

import logging

from facilitation.paperwork import LetterheadFiles, PaperworkError, SessionPaperwork
from facilitation.session import Session
from storage.paperwork import PaperworkRepository
from storage.sessions import NotFoundError
from ui.common.context import AppContext
from ui.report.document_options import DocumentOptions
from ui.report.documents import DocumentKind

log = logging.getLogger(__name__)


class SavedPaperwork:
    def __init__(self, options: DocumentOptions, app: AppContext) -> None:
        self.options = options
        self.app = app
        self._shown: tuple[SessionPaperwork, LetterheadFiles] | None = None

    def show(self, session: Session) -> None:
        """The session's days, its rate and files (read on opening and after a merge)."""
        repo = PaperworkRepository(self.app.db)
        paperwork, files = repo.paperwork(session.id), repo.files(session.id)
        self.options.set_days([day.date for day in session.days], str(session.report_language))
        if self._shown != (paperwork, files):  # a merge elsewhere keeps what is being typed
            self.options.rate.setValue(paperwork.honorarium_rate)
            self.options.show_files(files)
            self._shown = (paperwork, files)

    def forget(self) -> None:
        self._shown = None

    def remember(self, session_id: str, kind: DocumentKind) -> None:
        """What a document is made with: the letterhead and logo always, the rate when the
        honorarium list used it. One small write; a refusal only goes to the log."""
        repo = PaperworkRepository(self.app.db)
        paperwork = None
        if kind == DocumentKind.HONORARIUM:
            own = repo.own_paperwork(session_id) or SessionPaperwork()
            paperwork = SessionPaperwork(self.options.rate.value(), own.address)
        try:
            repo.save(session_id, paperwork, self.options.files())
        except (PaperworkError, NotFoundError) as error:
            log.warning("paperwork values not saved: %s", error)
            return
        self._shown = (repo.paperwork(session_id), repo.files(session_id))
        self.options.notice.setVisible(False)

"""The tabs beside the report's preview where the official paperwork is written: the report's
narrative sections, the photos of the day and the facilitators and resource persons."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.common.changes import Changes
from ui.report.photos_panel import PhotosPanel
from ui.report.presenters_panel import PresentersPanel
from ui.report.section_texts import SectionTextsPanel
from ui.workspace.session_context import SessionContext


class PaperworkTabs(QTabWidget):
    def __init__(self, context: SessionContext, preview: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.texts = SectionTextsPanel(context, self)
        self.photos = PhotosPanel(context, self)
        self.presenters = PresentersPanel(context, self)
        self.addTab(preview, self.tr("Preview"))
        self.addTab(self.texts, self.tr("Report texts"))
        self.addTab(self.photos, self.tr("Photos"))
        self.addTab(self.presenters, self.tr("Facilitators and resource persons"))
        self._panels = (self.texts, self.photos, self.presenters)
        self.session_id: str | None = None
        context.app.changes.changed.connect(self._changes_arrived)

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        for panel in self._panels:
            panel.open_session(session_id)

    def close_session(self) -> None:
        self.session_id = None
        for panel in self._panels:
            panel.close_session()

    def save_pending(self) -> None:
        self.texts.save_pending()

    def _changes_arrived(self, changes: Changes) -> None:
        """A merged bundle may bring texts, photos and presenters; a new agenda changes JP."""
        if self.session_id is None or not changes.concerns(self.session_id):
            return
        if changes.sessions or changes.agenda or changes.notes:
            for panel in self._panels:
                panel.reload()

"""The tabs beside the report's preview where the official paperwork is written: the report's
narrative sections, the photos of the day and the facilitators and resource persons.

The photos and presenters tabs (each reads the whole session) load when first shown, or when
code asks for them, not each time a session opens behind the Preview tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.common.changes import Changes
from ui.common.deferred_load import LoadWhenShown
from ui.report.photos_panel import PhotosPanel
from ui.report.presenters_panel import PresentersPanel
from ui.report.section_texts import SectionTextsPanel
from ui.workspace.session_context import SessionContext


class PaperworkTabs(QTabWidget):
    def __init__(self, context: SessionContext, preview: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.texts = SectionTextsPanel(context, self)
        self._photos = PhotosPanel(context, self)
        self._presenters = PresentersPanel(context, self)
        self.addTab(preview, self.tr("Preview"))
        self.addTab(self.texts, self.tr("Report texts"))
        self.addTab(self._photos, self.tr("Photos"))
        self.addTab(self._presenters, self.tr("Facilitators and resource persons"))
        self._panels = (self.texts, self._photos, self._presenters)
        self._loaders = {
            panel: LoadWhenShown(panel, lambda panel=panel: self._load(panel))
            for panel in (self._photos, self._presenters)
        }
        self.session_id: str | None = None
        context.app.changes.changed.connect(self._changes_arrived)

    @property
    def photos(self) -> PhotosPanel:
        self._loaders[self._photos].flush()
        return self._photos

    @property
    def presenters(self) -> PresentersPanel:
        self._loaders[self._presenters].flush()
        return self._presenters

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.texts.open_session(session_id)
        for loader in self._loaders.values():
            loader.request()

    def _load(self, panel: PhotosPanel | PresentersPanel) -> None:
        if self.session_id is not None:
            panel.open_session(self.session_id)

    def close_session(self) -> None:
        self.session_id = None
        for loader in self._loaders.values():
            loader.cancel()
        for panel in self._panels:
            panel.close_session()

    def save_pending(self) -> None:
        self.texts.save_pending()

    def _changes_arrived(self, changes: Changes) -> None:
        """A merged bundle may bring texts, photos and presenters; a new agenda changes JP."""
        if self.session_id is None or not changes.concerns(self.session_id):
            return
        if changes.sessions or changes.agenda or changes.notes:
            self.texts.reload()
            for panel, loader in self._loaders.items():
                if not loader.pending:  # a waiting load reads everything anyway
                    panel.reload()

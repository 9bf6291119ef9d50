"""Photos of the day attached to activities: chosen from files (a folder, a phone's storage),
shrunk off the UI thread, stored in one transaction as one undoable step; each has a caption
for the report's documentation annex."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.photos import MAX_PHOTOS_PER_SESSION, Photo, PhotoError, shrink_photo
from facilitation.validation import RowValueError
from storage.official import OfficialRepository
from storage.sessions import NotFoundError
from ui.common import file_dialogs
from ui.common.exchange_messages import photo_error_text
from ui.common.operations import QueryOp
from ui.common.undo import CallbackCommand, ValueCommand
from ui.workspace.session_context import SessionContext

PHOTO_ID = Qt.ItemDataRole.UserRole + 1
THUMB = 160


class PhotosPanel(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repository = OfficialRepository(context.app.db)
        self.session_id: str | None = None
        self.photos: dict[str, Photo] = {}
        self.busy = False
        self.last_message: QMessageBox | None = None
        # The file dialog is an attribute so tests can answer it like a user would.
        self.ask_photo_paths = self._ask_photo_paths
        self.activity = QComboBox()
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Activity")))
        top.addWidget(self.activity, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.caption.setMaxLength(300)
        self.hint = QLabel(
            self.tr(
                "Photos are shrunk to 1600 px and kept in Lokakarya's store (at most %1 per "
                "session); your files are only read."
            ).replace("%1", str(MAX_PHOTOS_PER_SESSION))
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self.add_photos)
        self.remove_button.clicked.connect(self.remove_selected)
        self.caption.editingFinished.connect(self.save_caption)
        self.view.selectionModel().currentChanged.connect(self._selected)
        self.setEnabled(False)

    # -- session ---------------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.setEnabled(True)
        self.reload()

    def close_session(self) -> None:
        self.session_id = None
        self.model.clear()
        self.setEnabled(False)

    def reload(self) -> None:
        if self.session_id is None:
            return
        session = self.context.app.sessions.get(self.session_id)
        chosen = self.activity.currentData()
        self.activity.clear()
        titles = {}
        for day in session.days:
            for activity in day.activities:
                titles[activity.id] = activity.title
                self.activity.addItem(f"{day.date:%d/%m} · {activity.title}", activity.id)
        self.activity.setCurrentIndex(max(0, self.activity.findData(chosen)))
        self.photos = {p.id: p for p in self.repository.photos(self.session_id)}
        self.model.clear()
        for photo in self.photos.values():
            item = QStandardItem(photo.caption or titles.get(photo.activity_id, ""))
            item.setData(photo.id, PHOTO_ID)
            item.setToolTip(titles.get(photo.activity_id, ""))
            image = QImage.fromData(photo.jpeg)
            item.setIcon(
                QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            )
            self.model.appendRow(item)
        self._selected()

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(PHOTO_ID) if index.isValid() else None

    def _selected(self, *_args: object) -> None:
        photo = self.photos.get(self.selected_id() or "")
        self.caption.setEnabled(photo is not None)
        self.remove_button.setEnabled(photo is not None)
        self.caption.setText(photo.caption if photo else "")

    # -- actions ---------------------------------------------------------------------------

    def _ask_photo_paths(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            file_dialogs.start_folder(file_dialogs.IMAGES),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG)"),
        )
        if paths:
            file_dialogs.remember(file_dialogs.IMAGES, paths[0])
        return paths

    def add_photos(self) -> None:
        activity_id = self.activity.currentData()
        if self.session_id is None or self.busy or not activity_id:
            return
        paths = [Path(p) for p in self.ask_photo_paths()]
        if not paths:
            return
        self.busy = True
        self.add_button.setEnabled(False)

        def work(progress):
            shrunk = []
            for done, path in enumerate(paths, start=1):
                jpeg, width, height = shrink_photo(path)
                shrunk.append(Photo(activity_id, jpeg, width, height))
                progress(done, len(paths))
            return shrunk

        QueryOp(
            parent=self,
            context=self.context.app,
            work=work,
            success=self._shrunk,
            label="shrink photos",
            needs_store=False,
        ).failure(self._failed, describe=self._describe).run()

    def _describe(self, error: Exception) -> str:
        if isinstance(error, PhotoError):
            return photo_error_text(error.key)
        return self.tr("The photo could not be added: %1").replace("%1", str(error))

    def _failed(self, text: str) -> None:
        self._done()
        self._warn(text)

    def _done(self) -> None:
        self.busy = False
        self.add_button.setEnabled(True)

    def _shrunk(self, photos: list[Photo]) -> None:
        self._done()
        session_id = self.session_id
        if session_id is None:
            return
        ids = [photo.id for photo in photos]
        try:
            self.repository.add_photos(session_id, photos)
        except (PhotoError, NotFoundError, RowValueError) as error:
            self._warn(photo_error_text(getattr(error, "key", "")))
            return
        # Stored already (one transaction); the undo step takes them out and puts them back.
        first = [True]

        def do() -> None:
            if not first[0]:
                self.repository.add_photos(session_id, photos)
            first[0] = False

        self.context.undo_stack.push(
            CallbackCommand(
                self.tr("Add %1 photos").replace("%1", str(len(photos))),
                do,
                lambda: self.repository.remove_photos(ids),
                self.reload,
            )
        )

    def remove_selected(self) -> None:
        photo = self.photos.get(self.selected_id() or "")
        if photo is None or self.session_id is None:
            return
        session_id = self.session_id
        self.context.undo_stack.push(
            CallbackCommand(
                self.tr("Remove photo"),
                lambda: self.repository.remove_photos([photo.id]),
                lambda: self.repository.add_photos(session_id, [photo]),
                self.reload,
            )
        )

    def save_caption(self) -> None:
        photo = self.photos.get(self.selected_id() or "")
        text = self.caption.text()
        if photo is None or text == photo.caption:
            return
        photo_id = photo.id

        def apply(value: str) -> None:
            self.repository.set_caption(photo_id, value)

        self.context.undo_stack.push(
            ValueCommand(
                self.tr("Edit photo caption"),
                apply,
                photo.caption,
                text,
                self._refresh_keeping_selection,
                merge_key=("photo_caption", photo_id),
            )
        )

    def _refresh_keeping_selection(self) -> None:
        chosen = self.selected_id()
        self.reload()
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(PHOTO_ID) == chosen:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Photos"), text, QMessageBox.StandardButton.Ok, self
        )
        self.last_message = box
        box.open()

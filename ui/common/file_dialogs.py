"""Where Lokakarya asks for files: Qt's standard dialogs (translated with the rest of the UI),
starting in the user's Documents the first time and then in the folder last used for that kind
of file (a report, a bundle, a roster, a printout), remembered across starts."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

REPORTS, BUNDLES, ROSTERS, PRINTOUTS, IMAGES = (
    "reports",
    "bundles",
    "rosters",
    "printouts",
    "images",
)
SETTING = "files/last_folder/"


def documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or QDir.homePath()


def start_folder(kind: str) -> str:
    """The folder last used for this kind of file, if it still exists; else Documents."""
    remembered = str(QSettings().value(SETTING + kind, "") or "")
    return remembered if remembered and Path(remembered).is_dir() else documents_folder()


def remember(kind: str, chosen: str, is_folder: bool = False) -> str:
    if chosen:
        QSettings().setValue(SETTING + kind, chosen if is_folder else str(Path(chosen).parent))
    return chosen


def ask_save_path(parent: QWidget, kind: str, caption: str, name: str, filters: str) -> str:
    suggested = str(Path(start_folder(kind)) / name)
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return remember(kind, path)


def ask_open_path(parent: QWidget, kind: str, caption: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, caption, start_folder(kind), filters)
    return remember(kind, path)


def ask_folder(parent: QWidget, kind: str, caption: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, start_folder(kind))
    return remember(kind, folder, is_folder=True)


def file_stem(title: str) -> str:
    """A file name from a session title: no characters that Windows or Linux refuse."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", title).strip(" .")
    return " ".join(stem.split())[:80] or "Lokakarya"

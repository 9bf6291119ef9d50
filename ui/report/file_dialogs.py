"""Where the Report page asks for files: the standard dialogs, starting in Documents, and file
names made from a session's title. The page holds them as attributes so tests can answer them
like a user would."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or QDir.homePath()


def ask_save_path(parent: QWidget, caption: str, name: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, caption, str(Path(start_folder()) / name), filters
    )
    return path


def ask_open_path(parent: QWidget, caption: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, caption, start_folder(), filters)
    return path


def ask_folder(parent: QWidget, caption: str) -> str:
    return QFileDialog.getExistingDirectory(parent, caption, start_folder())


def file_stem(title: str) -> str:
    """A file name from a session title: no characters that Windows or Linux refuse."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", title).strip(" .")
    return " ".join(stem.split())[:80] or "Lokakarya"

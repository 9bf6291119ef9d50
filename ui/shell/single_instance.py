"""One Lokakarya per data folder: taking the folder's lock at start-up, or telling the user
who holds it (another window, or a command writing to the folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.common.instance_lock import InstanceLock, StoreInUseError, command_is_writing

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate
EXIT_ERROR = 2


def take_lock(data_dir: Path, window: QWidget | None = None) -> InstanceLock | int:
    """The data folder's single-instance lock, or (told to the user) an exit code; a window
    already shown goes before the message."""
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except StoreInUseError as error:
        from PySide6.QtWidgets import QMessageBox

        if window is not None:
            window.hide()
        if command_is_writing(data_dir):
            text = translate(
                "Startup",
                "A Lokakarya command (process %1) is writing to the data folder\n%2\n\n"
                "Wait until it has finished, then start again.",
            )
        else:
            text = translate(
                "Startup",
                "Another Lokakarya window (process %1) is already using the data folder\n%2\n\n"
                "Switch to that window, or close it and start again.",
            )
        QMessageBox.critical(
            None,
            translate("Startup", "Lokakarya is already open"),
            text.replace("%1", str(error.pid)).replace("%2", str(data_dir)),
        )
        return EXIT_ERROR
    return lock

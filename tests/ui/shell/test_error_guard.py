"""An unexpected error in a slot or a worker thread: logged with its traceback, and the user
sees a short message in their language with the log file's location — never a traceback."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ui.shell.error_guard import install_error_hooks, remove_error_hooks


@pytest.fixture
def reporter(qtbot, data_dir):
    guard = install_error_hooks(data_dir / "lokakarya.log")
    yield guard
    remove_error_hooks()
    if guard.dialog is not None:
        guard.dialog.close()


def shown_error(qtbot, reporter) -> QMessageBox:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    return reporter.dialog


@pytest.mark.qt_no_exception_capture
def test_error_in_a_button_slot_shows_a_message_and_logs_the_traceback(
    qtbot, reporter, data_dir, caplog
) -> None:
    def broken_save() -> None:
        raise ValueError("the flip chart fell over")

    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(broken_save)
    button.show()
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        box = shown_error(qtbot, reporter)
    text = box.text()
    assert "ValueError: the flip chart fell over" in text
    assert str(data_dir / "lokakarya.log") in text
    assert "Traceback" not in text and "broken_save" not in text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Traceback" in logged and "broken_save" in logged
    assert sys.excepthook == reporter.handle


@pytest.mark.qt_no_exception_capture
def test_error_in_a_worker_thread_reaches_the_gui_thread(qtbot, reporter, caplog) -> None:
    def work() -> None:
        raise OSError("USB stick pulled out")

    with caplog.at_level(logging.ERROR):
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        box = shown_error(qtbot, reporter)
    assert "USB stick pulled out" in box.text()
    assert "USB stick pulled out" in caplog.text


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_opens_one_dialog(qtbot, reporter) -> None:
    for number in range(5):
        try:
            raise RuntimeError(f"error {number}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    box = shown_error(qtbot, reporter)
    qtbot.wait(50)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [b for b in boxes if b.isVisible()] == [box]
    assert "error 0" in box.text()


def test_the_message_is_translated(qtbot, reporter) -> None:
    from PySide6.QtCore import QTranslator

    class Indonesian(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
            if context == "ErrorDialog" and source.startswith("Lokakarya ran into"):
                return "Lokakarya mengalami masalah: %1\n\nBerkas log:\n%2"
            return None

    translator = Indonesian()
    QApplication.installTranslator(translator)
    try:
        reporter.error_raised.emit("KeyError: 'x'")
        box = shown_error(qtbot, reporter)
        assert box.text().startswith("Lokakarya mengalami masalah: KeyError: 'x'")
        assert "lokakarya.log" in box.text()
    finally:
        QApplication.removeTranslator(translator)

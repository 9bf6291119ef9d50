"""The window says when every session page stands: the app then settles its start-up (what
it made is frozen out of the garbage collections, ui/common/main_thread_gc.py)."""

from __future__ import annotations

from tests.ui.ui_helpers import make_context
from ui.shell.main_window import MainWindow


def test_the_window_says_once_when_its_pages_are_built(qtbot, data_dir) -> None:
    window = MainWindow(lang="en", frame_only=True)
    qtbot.addWidget(window)
    built: list[int] = []
    window.pages_built.connect(lambda: built.append(len(window.session_pages)))
    window.show()
    window.attach(make_context(data_dir), defer_pages=True)
    assert built == []  # one page per event-loop turn, after the sessions list
    qtbot.waitUntil(lambda: built != [], timeout=5000)
    qtbot.wait(50)
    assert built == [len(window._page_specs)]

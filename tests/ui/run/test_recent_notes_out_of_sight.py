"""The Run page's last notes follow every undo step of the session, but a step taken on
another page (forming 50 groups on the People page) is read when the Run page is shown again,
not at once: the list is never stale in sight, and costs nothing out of sight."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from tests.ui.run.test_ui_run import open_run


def test_the_last_notes_are_read_when_the_run_page_is_shown_again(qtbot, data_dir) -> None:
    window, page = open_run(qtbot, data_dir)
    recent = page.capture_area.recent
    loads: list[object] = []
    load = recent.model.load
    recent.model.load = lambda *args: (loads.append(args), load(*args))
    page.context.undo_stack.push(QUndoCommand("a step in sight"))
    assert len(loads) == 1
    window.show_page("people")
    for n in range(3):
        page.context.undo_stack.push(QUndoCommand(f"a step out of sight {n}"))
    page.context.undo_stack.undo()
    assert len(loads) == 1
    window.show_page("run")
    assert len(loads) == 2

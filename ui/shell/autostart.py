"""A hook for the crash tests: start a session's run as soon as the app is up.

run_gui calls autostart() once the store is attached when AUTOSTART_ENV is set.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

AUTOSTART_ENV = "LOKAKARYA_TEST_AUTOSTART_RUN"  # tests: open this session and start its run


def autostart(window: MainWindow) -> None:
    """LOKAKARYA_TEST_AUTOSTART_RUN=<session id>: open the session in the main window, start its
    first activity unless a recovered one is running, and report on stdout."""
    session_id = os.environ.get(AUTOSTART_ENV, "")
    if window.open_session_id != session_id:  # else the app reopened it: its timer was running
        window.open_session(session_id)
    controller = window.session_context.run_controller
    run = controller.run
    if run is not None and not run.running:
        controller.toggle()
    timer = controller.run.timer if controller.run else None
    sys.stdout.write(
        f"run {run.current.id if run and run.current else '-'} "
        f"{timer.remaining() if timer else 0:.3f} "
        f"{'recovered' if controller.was_recovered else 'fresh'}\n"
    )
    sys.stdout.flush()

"""Hooks for tests of the real app: start a session's run as soon as the app is up (the crash
tests), or hand the window to a script that drives it (the walkthrough, tests/ui/walkthrough.py).

run_gui calls autostart() once the store is attached when AUTOSTART_ENV is set, and
run_driver() when DRIVER_ENV names a script.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

AUTOSTART_ENV = "LOKAKARYA_TEST_AUTOSTART_RUN"  # tests: open this session and start its run
DRIVER_ENV = "LOKAKARYA_TEST_DRIVER"  # a script whose drive(window) steps through the app


def run_driver(window: MainWindow) -> None:
    """DRIVER_ENV=<script.py>: run the script's drive(window) in the app's own process, where
    it presses keys and takes screenshots as a user's day would go (QTest, QScreen)."""
    import runpy

    runpy.run_path(os.environ[DRIVER_ENV])["drive"](window)


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

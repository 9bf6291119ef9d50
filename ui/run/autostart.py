"""A hook for the crash tests: start a session's run as soon as the app is up.

The run console calls autostart() once the event loop runs when AUTOSTART_ENV is set.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.run.page import RunConsole

AUTOSTART_ENV = "LOKAKARYA_TEST_AUTOSTART_RUN"  # tests: open this session and start its run


def autostart(console: RunConsole) -> None:
    """LOKAKARYA_TEST_AUTOSTART_RUN=<session id>: open the session through the main window,
    start its first activity unless a recovered one is running, and report on stdout."""
    session_id = os.environ.get(AUTOSTART_ENV, "")
    window = console.window()
    if getattr(window, "open_session_id", None) == session_id:
        pass  # the app already reopened it because its timer was running
    elif hasattr(window, "open_session"):
        window.open_session(session_id)
    else:
        console.open_session(session_id)
    run = console.controller.run
    if run is not None and not run.running:
        console.controller.toggle()
    timer = console.controller.run.timer if console.controller.run else None
    sys.stdout.write(
        f"run {run.current.id if run and run.current else '-'} "
        f"{timer.remaining() if timer else 0:.3f} "
        f"{'recovered' if console.controller.was_recovered else 'fresh'}\n"
    )
    sys.stdout.flush()

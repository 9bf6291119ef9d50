"""Quitting while an activity's timer runs: ask what to do with it, and remember the quit.

A quit the facilitator chose is not a crash: the run is saved with a mark that says so, and the
next start opens it without the "closed unexpectedly" notice. Only a real crash (a dead battery,
a killed process) leaves the mark of a process that is gone.
"""

from __future__ import annotations

import logging
import sqlite3
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.run_control.controller import RunController

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class TimerChoice(Enum):
    PAUSE = "pause"  # pause the timer, then quit
    KEEP = "keep"  # quit; the timer goes on by the wall clock and resumes where it really is
    CANCEL = "cancel"  # do not quit


def ask(parent: QWidget, title: str) -> TimerChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("QuitQuestion", "The timer is running"))
    box.setText(
        translate("QuitQuestion", "“%1” is running. What should happen to its timer?").replace(
            "%1", title
        )
    )
    pause = box.addButton(
        translate("QuitQuestion", "Pause the timer and quit"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        translate("QuitQuestion", "Keep it running (resume where the time really is)"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(translate("QuitQuestion", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(pause)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is pause:
        return TimerChoice.PAUSE
    if clicked is keep:
        return TimerChoice.KEEP
    return TimerChoice.CANCEL


def settle_running_timer(parent: QWidget, controller: RunController) -> bool:
    """Before a normal quit: False when the facilitator cancels; otherwise the run is saved as
    quit on purpose (paused or still running, as chosen)."""
    run = controller.run
    if run is None:
        return True
    choice = TimerChoice.KEEP
    if run.running and run.current is not None:
        choice = ask(parent, run.current.title)
    if choice == TimerChoice.CANCEL:
        return False
    try:
        controller.quit(pause=choice == TimerChoice.PAUSE)
    except sqlite3.Error:
        # The store is gone (a disk pulled out): quit anyway; the last action was saved, and
        # the next start treats the run as recovered.
        log.exception("could not save the run on quit")
    return True

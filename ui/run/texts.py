"""Words and views the run console derives from the run: the projector view, the caption under
the digits, the day's slip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.run_log import DaySlip
from facilitation.timer import Timer, TimerMode, TimerStatus, format_reading
from ui.common.formatting import clock_time
from ui.projector.window import ProjectorView
from ui.run_control.controller import RunController

translate = QCoreApplication.translate
BEHIND_COLOUR, AHEAD_COLOUR, ON_TIME_COLOUR = "#A30015", "#0A6B3D", "#0A3D2C"


def projector_view(controller: RunController) -> ProjectorView:
    """What the wall shows now; recomputed from the timer's anchors at every call."""
    run = controller.run
    timer = controller.display_timer()
    current = run.current if run else None
    if current is None or timer is None:
        return ProjectorView(title=controller.session.title if controller.session else "")
    reading = format_reading(timer.shown_seconds(), timer.mode == TimerMode.COUNT_UP)
    return ProjectorView(
        title=current.title,
        reading=reading,
        phase=timer.phase(),
        caption=caption(controller, timer),
        instructions=current.instructions,
        questions=list(current.guiding_questions),
    )


def caption(controller: RunController, timer: Timer) -> str:
    run = controller.run
    parts = []
    if run is not None and run.rounds is not None:
        parts.append(
            translate("RunConsole", "%1 · %2 of %3")
            .replace("%1", run.rounds.current_group)
            .replace("%2", str(run.rounds.index + 1))
            .replace("%3", str(len(run.rounds.groups)))
        )
    if timer.status == TimerStatus.PAUSED:
        parts.append(translate("RunConsole", "Paused"))
    elif timer.status == TimerStatus.READY:
        parts.append(translate("RunConsole", "Ready"))
    elif timer.status == TimerStatus.FINISHED:
        parts.append(translate("RunConsole", "Ended"))
    elif timer.remaining() < 0 and timer.total_s > 0:
        parts.append(translate("RunConsole", "Overtime"))
    return " · ".join(parts)


def slip_texts(slip: DaySlip | None) -> tuple[str, str, str]:
    """(ahead/behind text, its colour, the projected end line)."""
    if slip is None:
        return "", ON_TIME_COLOUR, ""
    minutes = str(abs(slip.slip_minutes))
    if slip.behind:
        text = translate("RunConsole", "%1 min behind").replace("%1", minutes)
        colour = BEHIND_COLOUR
    elif slip.ahead:
        text = translate("RunConsole", "%1 min ahead").replace("%1", minutes)
        colour = AHEAD_COLOUR
    else:
        text, colour = translate("RunConsole", "On schedule"), ON_TIME_COLOUR
    projected = (
        translate("RunConsole", "Projected end of the day: %1 (planned %2)")
        .replace("%1", clock_time(slip.projected_end.time()))
        .replace("%2", clock_time(slip.planned_end.time()))
    )
    return text, colour, projected

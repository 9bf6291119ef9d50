"""Words and views the run console derives from the run: the projector view, the caption under
the digits, the day's slip."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from facilitation.run_log import DaySlip
from facilitation.timer import Timer, TimerMode, TimerStatus, format_reading
from ui.common.formatting import clock_time
from ui.common.theme import current_tokens
from ui.common.theme.tokens import Tokens
from ui.projector.view import ProjectorView
from ui.run_control.controller import RunController

translate = QCoreApplication.translate


def projector_view(controller: RunController) -> ProjectorView:
    """What the wall shows now; recomputed from the timer's anchors and the run's clock at
    every call."""
    run = controller.run
    timer = controller.display_timer()
    current = run.current if run else None
    now = controller.clock.now()
    minute = _minute(now)
    next_title, next_time = coming_next(controller, minute)
    clock = time_of_day(now, minute) if run else ""
    if current is None or timer is None:
        title = controller.session.title if controller.session else ""
        return ProjectorView(title=title, next_title=next_title, next_time=next_time, clock=clock)
    reading = format_reading(timer.shown_seconds(), timer.mode == TimerMode.COUNT_UP)
    if _questions[0] is not current:  # the same list every second: the wall compares less
        _questions[:] = [current, list(current.guiding_questions)]
    return ProjectorView(
        title=current.title,
        reading=reading,
        phase=timer.phase(),
        caption=caption(controller, timer),
        instructions=current.instructions,
        questions=_questions[1],
        next_title=next_title,
        next_time=next_time,
        clock=clock,
    )


_questions: list = [None, []]  # [activity, its guiding questions] of the last projector_view


def _minute(now: datetime) -> tuple:
    """Which minute now is in (and in which UTC offset): what the clock and the plan follow."""
    return (now.timestamp() // 60, now.utcoffset())


def time_of_day(now: datetime, minute: tuple) -> str:
    """The time of day of now (in minute: see _minute), "HH:MM", formatted once a minute."""
    if minute != _last_clock[0]:
        _last_clock[:] = [minute, clock_time(now.astimezone().time())]
    return _last_clock[1]


_last_clock: list = [None, ""]  # [minute, "HH:MM"] of the last time_of_day


def coming_next(controller: RunController, minute: tuple | None = None) -> tuple[str, str]:
    """(title, "HH:MM") of the activity N puts on, its start as today's plan shows it (moved
    by the shift the facilitator took); ("", "") when the day's last activity is on."""
    run = controller.run
    if run is None or not run.upcoming:
        return "", ""
    # The plan is worked out again only when the run changed (the controller counts its
    # changes) and at most once a minute while a timer ticks: the tick stays small.
    basis = (controller, controller.generation, controller.day, run, run.index)
    minute = minute or _minute(controller.clock.now())
    if _last_next.holds(basis, minute):
        return _last_next.answer
    activity = run.upcoming[0]
    plan = controller.shown_plan()
    items = plan.items if plan is not None else ()
    item = next((i for i in items if i.activity.id == activity.id), None)
    _last_next.basis, _last_next.minute = basis, minute
    _last_next.answer = (activity.title, clock_time(item.start) if item is not None else "")
    return _last_next.answer


class _NextMemo:
    """The last answer of coming_next, the run it came from (the controller's count of changes
    included) and the minute it was worked out in."""

    basis: tuple = ()
    minute: tuple | None = None
    answer: tuple[str, str] = ("", "")

    def holds(self, basis: tuple, minute: tuple) -> bool:
        return minute == self.minute and basis == self.basis


_last_next = _NextMemo()


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


def duration_text(minutes: int) -> str:
    """45 -> "45 min", 72 -> "1 h 12 min", 120 -> "2 h"."""
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        return translate("RunConsole", "%1 min").replace("%1", str(rest))
    if not rest:
        return translate("RunConsole", "%1 h").replace("%1", str(hours))
    return translate("RunConsole", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def day_clock(moment: datetime, start: datetime) -> str:
    """The clock time, with "+1 day" when it falls after the day the plan starts on."""
    text = clock_time(moment.time())
    days = (moment.date() - start.date()).days
    if days == 1:
        return translate("RunConsole", "%1 +1 day").replace("%1", text)
    if days > 1:
        return translate("RunConsole", "%1 +%2 days").replace("%1", text).replace("%2", str(days))
    return text


def slip_texts(slip: DaySlip | None) -> tuple[str, str, str]:
    """(ahead/behind text, its colour, the projected end line).

    Worked out again only when what they show changed: the slip's minutes, the minutes of the
    projected and planned ends, the theme or the language (a tick asks every second)."""
    tokens = current_tokens()
    if slip is None:
        return "", tokens.text, ""
    start = slip.planned_start or slip.planned_end
    key = (
        slip.slip_minutes,
        slip.projected_end.replace(second=0, microsecond=0),
        slip.planned_end.replace(second=0, microsecond=0),
        start.date(),
        tokens,
        translate("RunConsole", "On schedule"),  # the language
    )
    if key != _last_slip[0]:
        _last_slip[:] = [key, _slip_texts(slip, tokens)]
    return _last_slip[1]


_last_slip: list = [None, ("", "", "")]  # [key, texts] of the last slip_texts


def _slip_texts(slip: DaySlip, tokens: Tokens) -> tuple[str, str, str]:
    duration = duration_text(slip.slip_minutes)
    if slip.behind:
        text = translate("RunConsole", "%1 late").replace("%1", duration)
        colour = tokens.danger
    elif slip.ahead:
        text = translate("RunConsole", "%1 early").replace("%1", duration)
        colour = tokens.success
    else:
        text, colour = translate("RunConsole", "On schedule"), tokens.text
    start = slip.planned_start or slip.planned_end
    projected = (
        translate("RunConsole", "Projected end of the day: %1 (planned %2)")
        .replace("%1", day_clock(slip.projected_end, start))
        .replace("%2", day_clock(slip.planned_end, start))
    )
    return text, colour, projected

"""What the presenter view shows the facilitator: everything the wall shows, and what only the
facilitator should see (how late the day is, its projected end, the message on the wall, the
activity's own notes and method, the report-back round).

Built from the run controller at every call, as the projector's view is (ui/run/texts.py), so
the presenter window never counts time itself. Words keep the RunConsole translation context
where they are the Run page's own; the presenter's are under "PresenterView".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from facilitation.activity import Activity
from facilitation.library import Library
from facilitation.timer import Phase
from ui.run.texts import projector_view, slip_texts
from ui.run_control.controller import RunController

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PresenterView:
    title: str = ""
    reading: str = ""
    phase: Phase = Phase.NORMAL
    caption: str = ""  # "Paused", "Overtime", "Kelompok 2 · 2 of 5"
    clock: str = ""  # the time of day, HH:MM
    slip: str = ""  # "5 min late", "On schedule"
    slip_colour: str = ""  # the theme's text colour when empty
    projected_end: str = ""
    next_line: str = ""  # "Next: Pleno (10:30)"
    message: str = ""  # what the projector shows as a message, "" when none
    notes: str = ""  # the activity's instructions, questions, materials and method
    rounds: str = ""  # "Report-back: Kelompok 2 (2 of 5) · then Kelompok 3"


def presenter_view(
    controller: RunController, message: str, library: Library | None, lang: str
) -> PresenterView:
    """The presenter's view of the run now; message is what the projector shows."""
    wall = projector_view(controller)
    slip, colour, projected = slip_texts(controller.slip())
    run = controller.run
    current = run.current if run else None
    return PresenterView(
        title=wall.title if current is not None else nothing_on(controller),
        reading=wall.reading,
        phase=wall.phase,
        caption=wall.caption,
        clock=wall.clock,
        slip=slip,
        slip_colour=colour,
        projected_end=projected,
        next_line=next_line(wall.next_title, wall.next_time),
        message=message,
        notes=activity_notes(current, library, lang) if current is not None else "",
        rounds=rounds_line(controller),
    )


def nothing_on(controller: RunController) -> str:
    run = controller.run
    if run is None:
        return translate("PresenterView", "No session open")
    if run.day_over:
        return translate("RunConsole", "The day's programme is done.")
    return translate("RunConsole", "Nothing on yet")


def next_line(title: str, time: str) -> str:
    if not title:
        return translate("PresenterView", "Next: nothing more today")
    if not time:
        return translate("PresenterView", "Next: %1").replace("%1", title)
    return translate("PresenterView", "Next: %1 (%2)").replace("%1", title).replace("%2", time)


def activity_notes(activity: Activity, library: Library | None, lang: str) -> str:
    """The facilitator's notes for the activity: its task, guiding questions and materials as
    the plan has them, then how the method is run (from the method library) when it has one."""
    parts = []
    if activity.instructions:
        parts.append(activity.instructions)
    if activity.guiding_questions:
        questions = "\n".join(
            f"{n}. {q}" for n, q in enumerate(activity.guiding_questions, start=1)
        )
        parts.append(translate("PresenterView", "Questions:") + "\n" + questions)
    if activity.materials:
        parts.append(translate("PresenterView", "Materials: %1").replace("%1", activity.materials))
    method = library.methods.get(activity.method_key) if library and activity.method_key else None
    if method is not None and method.description_in(lang):
        parts.append(
            translate("PresenterView", "Method (%1): %2")
            .replace("%1", method.title_in(lang))
            .replace("%2", method.description_in(lang))
        )
    if not parts:
        return translate("PresenterView", "No notes for this activity in the plan.")
    return "\n\n".join(parts)


def rounds_line(controller: RunController) -> str:
    run = controller.run
    rounds = run.rounds if run else None
    if rounds is None:
        return ""
    line = (
        translate("PresenterView", "Report-back: %1 (%2 of %3)")
        .replace("%1", rounds.current_group)
        .replace("%2", str(rounds.index + 1))
        .replace("%3", str(len(rounds.groups)))
    )
    if rounds.index + 1 < len(rounds.groups):
        line += translate("PresenterView", " · then %1").replace(
            "%1", rounds.groups[rounds.index + 1]
        )
    return line

"""What a capture panel offers to pick from: the agenda's activities, the roster's people and
groups, and the speakers, groups and tags already used in the session's notes."""

from __future__ import annotations

from facilitation.session import Session
from storage.notes import NoteRepository
from ui.capture.panel import CapturePanel
from ui.capture.roster_source import Roster, load_roster
from ui.common.context import AppContext


def activity_choices(session: Session) -> list[tuple[str, str]]:
    """(activity id, label) in agenda order; the day is named when there are several."""
    several = len(session.days) > 1
    return [
        (activity.id, f"{number}. {activity.title}" if several else activity.title)
        for number, day in enumerate(session.days, start=1)
        for activity in day.activities
    ]


def activity_title(session: Session, activity_id: str) -> str:
    """The activity's title as the agenda has it ("" when it left the agenda)."""
    for day in session.days:
        for activity in day.activities:
            if activity.id == activity_id:
                return activity.title
    return ""


def fill_capture_names(
    panel: CapturePanel,
    app: AppContext,
    notes: NoteRepository,
    session_id: str,
    used: tuple[list[str], list[str], list[str]] | None = None,
) -> Roster:
    """Completers of a capture panel: the roster and groups when available, plus the
    speakers, groups and tags already used in the session's notes (used, when just read)."""
    roster = load_roster(app, session_id)
    used_speakers, used_groups, used_tags = used or notes.names_used(session_id)
    speakers = list(roster.participants)
    known = {name.casefold() for name, _pid in speakers}
    speakers += [(name, None) for name in used_speakers if name.casefold() not in known]
    groups = [label for label, _members in roster.groups]
    groups += [g for g in used_groups if g not in groups]
    panel.set_names(speakers, groups, used_tags)
    return roster

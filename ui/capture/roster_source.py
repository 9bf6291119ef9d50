"""Who can speak and which groups exist, for the capture completers.

The roster (storage.participants) and the groups (storage.groups) are built in their own
modules; when they are not available (or hold nothing for this session) the names already
used in the session's notes serve instead, so the note-taker still gets completions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ui.common.context import AppContext

log = logging.getLogger(__name__)


@dataclass
class Roster:
    participants: list[tuple[str, str | None]] = field(default_factory=list)  # (name, id)
    groups: list[tuple[str, list[str]]] = field(default_factory=list)  # (label, member names)
    institutions: list[str] = field(default_factory=list)

    def participant_id(self, name: str) -> str | None:
        folded = name.strip().casefold()
        for known, participant_id in self.participants:
            if known.casefold() == folded:
                return participant_id
        return None


def load_roster(app: AppContext, session_id: str, activity_id: str | None = None) -> Roster:
    roster = Roster()
    try:
        seen: set[str] = set()
        for name, participant_id, institution in app.participants.names(session_id):
            roster.participants.append((name, participant_id))
            if institution and institution not in seen:
                seen.add(institution)
                roster.institutions.append(institution)
    except Exception:  # another area's store may be older or newer than this code
        log.warning("could not read the participant list", exc_info=True)
    try:
        from storage.groups import current_groups
    except ImportError:
        current_groups = None
    if current_groups is not None:
        try:
            roster.groups = [
                (str(label), [str(name) for name in members])
                for label, members in current_groups(app.db, session_id, activity_id)
            ]
        except Exception:
            log.warning("could not read the groups", exc_info=True)
    return roster

"""What the run console puts on the wall, and the colours each timer phase is shown in.

The run console builds a :class:`ProjectorView` from its run (ui/run/texts.py) at every tick;
the projector window (window.py) keeps it and paints it (painting.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitation.timer import Phase
from ui.common.theme.tokens import PROJECTOR

# Background, text of each timer phase on the wall: the projector's tokens
# (ui/common/theme/tokens.py), the same in the light and the dark theme.
PHASE_COLOURS: dict[Phase, tuple[str, str]] = PROJECTOR.phases


@dataclass
class ProjectorView:
    """What the run console wants on the wall; words are already translated."""

    title: str = ""
    reading: str = ""
    phase: Phase = Phase.NORMAL
    caption: str = ""  # e.g. "Paused", "Kelompok 2 of 5", "Overtime"
    instructions: str = ""
    questions: list[str] = field(default_factory=list)
    # What comes after (as the timers in big halls show it): its title and planned start.
    next_title: str = ""
    next_time: str = ""  # "HH:MM", "" when the plan has no time for it
    clock: str = ""  # the time of day, "HH:MM", from the run's clock

    def only_time_differs(self, other: ProjectorView) -> bool:
        """Whether other is this view a second later: only digits, caption or clock moved, so
        the rest of the wall need not be repainted."""
        return (
            self.title,
            self.phase,
            self.instructions,
            self.questions,
            self.next_title,
            self.next_time,
        ) == (
            other.title,
            other.phase,
            other.instructions,
            other.questions,
            other.next_title,
            other.next_time,
        )

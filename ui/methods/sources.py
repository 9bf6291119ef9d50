"""Where the methods page gets its lists: the session's activities, its participants and the
groups in use, and the merged (built-in + own) libraries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from facilitation.activity import Activity, ActivityKind
from facilitation.cases import Case, load_cases
from facilitation.games import Game, load_games
from facilitation.roleplay import Scenario, load_scenarios
from storage.groups import current_groups
from ui.common.context import AppContext
from ui.common.formatting import clock_time

translate = QCoreApplication.translate

GROUP_PREFIX = "group:"


class MethodLibraries:
    """Built-ins are read once; the user's own items are read from the store on refresh."""

    def __init__(self, context: AppContext) -> None:
        self.items = context.library_items
        self.builtin_scenarios = load_scenarios()
        self.builtin_cases = load_cases()
        self.games: list[Game] = load_games()

    def scenarios(self, with_trashed: bool = False) -> list[Scenario]:
        return self.items.scenarios(self.builtin_scenarios, with_trashed)

    def cases(self, with_trashed: bool = False) -> list[Case]:
        return self.items.cases(self.builtin_cases, with_trashed)

    def scenario(self, key: str) -> Scenario | None:
        return next((s for s in self.scenarios(with_trashed=True) if s.key == key), None)

    def case(self, key: str) -> Case | None:
        return next((c for c in self.cases(with_trashed=True) if c.key == key), None)

    def game(self, key: str) -> Game | None:
        return next((g for g in self.games if g.key == key), None)


def session_activities(
    context: AppContext, session_id: str, kinds: tuple[ActivityKind, ...]
) -> list[tuple[Activity, str]]:
    """(activity, label) for the activities of the given kinds; every activity when there is
    none of those kinds yet (a facilitator may run a game in a 'discussion' slot)."""
    from facilitation.agenda import plan_day

    session = context.sessions.get(session_id)
    found: list[tuple[Activity, str]] = []
    everything: list[tuple[Activity, str]] = []
    for number, day in enumerate(session.days, start=1):
        for item in plan_day(day).items:
            label = (
                translate("MethodsPage", "Day %1 · %2 · %3")
                .replace("%1", str(number))
                .replace("%2", clock_time(item.start))
                .replace("%3", item.activity.title)
            )
            everything.append((item.activity, label))
            if item.activity.kind in kinds:
                found.append((item.activity, label))
    return found or everything


def participants_of(context: AppContext, session_id: str) -> list[tuple[str, str]]:
    return [(p.id, p.name) for p in context.participants.list(session_id)]


def groups_of(context: AppContext, session_id: str, activity_id: str | None) -> list[str]:
    return [name for name, _members in current_groups(context.db, session_id, activity_id)]


def fill_activity_choice(
    combo: QComboBox, context: AppContext, session_id: str | None, kind: ActivityKind
) -> None:
    """Offer the session's activities of one kind (labels from session_activities), quietly."""
    combo.blockSignals(True)
    combo.clear()
    if session_id:
        for activity, label in session_activities(context, session_id, (kind,)):
            combo.addItem(label, activity.id)
    combo.blockSignals(False)

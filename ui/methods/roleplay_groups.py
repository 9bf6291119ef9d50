"""Who a role play is cast from, and how a cast played in groups at once reads.

Auto-cast and rotation draw from the people checked in on the day of the role play's activity
(everyone registered when nobody is checked in yet, and the tab says so); casting by hand may
still pick anyone. With "Play in groups at once" every group of the session's (or the
activity's) formation plays the same roles, its other members observing within the group:
the by-role view, the projector and the role cards then show one section per group.
Texts keep the RolePlayTab translation context.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from facilitation.casting import cast_by_role, groups_in_the_room, present_people
from facilitation.method_runs import CastFrom
from facilitation.roleplay import Scenario
from storage.groups import current_group_members
from ui.common.context import AppContext
from ui.methods.roleplay_labels import role_labels
from ui.methods.sources import GROUP_PREFIX, groups_of, participants_of

translate = QCoreApplication.translate

ByRole = dict[str, list[str]]  # role key -> names of who plays it
GroupedByRole = list[tuple[str, ByRole]]  # (group name, its cast by role), in group order
Rows = list[tuple[str, str, list[str] | None]]  # by-role table rows; names None = a heading


@dataclass
class CastPool:
    """The people a role play can be cast from, as the tab needs them."""

    people: list[tuple[str, str]] = field(default_factory=list)  # (key, name): the table rows
    draw: list[str] = field(default_factory=list)  # keys auto-cast and rotation draw from
    groups: list[tuple[str, list[str]]] = field(default_factory=list)  # in groups: keys
    message: str = ""
    nobody: str = ""  # what to say when there is nobody to cast


def activity_day(context: AppContext, session_id: str, activity_id: str | None) -> tuple[int, str]:
    """(day number from 1, day id) of the activity; (0, "") when it is not in the session."""
    for number, day in enumerate(context.sessions.get(session_id).days, start=1):
        if any(activity.id == activity_id for activity in day.activities):
            return number, day.id
    return 0, ""


def cast_pool(
    context: AppContext,
    session_id: str | None,
    activity_id: str | None,
    cast_from: CastFrom,
    in_groups: bool,
) -> CastPool:
    if not session_id:
        return CastPool()
    if cast_from == CastFrom.GROUPS:
        names = groups_of(context, session_id, activity_id)
        people = [(GROUP_PREFIX + name, name) for name in names]
        message = translate("RolePlayTab", "Groups play the roles: cast from the %1 groups.")
        nobody = translate("RolePlayTab", "No groups yet: form groups on the People page first.")
        keys = [key for key, _name in people]
        return CastPool(people, keys, [], message.replace("%1", str(len(names))), nobody)
    people = participants_of(context, session_id)
    number, day_id = activity_day(context, session_id, activity_id)
    present = context.attendance.present_ids(day_id) if day_id else set()
    draw, everyone = present_people([key for key, _name in people], present)
    if everyone:
        message = (
            translate(
                "RolePlayTab",
                "Nobody is checked in on Day %1 yet: casting from all %2 people registered.",
            )
            .replace("%1", str(number))
            .replace("%2", str(len(draw)))
        )
    else:
        message = (
            translate("RolePlayTab", "Cast from the %1 people checked in on Day %2.")
            .replace("%1", str(len(draw)))
            .replace("%2", str(number))
        )
    groups: list[tuple[str, list[str]]] = []
    if in_groups:
        formation = current_group_members(context.db, session_id, activity_id)
        groups = groups_in_the_room(formation, draw)
        if formation:
            text = translate("RolePlayTab", "%1 groups play at once.")
            message += " " + text.replace("%1", str(len(groups)))
        else:
            message += " " + translate(
                "RolePlayTab", "No groups formed yet: the room plays as one group."
            )
    # Present people first, so the table opens on who is in the room.
    drawn = set(draw)
    people.sort(key=lambda person: person[0] not in drawn)
    nobody = translate("RolePlayTab", "No participants yet: add them on the People page first.")
    return CastPool(people, draw, groups, message, nobody)


def group_order(casting: Mapping[str, str], group_of: Mapping[str, str]) -> list[str]:
    """The groups of a round's cast, in the order they were cast. Anyone cast by hand outside
    the groups is in group "" (shown as "Not in a group"), never dropped."""
    return list(dict.fromkeys(group_of.get(person, "") for person in casting))


def grouped_by_role(
    scenario: Scenario,
    casting: Mapping[str, str],
    group_of: Mapping[str, str],
    names: Mapping[str, str],
    in_groups: bool,
) -> GroupedByRole:
    """A round's cast by role: one section per group in groups, else one section ("")."""
    groups = group_order(casting, group_of) if in_groups else []
    sections = groups or [""]
    found: GroupedByRole = []
    for group in sections:
        mine = {p: r for p, r in casting.items() if not groups or group_of.get(p, "") == group}
        by_key = cast_by_role(mine, scenario.role_keys, scenario.observer_keys)
        found.append((group, {role: [names.get(k, k) for k in ks] for role, ks in by_key.items()}))
    return found


def group_heading(group: str) -> str:
    return group or translate("RolePlayTab", "Not in a group")


def by_role_rows(scenario: Scenario, lang: str, grouped: GroupedByRole, in_groups: bool) -> Rows:
    labels = role_labels(scenario, lang)
    rows: Rows = []
    for group, by_role in grouped:
        if in_groups:
            rows.append((group_heading(group), "", None))
        rows += [(role.name_in(lang), "", by_role.get(role.key, [])) for role in scenario.roles]
        rows += [(labels[o.key], "", by_role.get(o.key, [])) for o in scenario.observer_roles]
    return rows


def projector_sections(
    scenario: Scenario, lang: str, grouped: GroupedByRole, in_groups: bool
) -> list[tuple[str, list[str]]]:
    """In groups: a section per group, a line per role ("Pemohon: Ani"), observers on one
    line; else a section per role with a line per person."""
    if not in_groups:
        by_role = grouped[0][1] if grouped else {}
        return [
            (role.name_in(lang), by_role.get(role.key) or ["—"])
            for role in [*scenario.roles, *scenario.observer_roles]
        ]
    sections = []
    for group, by_role in grouped:
        lines = [
            f"{role.name_in(lang)}: {', '.join(by_role.get(role.key) or ['—'])}"
            for role in [*scenario.roles, *scenario.observer_roles]
            if role.key in scenario.role_keys or by_role.get(role.key)
        ]
        sections.append((group_heading(group), lines))
    return sections

"""What the group repository keeps between reads: the earlier groupings of a session (read
once for formation after formation) and copies of the formation it just saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from facilitation.group_formation import Group, GroupFormation


def copied(formation: GroupFormation) -> GroupFormation:
    """A copy whose groups and member lists the caller may change."""
    groups = [
        Group(group.name, list(group.member_ids), group.id, group.position)
        for group in formation.groups
    ]
    return replace(formation, groups=groups)


class EarlierGroups:
    """The earlier groupings of one session as last read, with the store's change stamp then.

    Any change to the store other than a formation saved by the same repository (a move, an
    undo, a merge from another laptop, a write from another connection) moves the stamp on, so
    the next read goes to the store again; a saved formation is added here instead."""

    def __init__(
        self, session_id: str, stamp: tuple[int, int], formations: dict[str, list[tuple[str, ...]]]
    ) -> None:
        self.session_id, self.stamp, self.formations = session_id, stamp, formations

    def holds(self, session_id: str, stamp: tuple[int, int]) -> bool:
        return self.session_id == session_id and self.stamp == stamp

    def add(
        self, formation_id: str, groups: Sequence[Sequence[str]], stamp: tuple[int, int]
    ) -> None:
        seated = [tuple(group) for group in groups if group]
        if seated:  # as read from the store: a formation is its members' rows
            self.formations[formation_id] = seated
        self.stamp = stamp

    def groupings(self) -> list[list[list[str]]]:
        return [[list(group) for group in groups] for groups in self.formations.values()]

"""What the group repository keeps between reads: the earlier groupings of a session (read
once for formation after formation), the order of its participant list (a formation just
saved is listed in it without a read back) and copies of the formation it just saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter
from typing import Self

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

    Any change to the store other than a formation saved or trashed by the same repository (a
    move, a redo, a merge from another laptop, a write from another connection) moves the
    stamp on, so the next read goes to the store again; a saved formation is added here
    instead, a trashed one (Ctrl+Z of forming) taken out."""

    def __init__(
        self, session_id: str, stamp: tuple[int, int], formations: dict[str, list[tuple[str, ...]]]
    ) -> None:
        self.session_id, self.stamp, self.formations = session_id, stamp, formations

    def holds(self, session_id: str, stamp: tuple[int, int]) -> bool:
        return self.session_id == session_id and self.stamp == stamp

    def add(
        self, formation_id: str, groups: Sequence[Sequence[str]], stamp: tuple[int, int]
    ) -> None:
        # In the order a read gives (the formation's index: by participant id), so a read
        # after any other change finds the same lists and the pairs they count are reused.
        seated = sorted((tuple(sorted(group)) for group in groups if group), key=itemgetter(0))
        if seated:  # as read from the store: a formation is its members' rows
            self.formations[formation_id] = seated
        self.stamp = stamp

    def drop(self, formation_id: str, stamp: tuple[int, int]) -> None:
        """formation_id went to the trash (an undone formation), and nothing else changed."""
        self.formations.pop(formation_id, None)
        self.stamp = stamp

    def groupings(self) -> list[list[list[str]]]:
        return [[list(group) for group in groups] for groups in self.formations.values()]


class ParticipantOrder:
    """Where each live participant of a session stands in the participant list (by number,
    then name, then id: as a formation's members are read back), with the store's change
    stamp then. A formation just saved puts its members in this order instead of reading
    them back; any other change to the store reads the list again."""

    def __init__(self, session_id: str, stamp: tuple[int, int], ids: Sequence[str]) -> None:
        self.session_id, self.stamp = session_id, stamp
        self.rank = {participant_id: place for place, participant_id in enumerate(ids)}

    @classmethod
    def read(cls, conn: sqlite3.Connection, session_id: str, stamp: tuple[int, int]) -> Self:
        rows = conn.execute(
            "SELECT id FROM participants WHERE session_id=? AND deleted_at IS NULL"
            " ORDER BY number, name, id",
            [session_id],
        )
        return cls(session_id, stamp, [row[0] for row in rows])

    def holds(self, session_id: str, stamp: tuple[int, int]) -> bool:
        return self.session_id == session_id and self.stamp == stamp

    def in_order(self, members: Sequence[str]) -> list[str] | None:
        """The members in list order; None when one is not a live participant here."""
        try:
            return sorted(members, key=self.rank.__getitem__)
        except KeyError:
            return None

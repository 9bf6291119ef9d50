"""Group formations: save a formation, move people between groups, rename groups, and keep
every earlier formation as history. One user action, one transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.group_formation import (
    Group,
    GroupFormation,
    group_name_problem,
    plan_from_json,
    plan_to_json,
)
from facilitation.groups import GroupPlan
from facilitation.validation import RowCheck, check_row
from storage.group_history import EarlierGroups, ParticipantOrder, copied
from storage.group_ids import membership_id, membership_ids, random_ids
from storage.sessions import NotFoundError
from storage.transactions import change_stamp


class GroupNameError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


_INSERT_GROUP = (
    "INSERT INTO participant_groups (id, session_id, formation_id, name, position, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_GROUP_COLUMNS = _INSERT_GROUP.split("(")[1].split(")")[0].split(", ")


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, object]]) -> None:
    """Rows of the same columns, in one statement: not sqlite-utils' insert, which reads the
    schema (three queries) and opens a savepoint at every call."""
    columns = ", ".join(rows[0])
    values = ", ".join(f":{column}" for column in rows[0])
    db.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({values})", rows)


def _current_formation_id(
    db: sqlite_utils.Database, session_id: str, activity_id: str | None
) -> str | None:
    """The newest live formation for the activity, else the session's own groups."""
    targets = [activity_id, None] if activity_id else [None]
    for target in targets:
        row = db.execute(
            "SELECT id FROM group_formations WHERE session_id=? AND deleted_at IS NULL"
            " AND activity_id IS ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
            [session_id, target],
        ).fetchone()
        if row:
            return row[0]
    return None


def current_groups(
    db: sqlite_utils.Database, session_id: str, activity_id: str | None = None
) -> list[tuple[str, list[str]]]:
    """(group name, member names) of the groups in use — for the run console and projector.

    With an activity: its own newest formation, or the session's groups when it has none.
    Empty when no groups were formed yet.
    """
    return _groups_in_use(db, session_id, activity_id, ids=False)


def current_group_members(
    db: sqlite_utils.Database, session_id: str, activity_id: str | None = None
) -> list[tuple[str, list[str]]]:
    """(group name, member participant ids) of the same groups: for casting per group."""
    return _groups_in_use(db, session_id, activity_id, ids=True)


def _groups_in_use(
    db: sqlite_utils.Database, session_id: str, activity_id: str | None, ids: bool
) -> list[tuple[str, list[str]]]:
    formation_id = _current_formation_id(db, session_id, activity_id)
    if formation_id is None:
        return []
    groups: list[tuple[str, list[str]]] = []
    by_id: dict[str, list[str]] = {}
    for group_id, name in db.execute(
        "SELECT id, name FROM participant_groups WHERE formation_id=? AND deleted_at IS NULL"
        " ORDER BY position",
        [formation_id],
    ):
        by_id[group_id] = []
        groups.append((name, by_id[group_id]))
    column = "p.id" if ids else "p.name"
    for group_id, member_value in db.execute(
        f"SELECT m.group_id, {column} FROM group_members m JOIN participants p"
        " ON p.id = m.participant_id WHERE m.formation_id=? AND m.deleted_at IS NULL"
        " AND p.deleted_at IS NULL ORDER BY p.number, p.name",
        [formation_id],
    ):
        if group_id in by_id:
            by_id[group_id].append(member_value)
    return groups


class GroupRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self._earlier: EarlierGroups | None = None
        self._order: ParticipantOrder | None = None
        # The formation just saved, as read back, with the store's stamp then: shown next.
        self._saved: tuple[tuple[int, int], GroupFormation] | None = None

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- reading -------------------------------------------------------------------------------

    def current(self, session_id: str, activity_id: str | None = None) -> GroupFormation | None:
        """The formation in use for the activity (exactly; no fallback to the session's)."""
        row = self.db.execute(
            "SELECT id FROM group_formations WHERE session_id=? AND deleted_at IS NULL"
            " AND activity_id IS ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
            [session_id, activity_id],
        ).fetchone()
        if not row:
            return None
        saved = self._saved
        if saved is not None and saved[1].id == row[0] and saved[0] == self._stamp():
            return copied(saved[1])  # nothing changed since it was saved and read back
        return self.get(row[0])

    def get(self, formation_id: str) -> GroupFormation:
        rows = list(self.db.query("SELECT * FROM group_formations WHERE id=?", [formation_id]))
        if not rows:
            raise NotFoundError(formation_id)
        row = rows[0]
        groups = [
            Group(name=g["name"], id=g["id"], position=g["position"])
            for g in self.db.query(
                "SELECT * FROM participant_groups WHERE formation_id=? AND deleted_at IS NULL"
                " ORDER BY position",
                [formation_id],
            )
        ]
        formation = GroupFormation(
            session_id=row["session_id"],
            groups=groups,
            plan=plan_from_json(row["plan"], row["seed"]),
            activity_id=row["activity_id"],
            id=row["id"],
            created_at=row["created_at"],
        )
        self._add_members(formation)
        return formation

    def _add_members(self, formation: GroupFormation) -> None:
        """Fill the groups' member lists from the store, in the order of the participant list."""
        by_id = {group.id: group for group in formation.groups}
        for group_id, participant_id in self.db.execute(
            "SELECT m.group_id, m.participant_id FROM group_members m JOIN participants p"
            " ON p.id = m.participant_id WHERE m.formation_id=? AND m.deleted_at IS NULL"
            " AND p.deleted_at IS NULL ORDER BY p.number, p.name, p.id",
            [formation.id],
        ):
            if group_id in by_id:
                by_id[group_id].member_ids.append(participant_id)

    def history(self, session_id: str) -> list[GroupFormation]:
        """Every live formation of the session, oldest first."""
        return [
            self.get(row[0])
            for row in self.db.execute(
                "SELECT id FROM group_formations WHERE session_id=? AND deleted_at IS NULL"
                " ORDER BY created_at, rowid",
                [session_id],
            )
        ]

    def formation_count(self, session_id: str) -> int:
        """How many live formations the session has (what history() would list)."""
        return self.db.execute(
            "SELECT count(*) FROM group_formations WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()[0]

    def earlier_groupings(self, session_id: str) -> list[list[list[str]]]:
        """Who sat together in each earlier formation, for avoiding repeated pairs: read once
        and kept until the store changes other than by a formation saved here (EarlierGroups)."""
        kept, stamp = self._earlier, self._stamp()  # taken before reading: a later change shows
        if kept is not None and kept.holds(session_id, stamp):
            return kept.groupings()
        formations: dict[str, dict[str, list[str]]] = {}
        # Each live formation, oldest first: its members' groups and ids as two JSON arrays from
        # its index alone (schema 18), ~5x less work than a Python row per membership.
        for (formation_id,) in self.db.execute(
            "SELECT id AS earlier FROM group_formations WHERE session_id=? AND deleted_at IS NULL"
            " ORDER BY created_at, rowid",
            [session_id],
        ).fetchall():
            group_ids, participant_ids = self.db.execute(
                "SELECT json_group_array(group_id), json_group_array(participant_id)"
                " FROM group_members WHERE formation_id=? AND deleted_at IS NULL",
                [formation_id],
            ).fetchone()
            groups: dict[str, list[str]] = {}
            for group_id, participant_id in zip(
                json.loads(group_ids), json.loads(participant_ids), strict=True
            ):
                groups.setdefault(group_id, []).append(participant_id)
            if groups:  # a formation is its members' rows
                formations[formation_id] = groups
        self._earlier = None
        if not self.db.conn.in_transaction:  # what an open transaction reads may be undone
            self._earlier = EarlierGroups(
                session_id,
                stamp,
                {fid: [tuple(g) for g in groups.values()] for fid, groups in formations.items()},
            )
        return [list(groups.values()) for groups in formations.values()]

    def _stamp(self) -> tuple[int, int]:
        """Changes the store saw: other connections' commits, this connection's writes."""
        return change_stamp(self.db.conn)

    # -- writing -------------------------------------------------------------------------------

    def save_formation(
        self,
        session_id: str,
        plan: GroupPlan,
        groups: Sequence[Sequence[str]],
        names: Sequence[str],
        activity_id: str | None = None,
    ) -> GroupFormation:
        """Store newly formed groups; the formation before it stays, as history."""
        for name in names:
            problem = group_name_problem(name)
            if problem:
                raise GroupNameError(problem)
        now = self._now()
        formation_id = str(uuid.uuid4())
        kept, alone = self._earlier, not self.db.conn.in_transaction
        with self.db.atomic():
            if not self.db.execute("SELECT 1 FROM sessions WHERE id=?", [session_id]).fetchone():
                raise NotFoundError(session_id)
            stamp = self._stamp()
            order = self._order
            if order is None or not order.holds(session_id, stamp):
                order = ParticipantOrder.read(self.db.conn, session_id, stamp)
            formation = {
                "id": formation_id,
                "session_id": session_id,
                "activity_id": activity_id,
                "day_id": None,
                "seed": plan.seed,
                "plan": plan_to_json(plan),
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
            check_row("group_formations", formation)
            _insert(self.db, "group_formations", [formation])
            group_ids = random_ids(len(groups))  # one read of the random source, not 50
            group_rows = [
                (group_id, session_id, formation_id, name, position, now, now)
                for position, (group_id, name) in enumerate(zip(group_ids, names, strict=True))
            ]
            # Everyone's row in one pass: their group's id beside each, the ids in one call.
            seated_ids = [pid for members in groups for pid in members]
            seated_groups = [
                gid for gid, members in zip(group_ids, groups, strict=True) for _ in members
            ]
            member_rows = [
                (record_id, session_id, formation_id, group_id, pid, now, now)
                for record_id, group_id, pid in zip(
                    membership_ids(formation_id, seated_ids), seated_groups, seated_ids, strict=True
                )
            ]
            check_group = RowCheck("participant_groups", _GROUP_COLUMNS)
            for row in group_rows:  # the same rules as check_row, the repeated values once
                check_group(row)
            self.db.conn.executemany(_INSERT_GROUP, group_rows)
            # 500 people: one prepared statement, not a dict per row.
            self.db.conn.executemany(
                "INSERT INTO group_members (id, session_id, formation_id, group_id,"
                " participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                member_rows,
            )
            self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])
        # As get() would read it back: the groups as written, their members in the order of
        # the participant list (read back only when someone is not a live participant here).
        seated = [order.in_order(members) for members in groups]
        formation = GroupFormation(
            session_id=session_id,
            groups=[
                Group(name=row[3], id=row[0], position=row[4], member_ids=members or [])
                for row, members in zip(group_rows, seated, strict=True)
            ],
            plan=plan_from_json(formation["plan"], plan.seed),
            activity_id=activity_id,
            id=formation_id,
            created_at=now,
        )
        if None in seated:  # someone is not a live participant here: as get() reads them
            formation = self.get(formation_id)
        if alone:  # committed: what an outer transaction writes may still be undone
            after = self._stamp()
            self._saved = (after, formation)
            order.stamp, self._order = after, order  # a formation changes no participant
            if kept is not None and kept.holds(session_id, stamp):
                # Nothing else changed since the earlier groups were read.
                kept.add(formation_id, groups, after)
        return copied(formation)

    def move_member(self, formation_id: str, participant_id: str, group_id: str) -> str | None:
        """Put a person into another group of the formation; returns the group they left
        (None when they were in no group, e.g. checked in after the groups were formed)."""
        now = self._now()
        record_id = membership_id(formation_id, participant_id)
        with self.db.atomic():
            group = self.db.execute(
                "SELECT session_id FROM participant_groups WHERE id=? AND formation_id=?"
                " AND deleted_at IS NULL",
                [group_id, formation_id],
            ).fetchone()
            if group is None:
                raise NotFoundError(group_id)
            before = self.db.execute(
                "SELECT group_id, deleted_at FROM group_members WHERE id=?", [record_id]
            ).fetchone()
            if before is None:
                row = {"id": record_id, "session_id": group[0], "formation_id": formation_id}
                row |= {"group_id": group_id, "participant_id": participant_id}
                _insert(self.db, "group_members", [row | {"created_at": now, "updated_at": now}])
            else:
                self.db.execute(
                    "UPDATE group_members SET group_id=?, deleted_at=NULL, updated_at=? WHERE id=?",
                    [group_id, now, record_id],
                )
            self._touch(formation_id, group[0], now)
        if before is None or before[1] is not None:
            return None
        return before[0]

    def remove_member(self, formation_id: str, participant_id: str) -> None:
        """Take a person out of every group of the formation (undo of a first placement)."""
        now = self._now()
        with self.db.atomic():
            self.db.execute(
                "UPDATE group_members SET deleted_at=?, updated_at=? WHERE id=?",
                [now, now, membership_id(formation_id, participant_id)],
            )

    def rename_group(self, group_id: str, name: str) -> str:
        """Returns the old name, for undo."""
        problem = group_name_problem(name)
        if problem:
            raise GroupNameError(problem)
        now = self._now()
        with self.db.atomic():
            row = self.db.execute(
                "SELECT name, formation_id, session_id FROM participant_groups"
                " WHERE id=? AND deleted_at IS NULL",
                [group_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(group_id)
            self.db.execute(
                "UPDATE participant_groups SET name=?, updated_at=? WHERE id=?",
                [name, now, group_id],
            )
            self._touch(row[1], row[2], now)
        return row[0]

    def move_to_trash(self, formation_id: str) -> None:
        kept, stamp = self._earlier, self._stamp()
        self._set_deleted(formation_id, self._now())
        if kept is not None and kept.stamp == stamp and not self.db.conn.in_transaction:
            kept.drop(formation_id, self._stamp())  # undone: the others need no new read

    def restore(self, formation_id: str) -> None:
        self._set_deleted(formation_id, None)

    def _set_deleted(self, formation_id: str, deleted_at: str | None) -> None:
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE group_formations SET deleted_at=?, updated_at=? WHERE id=?",
                [deleted_at, self._now(), formation_id],
            ).rowcount:
                raise NotFoundError(formation_id)

    def _touch(self, formation_id: str, session_id: str, now: str) -> None:
        self.db.execute("UPDATE group_formations SET updated_at=? WHERE id=?", [now, formation_id])
        self.db.execute("UPDATE sessions SET updated_at=? WHERE id=?", [now, session_id])

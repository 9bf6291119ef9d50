"""Work plan rows and commitments of a session; each change is one transaction."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.validation import check_row
from facilitation.workplans import (
    Commitment,
    WorkPlanItem,
    validate_commitment,
    validate_work_plan_item,
)
from storage.rows import changed_values
from storage.sessions import NotFoundError

_ITEM_FIELDS = (
    "action",
    "output",
    "outcome_indicator",
    "target",
    "pic",
    "deadline",
    "institution",
    "group_label",
    "group_id",
    "status",
)
_COMMITMENT_FIELDS = ("owner_kind", "owner_label", "owner_id", "text")


def _item_row(item: WorkPlanItem) -> dict:
    row = asdict(item)
    row["deadline"] = item.deadline.isoformat() if item.deadline else None
    row["status"] = str(item.status)
    return row


def _item_from_row(row: dict) -> WorkPlanItem:
    row = dict(row)
    row["deadline"] = date.fromisoformat(row["deadline"]) if row["deadline"] else None
    return WorkPlanItem(**row)


class _Rows:
    """Shared moves of a session's ordered, trashable rows."""

    table = ""

    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    def _next_position(self, session_id: str) -> int:
        row = self.db.execute(
            f"SELECT max(position) FROM {self.table} WHERE session_id=?", [session_id]
        ).fetchone()
        return 0 if row[0] is None else row[0] + 1

    def _insert_or_revive(self, row: dict) -> None:
        """Insert a new row; the same id again (redo after undo) brings the row back."""
        check_row(self.table, row)
        exists = self.db.execute(f"SELECT 1 FROM {self.table} WHERE id=?", [row["id"]]).fetchone()
        if exists:
            names = [name for name in row if name not in ("id", "created_at")]
            self.db.execute(
                f"UPDATE {self.table} SET " + ", ".join(f"{n}=?" for n in names) + " WHERE id=?",
                [*(row[n] for n in names), row["id"]],
            )
        else:
            self.db.execute(
                f"INSERT INTO {self.table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )

    def _update(self, row_id: str, values: dict) -> str:
        check_row(self.table, values)
        now = self._now()
        with self.db.atomic():
            changed = self.db.execute(
                f"UPDATE {self.table} SET "
                + "".join(f"{name}=?, " for name in values)
                + "updated_at=? WHERE id=? AND deleted_at IS NULL",
                [*values.values(), now, row_id],
            ).rowcount
            if not changed:
                raise NotFoundError(row_id)
        return now

    def move_to_trash(self, row_id: str) -> None:
        now = self._now()
        with self.db.atomic():
            if not self.db.execute(
                f"UPDATE {self.table} SET deleted_at=?, updated_at=? WHERE id=?",
                [now, now, row_id],
            ).rowcount:
                raise NotFoundError(row_id)

    def restore(self, row_id: str) -> None:
        with self.db.atomic():
            if not self.db.execute(
                f"UPDATE {self.table} SET deleted_at=NULL, updated_at=? WHERE id=?",
                [self._now(), row_id],
            ).rowcount:
                raise NotFoundError(row_id)

    def _live(self, session_id: str) -> list[dict]:
        return list(
            self.db.query(
                f"SELECT * FROM {self.table} WHERE session_id=? AND deleted_at IS NULL"
                " ORDER BY position, created_at",
                [session_id],
            )
        )


class WorkPlanRepository(_Rows):
    table = "work_plan_items"

    def items(self, session_id: str) -> list[WorkPlanItem]:
        return [_item_from_row(row) for row in self._live(session_id)]

    def add(self, item: WorkPlanItem) -> WorkPlanItem:
        validate_work_plan_item(item)
        now = self._now()
        with self.db.atomic():
            if not item.created_at:
                item.created_at = now
                item.position = self._next_position(item.session_id)
            item.updated_at = now
            item.deleted_at = None
            self._insert_or_revive(_item_row(item))
        return item

    def update(self, item: WorkPlanItem, before: WorkPlanItem | None = None) -> WorkPlanItem:
        """Save an edit; with before (the row as the UI read it) only the changed fields."""
        validate_work_plan_item(item)
        row = _item_row(item)
        values = changed_values(
            {name: row[name] for name in _ITEM_FIELDS}, _item_row(before) if before else None
        )
        item.updated_at = self._update(item.id, values)
        return item


class CommitmentRepository(_Rows):
    table = "commitments"

    def commitments(self, session_id: str) -> list[Commitment]:
        return [Commitment(**row) for row in self._live(session_id)]

    def add(self, commitment: Commitment) -> Commitment:
        validate_commitment(commitment)
        now = self._now()
        with self.db.atomic():
            if not commitment.created_at:
                commitment.created_at = now
                commitment.position = self._next_position(commitment.session_id)
            commitment.updated_at = now
            commitment.deleted_at = None
            row = asdict(commitment)
            row["owner_kind"] = str(commitment.owner_kind)
            self._insert_or_revive(row)
        return commitment

    def update(self, commitment: Commitment, before: Commitment | None = None) -> Commitment:
        """Save an edit; with before (the row as the UI read it) only the changed fields."""
        validate_commitment(commitment)
        row = _commitment_row(commitment)
        values = changed_values(
            {name: row[name] for name in _COMMITMENT_FIELDS},
            _commitment_row(before) if before else None,
        )
        commitment.updated_at = self._update(commitment.id, values)
        return commitment


def _commitment_row(commitment: Commitment) -> dict:
    row = asdict(commitment)
    row["owner_kind"] = str(commitment.owner_kind)
    return row

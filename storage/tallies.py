"""Votes and their options with the counts entered from paper."""

from __future__ import annotations

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.tallies import Vote, VoteOption, validate_count, validate_vote
from facilitation.validation import check_row
from storage.sessions import NotFoundError


class TallyRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    def votes(self, session_id: str) -> list[Vote]:
        votes = [
            Vote(
                id=row["id"],
                session_id=row["session_id"],
                question=row["question"],
                method=row["method"],
                activity_id=row["activity_id"],
                created_at=row["created_at"],
                updated_at=row["updated_at"],
            )
            for row in self.db.query(
                "SELECT * FROM votes WHERE session_id=? AND deleted_at IS NULL ORDER BY created_at",
                [session_id],
            )
        ]
        by_id = {vote.id: vote for vote in votes}
        for row in self.db.query(
            "SELECT * FROM vote_options WHERE session_id=? AND deleted_at IS NULL"
            " ORDER BY position",
            [session_id],
        ):
            if row["vote_id"] in by_id:
                by_id[row["vote_id"]].options.append(
                    VoteOption(row["label"], row["count"], row["position"], row["id"])
                )
        return votes

    def add(self, vote: Vote) -> Vote:
        """A new vote with its options; adding it again (redo) brings it back from the trash."""
        validate_vote(vote)
        check_row(
            "votes",
            {"id": vote.id, "session_id": vote.session_id, "activity_id": vote.activity_id}
            | {"question": vote.question, "method": str(vote.method)},
        )
        for option in vote.options:
            check_row("vote_options", {"id": option.id, "label": option.label})
            check_row("vote_options", {"count": option.count})
        now = self._now()
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM votes WHERE id=?", [vote.id]).fetchone():
                self.db.execute(
                    "UPDATE votes SET deleted_at=NULL, updated_at=? WHERE id=?", [now, vote.id]
                )
                return vote
            vote.created_at = vote.updated_at = now
            self.db.execute(
                "INSERT INTO votes (id, session_id, activity_id, question, method, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [vote.id, vote.session_id, vote.activity_id, vote.question, str(vote.method)]
                + [now, now],
            )
            for position, option in enumerate(vote.options):
                option.position = position
                self.db.execute(
                    "INSERT INTO vote_options (id, session_id, vote_id, position, label, count,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [option.id, vote.session_id, vote.id, position, option.label, option.count]
                    + [now, now],
                )
        return vote

    def set_count(self, option_id: str, count: int) -> None:
        validate_count(count)
        now = self._now()
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE vote_options SET count=?, updated_at=? WHERE id=? AND deleted_at IS NULL",
                [count, now, option_id],
            ).rowcount
            if not changed:
                raise NotFoundError(option_id)
            self.db.execute(
                "UPDATE votes SET updated_at=? WHERE id=(SELECT vote_id FROM vote_options"
                " WHERE id=?)",
                [now, option_id],
            )

    def move_to_trash(self, vote_id: str) -> None:
        self._set_deleted(vote_id, self._now())

    def restore(self, vote_id: str) -> None:
        self._set_deleted(vote_id, None)

    def _set_deleted(self, vote_id: str, deleted_at: str | None) -> None:
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE votes SET deleted_at=?, updated_at=? WHERE id=?",
                [deleted_at, self._now(), vote_id],
            ).rowcount:
                raise NotFoundError(vote_id)

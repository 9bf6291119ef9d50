"""Reaction questionnaire tallies and pre/post test scores of a session."""

from __future__ import annotations

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.evaluation import (
    ReactionTally,
    TestScore,
    validate_tally,
    validate_test_score,
)
from facilitation.validation import check_row
from storage.rows import changed_values
from storage.sessions import NotFoundError

_COUNTS = ("count_1", "count_2", "count_3", "count_4", "count_5")


def _tally_from_row(row: dict) -> ReactionTally:
    return ReactionTally(
        id=row["id"],
        session_id=row["session_id"],
        target_kind=row["target_kind"],
        target_key=row["target_key"],
        target_label=row["target_label"],
        counts=[row[name] for name in _COUNTS],
        source=row.get("source") or "",
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _score_from_row(row: dict) -> TestScore:
    return TestScore(
        id=row["id"],
        session_id=row["session_id"],
        participant_name=row["participant_name"],
        participant_id=row["participant_id"],
        pre=row["pre_score"],
        post=row["post_score"],
        max_score=row["max_score"],
        position=row["position"],
        source=row.get("source") or "",
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class EvaluationRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- reaction questionnaire ----------------------------------------------------------------

    def tallies(self, session_id: str) -> list[ReactionTally]:
        return [
            _tally_from_row(row)
            for row in self.db.query(
                "SELECT * FROM reaction_tallies WHERE session_id=? AND deleted_at IS NULL"
                " ORDER BY created_at",
                [session_id],
            )
        ]

    def save_tally(
        self, tally: ReactionTally, before: ReactionTally | None = None
    ) -> ReactionTally:
        """Store the counts of one activity or facilitator (the row is made on first entry).
        before: the counts as the UI read them; then only the counts that differ are written,
        so a count someone else entered meanwhile stays."""
        validate_tally(tally)
        counts = dict(zip(_COUNTS, tally.counts, strict=True))
        check_row(
            "reaction_tallies",
            {"id": tally.id, "session_id": tally.session_id, "target_kind": str(tally.target_kind)}
            | {"target_key": tally.target_key, "target_label": tally.target_label, **counts},
        )
        now = self._now()
        with self.db.atomic():
            existing = self.db.execute(
                "SELECT id FROM reaction_tallies WHERE session_id=? AND target_kind=?"
                " AND target_key=? AND source=? AND deleted_at IS NULL",
                [tally.session_id, str(tally.target_kind), tally.target_key, tally.source],
            ).fetchone()
            if existing:
                tally.id = existing[0]
                values = changed_values(_tally_row(tally), _tally_row(before) if before else None)
                self.db.execute(
                    "UPDATE reaction_tallies SET "
                    + "".join(f"{name}=?, " for name in values)
                    + "updated_at=? WHERE id=?",
                    [*values.values(), now, tally.id],
                )
            else:
                tally.created_at = now
                self.db.execute(
                    "INSERT INTO reaction_tallies (id, session_id, target_kind, target_key,"
                    " target_label, " + ", ".join(_COUNTS) + ", source, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [tally.id, tally.session_id, str(tally.target_kind), tally.target_key]
                    + [tally.target_label, *tally.counts, tally.source, now, now],
                )
        tally.updated_at = now
        return tally

    # -- pre/post test -------------------------------------------------------------------------

    def scores(self, session_id: str) -> list[TestScore]:
        return [
            _score_from_row(row)
            for row in self.db.query(
                "SELECT * FROM test_scores WHERE session_id=? AND deleted_at IS NULL"
                " ORDER BY position, created_at",
                [session_id],
            )
        ]

    def save_score(self, score: TestScore, before: TestScore | None = None) -> TestScore:
        """Insert a participant's scores, or update them (also bringing a trashed row back).
        before: the row as the UI read it; then only the fields that differ are written."""
        validate_test_score(score)
        check_row(
            "test_scores",
            {"id": score.id, "session_id": score.session_id, "participant_id": score.participant_id}
            | {"participant_name": score.participant_name, "pre_score": score.pre}
            | {"post_score": score.post, "max_score": score.max_score},
        )
        now = self._now()
        values = [score.participant_name, score.participant_id, score.pre, score.post]
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM test_scores WHERE id=?", [score.id]).fetchone():
                changed = changed_values(_score_row(score), _score_row(before) if before else None)
                self.db.execute(
                    "UPDATE test_scores SET "
                    + "".join(f"{name}=?, " for name in changed)
                    + "deleted_at=NULL, updated_at=? WHERE id=?",
                    [*changed.values(), now, score.id],
                )
            else:
                position = self.db.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM test_scores WHERE session_id=?",
                    [score.session_id],
                ).fetchone()[0]
                score.position, score.created_at = position, now
                self.db.execute(
                    "INSERT INTO test_scores (id, session_id, position, participant_name,"
                    " participant_id, pre_score, post_score, max_score, source, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [score.id, score.session_id, position, *values, score.max_score]
                    + [score.source, now, now],
                )
        score.updated_at = now
        score.deleted_at = None
        return score

    def move_score_to_trash(self, score_id: str) -> None:
        now = self._now()
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE test_scores SET deleted_at=?, updated_at=? WHERE id=?",
                [now, now, score_id],
            ).rowcount:
                raise NotFoundError(score_id)

    def restore_score(self, score_id: str) -> None:
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE test_scores SET deleted_at=NULL, updated_at=? WHERE id=?",
                [self._now(), score_id],
            ).rowcount:
                raise NotFoundError(score_id)


def _tally_row(tally: ReactionTally) -> dict:
    return {"target_label": tally.target_label, **dict(zip(_COUNTS, tally.counts, strict=True))}


def _score_row(score: TestScore) -> dict:
    return {
        "participant_name": score.participant_name,
        "participant_id": score.participant_id,
        "pre_score": score.pre,
        "post_score": score.post,
        "max_score": score.max_score,
    }

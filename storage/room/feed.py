"""Keep the record's rows made from phones in step with the room's answers.

RoomStore.feed_record calls this in its own transaction (or the caller's). Only rows marked
source='phones' are touched: a row typed from paper is never changed. A row whose answers
are gone (a trashed question, a person trashed) goes to the trash; nothing is deleted.
"""

from __future__ import annotations

from dataclasses import asdict

import sqlite_utils

from facilitation.evaluation import SOURCE_PHONES
from facilitation.room.feed import phone_commitments, phone_scores, phone_tallies
from facilitation.room.questions import Question
from facilitation.room.records import Answer
from facilitation.validation import check_row

_COUNTS = ("count_1", "count_2", "count_3", "count_4", "count_5")
_KEEP = ("id", "session_id", "position", "created_at", "updated_at", "deleted_at")


def feed_record(
    db: sqlite_utils.Database,
    session_id: str,
    questions: list[Question],
    answers: list[Answer],
    now: str,
) -> int:
    """Write the record's phone rows for the session; return how many rows changed."""
    names = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT id, name FROM participants WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        )
    }
    scores = [
        {
            "id": s.id,
            "participant_name": s.participant_name,
            "participant_id": s.participant_id,
            "pre_score": s.pre,
            "post_score": s.post,
            "max_score": s.max_score,
        }
        for s in phone_scores(session_id, questions, answers, names)
    ]
    tallies = [
        {"id": t.id, "target_kind": str(t.target_kind), "target_key": t.target_key}
        | {"target_label": t.target_label, **dict(zip(_COUNTS, t.counts, strict=True))}
        for t in phone_tallies(session_id, questions, answers)
    ]
    commitments = [
        {k: v for k, v in asdict(c).items() if k not in _KEEP or k == "id"}
        | {"owner_kind": str(c.owner_kind)}
        for c in phone_commitments(session_id, questions, answers, names)
    ]
    return sum(
        _sync(db, table, session_id, rows, now)
        for table, rows in (
            ("test_scores", scores),
            ("reaction_tallies", tallies),
            ("commitments", commitments),
        )
    )


def _sync(
    db: sqlite_utils.Database, table: str, session_id: str, rows: list[dict], now: str
) -> int:
    held = {
        row["id"]: row
        for row in db.query(
            f"SELECT * FROM [{table}] WHERE session_id=? AND source=?", [session_id, SOURCE_PHONES]
        )
    }
    has_position = table != "reaction_tallies"
    changed = 0
    for row in rows:
        row = {**row, "session_id": session_id, "source": SOURCE_PHONES}
        check_row(table, row)
        old = held.pop(row["id"], None)
        if old is None:
            if db.execute(f"SELECT 1 FROM [{table}] WHERE id=?", [row["id"]]).fetchone():
                continue  # another session's row under this id: never touched
            if has_position:
                row["position"] = db.execute(
                    f"SELECT coalesce(max(position) + 1, 0) FROM [{table}] WHERE session_id=?",
                    [session_id],
                ).fetchone()[0]
            row |= {"created_at": now, "updated_at": now}
            db.execute(
                f"INSERT INTO [{table}] ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            changed += 1
        elif old["deleted_at"] is not None or any(old[k] != v for k, v in row.items()):
            names = [k for k in row if k != "id"]
            db.execute(
                f"UPDATE [{table}] SET {', '.join(f'{n}=?' for n in names)}, deleted_at=NULL,"
                " updated_at=? WHERE id=?",
                [*(row[n] for n in names), now, row["id"]],
            )
            changed += 1
    for gone in held.values():
        if gone["deleted_at"] is None:
            db.execute(
                f"UPDATE [{table}] SET deleted_at=?, updated_at=? WHERE id=?",
                [now, now, gone["id"]],
            )
            changed += 1
    return changed

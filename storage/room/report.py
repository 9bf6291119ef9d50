"""The room's part of the session report, read from the store (storage/report_source.py)."""

from __future__ import annotations

import sqlite_utils

from facilitation.documents.report.data import SessionReportData
from facilitation.documents.report.room_data import room_summary
from storage.room.rows import post_from_row
from storage.room.store import RoomStore


def read_room(db: sqlite_utils.Database, data: SessionReportData) -> None:
    session_id = data.session.id
    store = RoomStore(db)
    order = {activity_id: index for index, activity_id in enumerate(data.activity_titles)}
    questions = sorted(
        store.questions.questions(session_id),
        key=lambda q: (order.get(q.activity_id, len(order)), q.position, q.created_at),
    )
    if not questions:
        return
    posts = [
        post_from_row(row, row["upvotes"])
        for row in db.query(
            "SELECT p.*, (SELECT count(*) FROM room_upvotes u WHERE u.post_id=p.id"
            " AND u.session_id=p.session_id AND u.deleted_at IS NULL) AS upvotes"
            " FROM room_posts p WHERE p.session_id=? AND p.deleted_at IS NULL",
            [session_id],
        )
    ]
    names = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT id, name FROM participants WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        )
    }
    answers = store.session_answers(session_id)
    data.room = room_summary(questions, answers, posts, names, _present(db, session_id))


def _present(db: sqlite_utils.Database, session_id: str) -> dict[str, set[str]]:
    """activity id -> the participants checked in on its day (one query for the session)."""
    present: dict[str, set[str]] = {}
    for activity_id, participant_id in db.execute(
        "SELECT a.id, t.participant_id FROM activities a"
        " JOIN attendance t ON t.day_id = a.day_id AND t.session_id = a.session_id"
        " WHERE a.session_id=? AND a.deleted_at IS NULL"
        " AND t.present=1 AND t.deleted_at IS NULL",
        [session_id],
    ):
        present.setdefault(activity_id, set()).add(participant_id)
    return present

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
    data.room = room_summary(questions, store.session_answers(session_id), posts, names)

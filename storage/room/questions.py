"""Questions of a session's activities, as prepared in the Plan and set live from the Run
page: add, edit, reorder, trash and restore (one transaction each), open/close, show/hide."""

from __future__ import annotations

import json

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.room.questions import Question, QuestionState, validate_question
from facilitation.room.timing import OPENED, opened_again
from facilitation.session import ValidationError
from facilitation.validation import check_row, check_values
from storage.room.rows import dumps, question_from_row, question_to_row
from storage.sessions import NotFoundError
from storage.transactions import write_transaction


def _settings(text: object) -> dict[str, object]:
    try:
        value = json.loads(str(text))
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


class RoomQuestions:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    def questions(
        self, session_id: str, activity_id: str | None = None, include_trash: bool = False
    ) -> list[Question]:
        """The session's questions (of one activity), in the order the Plan shows them."""
        sql = "SELECT * FROM room_questions WHERE session_id=?"
        params: list[object] = [session_id]
        if activity_id is not None:
            sql += " AND activity_id=?"
            params.append(activity_id)
        if not include_trash:
            sql += " AND deleted_at IS NULL"
        sql += " ORDER BY activity_id, position, created_at"
        return [question_from_row(row) for row in self.db.query(sql, params)]

    def question(self, session_id: str, question_id: str) -> Question:
        row = next(
            self.db.query(
                "SELECT * FROM room_questions WHERE session_id=? AND id=?",
                [session_id, question_id],
            ),
            None,
        )
        if row is None:
            raise NotFoundError(question_id)
        return question_from_row(row)

    def open_questions(self, session_id: str) -> list[Question]:
        return [
            question_from_row(row)
            for row in self.db.query(
                "SELECT * FROM room_questions WHERE session_id=? AND state='open'"
                " AND deleted_at IS NULL ORDER BY position, created_at",
                [session_id],
            )
        ]

    def save(self, question: Question) -> Question:
        """Insert a question at the end of its activity's list, or update its content."""
        validate_question(question)
        now = self._now()
        with write_transaction(self.db.conn, "room_write"):
            self._check_activity(question.session_id, question.activity_id)
            held = self.db.execute(
                "SELECT session_id, settings FROM room_questions WHERE id=?", [question.id]
            ).fetchone()
            # When it was opened is the store's record, not the editor's: kept on an edit,
            # none for a new question (a copy of an opened one was never opened itself).
            opened = _settings(held[1]).get(OPENED) if held is not None else None
            settings = {k: v for k, v in question.settings.items() if k != OPENED}
            question.settings = settings if opened is None else {**settings, OPENED: opened}
            row = question_to_row(question)
            key = {"id": question.id, "session_id": question.session_id}
            check_row("room_questions", key | row)
            if held is not None:
                if held[0] != question.session_id:
                    raise NotFoundError(question.id)
                self._check_answered_shape(question)
                self.db.execute(
                    "UPDATE room_questions SET "
                    + "".join(f"{name}=?, " for name in row)
                    + "updated_at=? WHERE id=?",
                    [*row.values(), now, question.id],
                )
            else:
                question.position = self.db.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM room_questions"
                    " WHERE activity_id=? AND deleted_at IS NULL",
                    [question.activity_id],
                ).fetchone()[0]
                question.created_at = now
                self.db.execute(
                    "INSERT INTO room_questions (id, session_id, position, state, results_shown, "
                    + ", ".join(row)
                    + ", created_at, updated_at) VALUES ("
                    + ", ".join("?" * (len(row) + 7))
                    + ")",
                    [question.id, question.session_id, question.position]
                    + [str(question.state), int(question.results_shown), *row.values(), now, now],
                )
        question.updated_at = now
        return question

    def has_answers(self, session_id: str, question_id: str) -> bool:
        return bool(
            self.db.execute(
                "SELECT 1 FROM room_answers WHERE session_id=? AND question_id=? LIMIT 1",
                [session_id, question_id],
            ).fetchone()
            or self.db.execute(
                "SELECT 1 FROM room_posts WHERE session_id=? AND question_id=? LIMIT 1",
                [session_id, question_id],
            ).fetchone()
        )

    def _check_answered_shape(self, question: Question) -> None:
        """Answers point at options by their place: once answered, a question keeps its kind
        and its number of options (its wording and its correct answers may still change)."""
        stored = self.question(question.session_id, question.id)
        same = stored.kind == question.kind and len(stored.options) == len(question.options)
        if not same and self.has_answers(question.session_id, question.id):
            raise ValidationError("question_has_answers")

    def save_all(self, questions: list[Question]) -> None:
        """Several new questions (a template's, a copied session's) in one transaction."""
        with write_transaction(self.db.conn, "room_write"):
            for question in questions:
                self.save(question)

    def _check_activity(self, session_id: str, activity_id: str) -> None:
        if not self.db.execute(
            "SELECT 1 FROM activities WHERE id=? AND session_id=?", [activity_id, session_id]
        ).fetchone():
            raise NotFoundError(activity_id)

    def move(self, session_id: str, question_id: str, position: int) -> None:
        """Put a question at position among its activity's questions (others shift)."""
        question = self.question(session_id, question_id)
        with write_transaction(self.db.conn, "room_write"):
            siblings = [
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM room_questions WHERE activity_id=? AND session_id=?"
                    " AND deleted_at IS NULL ORDER BY position, created_at",
                    [question.activity_id, session_id],
                )
            ]
            siblings.remove(question_id)
            siblings.insert(max(0, min(position, len(siblings))), question_id)
            now = self._now()
            for index, sibling in enumerate(siblings):
                self.db.execute(
                    "UPDATE room_questions SET position=?, updated_at=? WHERE id=?"
                    " AND position IS NOT ?",
                    [index, now, sibling, index],
                )

    def move_to_trash(self, session_id: str, question_id: str) -> None:
        self._stamp(session_id, question_id, "deleted_at=?", [self._now()])

    def restore(self, session_id: str, question_id: str) -> None:
        self._stamp(session_id, question_id, "deleted_at=NULL", [])

    def set_state(self, session_id: str, question_id: str, state: QuestionState) -> None:
        """Open or close a question (a draft is one never opened). Opening a question that
        was not open notes when, in its settings (facilitation/room/timing.py)."""
        check_values("room_questions", state=str(state))
        state = QuestionState(state)
        if state is not QuestionState.OPEN:
            self._stamp(session_id, question_id, "state=?", [str(state)])
            return
        with write_transaction(self.db.conn, "room_write"):
            row = self.db.execute(
                "SELECT state, settings FROM room_questions WHERE id=? AND session_id=?",
                [question_id, session_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(question_id)
            if row[0] == str(QuestionState.OPEN):
                return  # already open: no new opening, nothing changed
            now = self._now()
            settings = dumps(opened_again(_settings(row[1]), now))
            check_values("room_questions", settings=settings)
            self.db.execute(
                "UPDATE room_questions SET state=?, settings=?, updated_at=? WHERE id=?",
                [str(state), settings, now, question_id],
            )

    def show_results(self, session_id: str, question_id: str, shown: bool) -> None:
        self._stamp(session_id, question_id, "results_shown=?", [int(shown)])

    def _stamp(self, session_id: str, question_id: str, setting: str, values: list) -> None:
        with write_transaction(self.db.conn, "room_write"):
            if not self.db.execute(
                f"UPDATE room_questions SET {setting}, updated_at=? WHERE id=? AND session_id=?",
                [*values, self._now(), question_id, session_id],
            ).rowcount:
                raise NotFoundError(question_id)

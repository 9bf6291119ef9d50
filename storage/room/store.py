"""RoomStore: what the phone server calls, from its own thread with its own connection.

Every answer is stored in its own transaction the moment it arrives. Every lookup names the
session and the question, so an answer can never land on, or be read from, another session.
Ids are made from the phone's own ids (facilitation.room.records.stored_id): a repeat of the
same answer finds its row and changes nothing; a changed answer trashes the device's previous
one (and, where a personal code links it, the person's previous one from another phone).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.room.answers import AnswerError, check_token, validate_answer
from facilitation.room.codes import normalise_code
from facilitation.room.questions import Question, QuestionKind, QuestionState
from facilitation.room.records import (
    Answer,
    AnswerOutcome,
    Moderation,
    Post,
    PostKind,
    stored_id,
)
from facilitation.room.words import normalise_word
from facilitation.validation import check_row
from storage.room.codes import PersonalCodes
from storage.room.feed import feed_record
from storage.room.questions import RoomQuestions
from storage.room.rows import answer_from_row, dumps, post_from_row, question_from_row
from storage.sessions import NotFoundError
from storage.transactions import write_transaction


def current(answers: Iterable[Answer]) -> list[Answer]:
    """One answer per device (and per linked person) and question: the last received. Two
    laptops' bundles merged can each hold a current answer of the same phone."""
    kept: dict[tuple[str, str], Answer] = {}
    for answer in sorted(answers, key=lambda a: (a.received_at, a.id), reverse=True):
        keys = [(answer.question_id, "d:" + answer.device_token)]
        if answer.participant_id:
            keys.append((answer.question_id, "p:" + answer.participant_id))
        if not any(key in kept for key in keys):
            for key in keys:
                kept[key] = answer
    unique = {id(a): a for a in kept.values()}.values()
    return sorted(unique, key=lambda a: (a.received_at, a.id))


class RoomStore:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.questions = RoomQuestions(db, self.clock)
        self.codes = PersonalCodes(db, self.clock)
        self._read: tuple[tuple, Question] | None = None  # the question row last read, parsed

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- answers ---------------------------------------------------------------------------

    def record_answer(
        self,
        session_id: str,
        question_id: str,
        device_token: str,
        client_id: str,
        raw_value: object,
        code: object = None,
    ) -> AnswerOutcome:
        """Store a phone's answer to an open question. AnswerError (nothing stored) when the
        question is not open here, the value does not fit it, or a needed code is unknown.
        An idea is stored as a post of its own (a device may send several)."""
        check_token(device_token, "device")
        check_token(client_id, "answer")
        with write_transaction(self.db.conn, "room_write"):
            question = self._open_question(session_id, question_id)
            value = validate_answer(question, raw_value)
            participant_id = self._participant(question, code)
            if question.kind is QuestionKind.IDEAS:
                return self._add_idea(question, device_token, client_id, str(value))
            answer = Answer(
                session_id=session_id,
                question_id=question_id,
                device_token=device_token,
                client_id=client_id,
                value=value,
                received_at=self._now(),
                participant_id=participant_id,
            )
            # Run for every phone's answer: on the connection, without sqlite-utils' wrapper.
            if self.db.conn.execute(
                "SELECT 1 FROM room_answers WHERE id=? AND session_id=? AND question_id=?",
                [answer.id, session_id, question_id],
            ).fetchone():
                return AnswerOutcome.REPEATED
            stored_value = dumps(value)
            check_row(
                "room_answers",
                {"device_key": device_token, "client_id": client_id, "value": stored_value},
            )
            replaced = self._supersede(answer)
            self.db.conn.execute(
                "INSERT INTO room_answers (id, session_id, question_id, device_key, client_id,"
                " participant_id, value, received_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [answer.id, session_id, question_id, device_token, client_id, participant_id]
                + [stored_value, answer.received_at, answer.received_at, answer.received_at],
            )
            if question.kind is QuestionKind.WORD_CLOUD:
                self._add_words(question, device_token, value)  # type: ignore[arg-type]
        return AnswerOutcome.REPLACED if replaced else AnswerOutcome.STORED

    def _open_question(self, session_id: str, question_id: str) -> Question:
        """The question as stored now (the Run page may have closed it a moment ago), read for
        every answer; the same row as last time is not parsed again (its JSON columns were
        a third of an answer's Python). The Question stays in here: nobody changes it."""
        cursor = self.db.conn.execute(
            "SELECT * FROM room_questions WHERE session_id=? AND id=?", [session_id, question_id]
        )
        row = cursor.fetchone()
        if row is None:
            raise AnswerError("question_not_found")
        if self._read is None or self._read[0] != row:
            names = [column[0] for column in cursor.description]
            self._read = (row, question_from_row(dict(zip(names, row, strict=True))))
        question = self._read[1]
        if not question.is_open:
            raise AnswerError("question_not_open")
        return question

    def _participant(self, question: Question, code: object) -> str | None:
        if code is None or code == "":
            if question.needs_code:
                raise AnswerError("code_needed")
            return None
        if normalise_code(code) is None:
            raise AnswerError("code_unknown")
        participant_id = self.codes.participant_for(question.session_id, code)
        if participant_id is None:
            raise AnswerError("code_unknown")
        return participant_id

    def _supersede(self, answer: Answer) -> bool:
        """Trash the device's (and the linked person's) current answer; was there one?"""
        # +session_id: found through the question's index (question, device), not by reading
        # every answer of the session, which the planner picks without statistics and which
        # made each answer of a full hall slower than the last.
        who = "device_key=?"
        params: list[object] = [answer.device_token]
        if answer.participant_id:
            who = "(device_key=? OR participant_id=?)"
            params.append(answer.participant_id)
        return bool(
            self.db.conn.execute(
                "UPDATE room_answers SET deleted_at=?, updated_at=? WHERE +session_id=?"
                f" AND question_id=? AND {who} AND deleted_at IS NULL",
                [answer.received_at, answer.received_at, answer.session_id, answer.question_id]
                + params,
            ).rowcount
        )

    def answers(self, session_id: str, question_id: str) -> list[Answer]:
        """The current answers to a question, first received first."""
        return current(
            answer_from_row(row)
            for row in self.db.query(
                "SELECT * FROM room_answers WHERE session_id=? AND question_id=?"
                " AND deleted_at IS NULL ORDER BY received_at, id",
                [session_id, question_id],
            )
        )

    def session_answers(self, session_id: str) -> list[Answer]:
        """Every current answer of the session (reports, the record's tabs)."""
        return current(
            answer_from_row(row)
            for row in self.db.query(
                "SELECT a.* FROM room_answers a JOIN room_questions q ON q.id=a.question_id"
                " WHERE a.session_id=? AND q.session_id=? AND a.deleted_at IS NULL"
                " AND q.deleted_at IS NULL ORDER BY a.received_at, a.id",
                [session_id, session_id],
            )
        )

    def device_answer(self, session_id: str, question_id: str, device_token: str) -> Answer | None:
        """What this phone answered (sent back to it on reconnect)."""
        row = next(
            self.db.query(
                "SELECT * FROM room_answers WHERE session_id=? AND question_id=?"
                " AND device_key=? AND deleted_at IS NULL ORDER BY received_at DESC LIMIT 1",
                [session_id, question_id, device_token],
            ),
            None,
        )
        return answer_from_row(row) if row else None

    def close_question(self, session_id: str, question_id: str) -> int:
        """Close a question and feed what it collected into the record, in one transaction."""
        with write_transaction(self.db.conn, "room_write"):
            self.questions.set_state(session_id, question_id, QuestionState.CLOSED)
            return self.feed_record(session_id)

    def feed_record(self, session_id: str) -> int:
        """Bring the record's phone rows (pre/post scores, reaction tallies, commitments) in
        step with the current answers, in one transaction; how many rows changed. Cheap when
        nothing changed: call it when a question closes, or after answers to those kinds."""
        with write_transaction(self.db.conn, "room_write"):
            questions = self.questions.questions(session_id)
            return feed_record(
                self.db, session_id, questions, self.session_answers(session_id), self._now()
            )

    # -- posts: ideas and cloud words ------------------------------------------------------

    def _first_status(self, question: Question) -> str:
        moderated = question.settings.get("moderated", True)
        return str(Moderation.PENDING if moderated else Moderation.SHOWN)

    def _add_idea(
        self, question: Question, device_token: str, client_id: str, text: str
    ) -> AnswerOutcome:
        post_id = stored_id(question.session_id, question.id, device_token, client_id)
        if self.db.execute("SELECT 1 FROM room_posts WHERE id=?", [post_id]).fetchone():
            return AnswerOutcome.REPEATED
        now = self._now()
        self.db.execute(
            "INSERT INTO room_posts (id, session_id, question_id, kind, text, device_key,"
            " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [post_id, question.session_id, question.id, str(PostKind.IDEA), text, device_token]
            + [self._first_status(question), now, now],
        )
        return AnswerOutcome.STORED

    def _add_words(self, question: Question, device_token: str, words: list[str]) -> None:
        now = self._now()
        for word in words:
            norm = normalise_word(word)
            if not norm:
                continue
            self.db.execute(
                "INSERT OR IGNORE INTO room_posts (id, session_id, question_id, kind, text,"
                " norm, device_key, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [stored_id(question.session_id, question.id, "word", norm), question.session_id]
                + [question.id, str(PostKind.WORD), norm, norm, device_token]
                + [self._first_status(question), now, now],
            )

    def posts(self, session_id: str, question_id: str, kind: PostKind | None = None) -> list[Post]:
        """The question's posts with their upvotes, oldest first."""
        rows = self.db.query(
            "SELECT p.*, (SELECT count(*) FROM room_upvotes u WHERE u.post_id=p.id"
            " AND u.session_id=p.session_id AND u.deleted_at IS NULL) AS upvotes"
            " FROM room_posts p WHERE p.session_id=? AND p.question_id=?"
            " AND p.deleted_at IS NULL AND (? IS NULL OR p.kind=?) ORDER BY p.created_at, p.id",
            [session_id, question_id, kind and str(kind), kind and str(kind)],
        )
        return [post_from_row(row, row["upvotes"]) for row in rows]

    def moderate(self, session_id: str, post_id: str, status: Moderation) -> None:
        status = Moderation(status)
        with write_transaction(self.db.conn, "room_write"):
            if not self.db.execute(
                "UPDATE room_posts SET status=?, updated_at=? WHERE id=? AND session_id=?",
                [str(status), self._now(), post_id, session_id],
            ).rowcount:
                raise NotFoundError(post_id)

    def upvote(self, session_id: str, post_id: str, device_token: str, on: bool = True) -> bool:
        """A device's upvote for a shown idea (on) or its withdrawal; True when it changed."""
        check_token(device_token, "device")
        vote_id = stored_id(session_id, post_id, device_token, "upvote")
        now = self._now()
        with write_transaction(self.db.conn, "room_write"):
            post = self.db.execute(
                "SELECT status FROM room_posts WHERE id=? AND session_id=? AND kind='idea'"
                " AND deleted_at IS NULL",
                [post_id, session_id],
            ).fetchone()
            if post is None or post[0] != str(Moderation.SHOWN):
                raise AnswerError("post_not_found")
            held = self.db.execute(
                "SELECT deleted_at IS NULL FROM room_upvotes WHERE id=? AND session_id=?",
                [vote_id, session_id],
            ).fetchone()
            if held is None:
                if not on:
                    return False
                self.db.execute(
                    "INSERT INTO room_upvotes (id, session_id, post_id, device_key,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [vote_id, session_id, post_id, device_token, now, now],
                )
                return True
            if bool(held[0]) == on:
                return False
            self.db.execute(
                "UPDATE room_upvotes SET deleted_at=?, updated_at=? WHERE id=?",
                [None if on else now, now, vote_id],
            )
            return True

"""The room's answers into the session's store, from the server's thread.

The server thread opens its own connection to the store (sqlite connections stay in their
thread; the store is in WAL mode, so the GUI keeps reading while phones write). Every answer is
one transaction of RoomStore.record_answer, done before the phone is acknowledged. The store
checks it again by meaning (the question is open in this session, a personal code is known)
and its refusal reaches the phone as a key it translates.

plan_question() turns one of the Plan's questions into what a phone may see of it, and
load_question() reads back what the store already has for a question put on again.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from pathlib import Path

from facilitation.room.answers import AnswerError
from facilitation.room.questions import Question, QuestionKind
from facilitation.room.records import Moderation, PostKind, stored_id
from storage.database import connect
from storage.room.store import RoomStore
from storage.transactions import write_transaction
from ui.room.live import Idea, LiveRoom
from ui.room.questions import Answer, Kind, PhoneQuestion, Refused, normalised_words, raw_value

KINDS = {
    QuestionKind.POLL_SINGLE: Kind.CHOICE,
    QuestionKind.POLL_MULTI: Kind.CHOICE,
    QuestionKind.SCALE: Kind.SCALE,
    QuestionKind.WORD_CLOUD: Kind.WORDS,
    QuestionKind.IDEAS: Kind.IDEAS,
    QuestionKind.QUIZ: Kind.QUIZ,
    QuestionKind.PRE_TEST: Kind.QUIZ,
    QuestionKind.POST_TEST: Kind.QUIZ,
    QuestionKind.REACTION: Kind.REACTION,
    QuestionKind.COMMITMENT: Kind.TEXT,
}


def plan_question(question: Question) -> PhoneQuestion:
    return PhoneQuestion(
        id=question.id,
        kind=KINDS[question.kind],
        text=question.prompt,
        options=tuple(question.options),
        multiple=question.multiple,
        scale_max=question.scale_max,
        correct=tuple(question.correct),
        needs_code=question.needs_code,
    )


class StoreLink:
    """LiveRoom's Link to the store at db_path; one connection per thread that uses it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()

    def _store(self) -> RoomStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = RoomStore(connect(self.db_path))
        return store

    def record(self, session_id: str, answer_id: str, answer: Answer, kind: Kind) -> None:
        try:
            self._store().record_answer(
                session_id,
                answer.question_id,
                answer.device,
                answer_id,
                raw_value(answer, kind),
                answer.code or None,
            )
        except AnswerError as error:
            raise Refused(str(error.args[0]) if error.args else "not_stored") from None

    def upvote(self, session_id: str, question_id: str, idea: Idea, device: str) -> None:
        try:
            self._store().upvote(session_id, idea_post_id(session_id, question_id, idea), device)
        except AnswerError as error:
            raise Refused(str(error.args[0]) if error.args else "no_idea") from None

    def transaction(self) -> AbstractContextManager[None]:
        return write_transaction(self._store().db.conn, "room_write")

    def close(self) -> None:
        store = getattr(self._local, "store", None)
        if store is not None:
            store.db.conn.close()
            self._local.store = None


def load_question(room: LiveRoom, store: RoomStore, question: PhoneQuestion) -> None:
    """Seed the live room with what the store has for question (GUI thread, GUI's store)."""
    session_id = room.session_id
    answers = []
    for stored in store.answers(session_id, question.id):
        value = stored.value
        answer = Answer(question.id, stored.device_token)
        if question.kind in (Kind.CHOICE, Kind.QUIZ) and isinstance(value, list):
            answer = Answer(question.id, stored.device_token, choices=tuple(value))
        elif question.kind is Kind.SCALE and isinstance(value, int):
            answer = Answer(question.id, stored.device_token, value=value)
        elif question.kind is Kind.REACTION and isinstance(value, list):
            answer = Answer(question.id, stored.device_token, ratings=tuple(value))
        elif question.kind is Kind.WORDS and isinstance(value, list) and value:
            answer = Answer(question.id, stored.device_token, text=normalised_words(value[0]))
        else:
            answer = Answer(question.id, stored.device_token, text=str(value))
        answers.append(answer)
    ideas, verdicts = [], {}
    for post in store.posts(session_id, question.id):
        approved = None if post.status is Moderation.PENDING else post.status is Moderation.SHOWN
        if post.kind is PostKind.WORD:
            if approved is not None:
                verdicts[post.norm] = approved
            continue
        idea = Idea(post.id, post.text, post.device_token, approved, post_id=post.id)
        idea.votes = frozenset(f"stored-{n}" for n in range(post.upvotes))
        ideas.append(idea)
    room.load(question, answers, ideas, verdicts)


def idea_post_id(session_id: str, question_id: str, idea: Idea) -> str:
    return idea.post_id or stored_id(session_id, question_id, idea.device, idea.id)


def post_id(room: LiveRoom, question_id: str, kind: str, key: str) -> str:
    """The store's id of a word (by its normalised text) or an idea (by its id here)."""
    if kind == "word":
        return stored_id(room.session_id, question_id, "word", key)
    idea = room.idea(question_id, key)
    return key if idea is None else idea_post_id(room.session_id, question_id, idea)

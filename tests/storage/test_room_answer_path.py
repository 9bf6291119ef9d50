"""A full hall answering: each answer costs the same however many came before it, the
question is read afresh for each (closed means closed at once), and in a grouped commit a
refused answer leaves the others."""

from __future__ import annotations

import pytest
import sqlite_utils

from facilitation.room.answers import AnswerError
from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.session import Session
from storage.database import connect
from storage.room.store import RoomStore
from storage.transactions import write_transaction
from tests.storage.room_helpers import DEVICE_A, DEVICE_B, open_question


@pytest.fixture
def store(db: sqlite_utils.Database) -> RoomStore:
    return RoomStore(db)


def steps_of(store: RoomStore, work) -> int:  # noqa: ANN001
    """SQLite's virtual machine steps (in hundreds) that work takes: rows read and written."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store.db.conn.set_progress_handler(count, 100)
    try:
        work()
    finally:
        store.db.conn.set_progress_handler(None, 0)
    return steps[0]


def test_the_last_phone_of_a_full_hall_costs_what_the_first_did(
    store: RoomStore, builtin_session: Session
) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    sid = builtin_session.id

    def answer(number: int) -> None:
        device = f"phone{number:012d}"
        store.record_answer(sid, poll.id, device, f"answer-{number:010d}", number % 3)

    answer(0)
    early = steps_of(store, lambda: answer(1))
    for number in range(2, 400):
        answer(number)
    late = steps_of(store, lambda: answer(400))
    assert late <= early + 2  # not one step more per answer already stored


def test_a_question_closed_from_the_laptop_refuses_the_next_answer(
    store: RoomStore, builtin_session: Session, opened_store
) -> None:  # noqa: ANN001
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    sid = builtin_session.id
    phones = RoomStore(connect(opened_store.path))  # the server's own connection
    phones.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 0)
    store.questions.set_state(sid, poll.id, QuestionState.CLOSED)  # the Run page
    with pytest.raises(AnswerError, match="question_not_open"):
        phones.record_answer(sid, poll.id, DEVICE_B, "answer-0002", 1)
    store.questions.set_state(sid, poll.id, QuestionState.OPEN)
    phones.record_answer(sid, poll.id, DEVICE_B, "answer-0003", 1)
    phones.db.conn.close()
    assert [a.device_token for a in store.answers(sid, poll.id)] == [DEVICE_A, DEVICE_B]


@pytest.mark.attack("room")
def test_a_refused_answer_in_a_grouped_commit_leaves_the_others(
    store: RoomStore, builtin_session: Session
) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    sid = builtin_session.id
    with write_transaction(store.db.conn, "room_write"):
        store.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 0)
        with pytest.raises(AnswerError):
            store.record_answer(sid, poll.id, "phone-bad-choice", "answer-0002", 7)
        store.record_answer(sid, poll.id, DEVICE_B, "answer-0003", 2)
    assert not store.db.conn.in_transaction
    assert [a.value for a in store.answers(sid, poll.id)] == [[0], [2]]

"""Answers from phones: stored at once, a repeat changes nothing, a change replaces, and one
session's answers never reach another."""

from __future__ import annotations

import pytest
import sqlite_utils

from facilitation.room.answers import AnswerError
from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.room.records import AnswerOutcome, Moderation, PostKind
from facilitation.session import Session, ValidationError
from storage.room.store import RoomStore
from tests.storage.room_helpers import (
    DEVICE_A,
    DEVICE_B,
    add_people,
    as_an_older_sample,
    open_question,
)


@pytest.fixture
def store(db: sqlite_utils.Database) -> RoomStore:
    return RoomStore(db)


def test_a_repeated_answer_changes_nothing(store: RoomStore, builtin_session: Session) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    sid = builtin_session.id
    assert store.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 1) is AnswerOutcome.STORED
    before = store.db.execute("SELECT * FROM room_answers").fetchall()
    assert store.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 1) is AnswerOutcome.REPEATED
    assert store.db.execute("SELECT * FROM room_answers").fetchall() == before


def test_a_changed_answer_replaces_the_old_one(store: RoomStore, builtin_session: Session) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    sid = builtin_session.id
    store.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 0)
    assert store.record_answer(sid, poll.id, DEVICE_A, "answer-0002", 2) is AnswerOutcome.REPLACED
    store.record_answer(sid, poll.id, DEVICE_B, "answer-0003", 2)
    assert [a.value for a in store.answers(sid, poll.id)] == [[2], [2]]
    # the first answer arriving late (a phone's resend) does not bring it back
    assert store.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 0) is AnswerOutcome.REPEATED
    assert store.device_answer(sid, poll.id, DEVICE_A).value == [2]  # type: ignore[union-attr]


def test_a_closed_question_takes_no_answer(store: RoomStore, builtin_session: Session) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    store.questions.set_state(builtin_session.id, poll.id, QuestionState.CLOSED)
    with pytest.raises(AnswerError, match="question_not_open"):
        store.record_answer(builtin_session.id, poll.id, DEVICE_A, "answer-0001", 0)
    assert store.answers(builtin_session.id, poll.id) == []


@pytest.mark.attack("room")
def test_an_answer_never_reaches_another_session(
    store: RoomStore, builtin_session: Session, db: sqlite_utils.Database
) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    with pytest.raises(AnswerError, match="question_not_found"):
        store.record_answer("another-session", poll.id, DEVICE_A, "answer-0001", 0)
    store.record_answer(builtin_session.id, poll.id, DEVICE_A, "answer-0001", 0)
    assert store.answers("another-session", poll.id) == []
    assert store.session_answers("another-session") == []
    assert db.execute("SELECT count(*) FROM room_answers").fetchone()[0] == 1


@pytest.mark.attack("room")
@pytest.mark.parametrize(
    ("value", "problem"),
    [(7, "answer_out_of_range"), ([0, 1], "answer_one_only"), ("x" * 10_000, "answer_wrong_shape")]
    + [(True, "answer_wrong_shape"), ([True], "answer_not_a_number"), (None, "answer_wrong_shape")],
)
def test_a_bad_value_is_refused_and_nothing_stored(
    store: RoomStore, builtin_session: Session, value: object, problem: str
) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    with pytest.raises(AnswerError, match=problem):
        store.record_answer(builtin_session.id, poll.id, DEVICE_A, "answer-0001", value)
    assert store.answers(builtin_session.id, poll.id) == []


@pytest.mark.attack("room")
@pytest.mark.parametrize("token", ["short", "x" * 65, "with space!", "", None, "a/b/c/d/e/f"])
def test_a_bad_device_token_is_refused(
    store: RoomStore, builtin_session: Session, token: object
) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    with pytest.raises(AnswerError, match="bad_device_token"):
        store.record_answer(builtin_session.id, poll.id, token, "answer-0001", 0)  # type: ignore[arg-type]


def test_a_pre_test_answer_is_linked_by_the_personal_code(
    store: RoomStore, builtin_session: Session, db: sqlite_utils.Database
) -> None:
    budi, siti = add_people(db, builtin_session, "Budi", "Siti")
    codes = store.codes.ensure(builtin_session.id)
    assert set(codes) == {budi, siti} and len(set(codes.values())) == 2
    assert store.codes.ensure(builtin_session.id) == codes  # printed codes stay
    pre = open_question(store, builtin_session, QuestionKind.PRE_TEST)
    sid = builtin_session.id
    with pytest.raises(AnswerError, match="code_needed"):
        store.record_answer(sid, pre.id, DEVICE_A, "answer-0001", 1)
    with pytest.raises(AnswerError, match="code_unknown"):
        store.record_answer(sid, pre.id, DEVICE_A, "answer-0001", 1, code="XXXXX")
    typed = codes[budi].lower()[:2] + " " + codes[budi][2:]
    store.record_answer(sid, pre.id, DEVICE_A, "answer-0001", 1, code=typed)
    # Budi answers again from a borrowed phone: his answer is replaced, not doubled
    store.record_answer(sid, pre.id, DEVICE_B, "answer-0002", 0, code=codes[budi])
    [answer] = store.answers(sid, pre.id)
    assert (answer.participant_id, answer.value) == (budi, [0])


@pytest.mark.attack("room")
def test_a_code_of_another_session_links_nobody(
    store: RoomStore, builtin_session: Session, db: sqlite_utils.Database
) -> None:
    add_people(db, builtin_session, "Budi")
    codes = store.codes.ensure(builtin_session.id)
    assert store.codes.participant_for("another-session", next(iter(codes.values()))) is None


def test_cloud_words_wait_for_moderation(store: RoomStore, builtin_session: Session) -> None:
    cloud = open_question(store, builtin_session, QuestionKind.WORD_CLOUD)
    sid = builtin_session.id
    store.record_answer(sid, cloud.id, DEVICE_A, "answer-0001", ["Kolaborasi!", "dan"])
    store.record_answer(sid, cloud.id, DEVICE_B, "answer-0002", ["kolaborasi", "Inovasi"])
    words = store.posts(sid, cloud.id, PostKind.WORD)
    assert sorted(p.norm for p in words) == ["inovasi", "kolaborasi"]
    assert {p.status for p in words} == {Moderation.PENDING}
    store.moderate(sid, words[0].id, Moderation.SHOWN)
    assert store.posts(sid, cloud.id)[0].status is Moderation.SHOWN


def test_ideas_are_upvoted_once_per_device(store: RoomStore, builtin_session: Session) -> None:
    ideas = open_question(store, builtin_session, QuestionKind.IDEAS)
    sid = builtin_session.id
    store.record_answer(sid, ideas.id, DEVICE_A, "answer-0001", "Rapat  lebih\tpendek")
    store.record_answer(sid, ideas.id, DEVICE_A, "answer-0002", "Makan siang lebih awal")
    assert store.record_answer(sid, ideas.id, DEVICE_A, "answer-0002", "x") is (
        AnswerOutcome.REPEATED
    )
    first, second = store.posts(sid, ideas.id)
    assert first.text == "Rapat lebih pendek"
    with pytest.raises(AnswerError, match="post_not_found"):
        store.upvote(sid, first.id, DEVICE_B)  # not shown yet
    store.moderate(sid, first.id, Moderation.SHOWN)
    assert store.upvote(sid, first.id, DEVICE_B) is True
    assert store.upvote(sid, first.id, DEVICE_B) is False
    assert store.posts(sid, ideas.id)[0].upvotes == 1
    assert store.upvote(sid, first.id, DEVICE_B, on=False) is True
    assert store.posts(sid, ideas.id)[0].upvotes == 0


def test_questions_keep_their_order_when_moved(store: RoomStore, builtin_session: Session) -> None:
    as_an_older_sample(store.db, builtin_session)  # the activity's own pre-test left out
    made = [open_question(store, builtin_session, QuestionKind.SCALE) for _ in range(3)]
    store.questions.move(builtin_session.id, made[2].id, 0)
    activity = made[0].activity_id
    order = [q.id for q in store.questions.questions(builtin_session.id, activity)]
    assert order == [made[2].id, made[0].id, made[1].id]
    store.questions.move_to_trash(builtin_session.id, made[0].id)
    assert len(store.questions.questions(builtin_session.id, activity)) == 2
    store.questions.restore(builtin_session.id, made[0].id)
    assert len(store.questions.open_questions(builtin_session.id)) == 3


def test_an_answered_question_keeps_its_kind_and_options(
    store: RoomStore, builtin_session: Session
) -> None:
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    poll.options = ["Merah", "Hijau"]
    store.questions.save(poll)  # nobody answered yet: fine
    store.record_answer(builtin_session.id, poll.id, DEVICE_A, "answer-0001", 1)
    poll.options = ["Merah", "Hijau", "Kuning"]
    with pytest.raises(ValidationError, match="question_has_answers"):
        store.questions.save(poll)
    poll.options = ["Merah tua", "Hijau"]
    store.questions.save(poll)  # a typo fixed keeps every answer's meaning
    assert store.questions.question(builtin_session.id, poll.id).options[0] == "Merah tua"

"""Phones' pre/post tests, reaction sheets and commitments reach the record's own tables,
marked as from phones, and never touch what was typed from paper."""

from __future__ import annotations

import pytest
import sqlite_utils

from facilitation.evaluation import SOURCE_PHONES, ReactionTally, ReactionTarget, TestScore
from facilitation.room.questions import QuestionKind, Target
from facilitation.session import Session
from storage.evaluation import EvaluationRepository
from storage.room.store import RoomStore
from storage.workplans import CommitmentRepository
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


def test_pre_and_post_tests_feed_the_gain_per_person(
    store: RoomStore, builtin_session: Session, db: sqlite_utils.Database
) -> None:
    sid = as_an_older_sample(db, builtin_session).id  # its own pre/post drafts would count
    budi, siti = add_people(db, builtin_session, "Budi", "Siti")
    codes = store.codes.ensure(sid)
    paper = EvaluationRepository(db).save_score(TestScore(sid, "Siti", pre=40, post=80))
    pre = open_question(store, builtin_session, QuestionKind.PRE_TEST)  # correct: 1
    post = open_question(store, builtin_session, QuestionKind.POST_TEST)
    store.record_answer(sid, pre.id, DEVICE_A, "answer-0001", 0, code=codes[budi])
    store.record_answer(sid, post.id, DEVICE_A, "answer-0002", 1, code=codes[budi])
    store.close_question(sid, post.id)
    scores = EvaluationRepository(db).scores(sid)
    [phones] = [s for s in scores if s.source == SOURCE_PHONES]
    assert (phones.participant_id, phones.pre, phones.post, phones.gain) == (budi, 0, 100, 100)
    assert [s.id for s in scores if not s.source] == [paper.id]
    assert store.feed_record(sid) == 0  # nothing new: nothing written
    assert siti  # Siti took no test on a phone: no phone row for her


def test_reaction_answers_feed_the_evaluation_tab(
    store: RoomStore, builtin_session: Session, db: sqlite_utils.Database
) -> None:
    sid = builtin_session.id
    activity = builtin_session.days[0].activities[0]
    EvaluationRepository(db).save_tally(
        ReactionTally(sid, ReactionTarget.ACTIVITY, activity.id, activity.title, [0, 0, 0, 1, 0])
    )
    reaction = open_question(
        store,
        builtin_session,
        QuestionKind.REACTION,
        options=[activity.title, "Lainnya"],
        targets=[Target("activity", activity.id), Target("activity", "")],
    )
    store.record_answer(sid, reaction.id, DEVICE_A, "answer-0001", [5, 2])
    store.record_answer(sid, reaction.id, DEVICE_B, "answer-0002", [4, None])
    store.feed_record(sid)
    tallies = EvaluationRepository(db).tallies(sid)
    by_source = {(t.source, t.target_key): t.counts for t in tallies}
    assert by_source[("", activity.id)] == [0, 0, 0, 1, 0]  # the paper sheets stay
    assert by_source[(SOURCE_PHONES, activity.id)] == [0, 0, 0, 1, 1]
    assert by_source[(SOURCE_PHONES, f"{reaction.id}/1")] == [0, 1, 0, 0, 0]
    # a paper entry for the activity still finds its own row, not the phones'
    paper = ReactionTally(
        sid, ReactionTarget.ACTIVITY, activity.id, activity.title, [1, 0, 0, 1, 0]
    )
    EvaluationRepository(db).save_tally(paper)
    counts = {(t.source, t.target_key): t.counts for t in EvaluationRepository(db).tallies(sid)}
    assert counts[(SOURCE_PHONES, activity.id)] == [0, 0, 0, 1, 1]


def test_commitments_from_phones_follow_a_changed_answer(
    store: RoomStore, builtin_session: Session, db: sqlite_utils.Database
) -> None:
    sid = builtin_session.id
    question = open_question(store, builtin_session, QuestionKind.COMMITMENT)
    store.record_answer(sid, question.id, DEVICE_A, "answer-0001", "Datang tepat waktu")
    store.feed_record(sid)
    store.record_answer(sid, question.id, DEVICE_A, "answer-0002", "Melayani dengan senyum")
    store.feed_record(sid)
    [row] = CommitmentRepository(db).commitments(sid)
    assert (row.text, row.source) == ("Melayani dengan senyum", SOURCE_PHONES)
    store.questions.move_to_trash(sid, question.id)
    store.feed_record(sid)
    assert CommitmentRepository(db).commitments(sid) == []  # trashed, not deleted
    assert db.execute("SELECT count(*) FROM commitments").fetchone()[0] == 1

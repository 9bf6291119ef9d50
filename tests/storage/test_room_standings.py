"""One quiz's per-person scores read from the store for the wall, and what a redacted bundle
leaves of them on another laptop: answers without their person, so nobody ranked."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils

from facilitation.edit_times import parse_instant
from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.room.timing import OPENED
from facilitation.session import Session, new_id
from storage.bundles import export_bundle, import_bundle
from storage.database import open_store
from storage.room.standings import quiz_standings
from storage.room.store import RoomStore
from tests.fake_clock import FakeClock
from tests.storage.room_helpers import DEVICE_A, DEVICE_B, add_people, open_question


@pytest.fixture
def quiz(db: sqlite_utils.Database, builtin_session: Session) -> tuple[RoomStore, str]:
    """Two questions of a quiz asking for the code: Budi 2 right, Siti 1; a poll beside."""
    store, sid = RoomStore(db), builtin_session.id
    budi, siti = add_people(db, builtin_session, "Budi Santoso", "Siti Aminah")
    codes = store.codes.ensure(sid)
    first, second = (
        open_question(store, builtin_session, QuestionKind.QUIZ, settings={"needs_code": True})
        for _ in range(2)
    )
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    for n, (question, budi_says, siti_says) in enumerate(((first, 1, 1), (second, 1, 0))):
        store.record_answer(sid, question.id, DEVICE_A, f"budi-{n:04}", budi_says, codes[budi])
        store.record_answer(sid, question.id, DEVICE_B, f"siti-{n:04}", siti_says, codes[siti])
    store.record_answer(sid, poll.id, DEVICE_A, "poll-0001", 0)
    return store, first.activity_id


def test_the_activitys_quiz_is_scored_per_person(quiz, builtin_session: Session) -> None:
    store, activity_id = quiz
    found = quiz_standings(store.db, builtin_session.id, activity_id)
    assert [(s.rank, s.name, s.correct) for s in found.people] == [
        (1, "Budi Santoso", 2),
        (2, "Siti Aminah", 1),
    ]
    assert (found.anonymous, found.questions) == (0, 2)


def test_an_activity_without_a_quiz_has_nobody_to_rank(builtin_session: Session, db) -> None:
    video = builtin_session.days[0].activities[4].id
    found = quiz_standings(db, builtin_session.id, video)
    assert (found.people, found.anonymous, found.questions) == ((), 0, 0)


@pytest.mark.attack("redaction leaks")
def test_a_redacted_bundle_brings_the_scores_without_the_people(
    quiz, builtin_session: Session, tmp_path: Path
) -> None:
    store, activity_id = quiz
    path = tmp_path / "r.lokakarya"
    export_bundle(store.db, builtin_session.id, path, redact=True)
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        import_bundle(other.db, path, tmp_path / "backups")
        found = quiz_standings(other.db, builtin_session.id, activity_id)
        assert found.people == () and found.anonymous == 2  # the phones, not the people
    finally:
        other.db.close()


def _opened(store: RoomStore, session_id: str, question_id: str) -> list[str]:
    return store.questions.question(session_id, question_id).settings.get(OPENED, [])


def test_the_store_notes_each_opening_of_a_question(builtin_session: Session, db) -> None:
    clock = FakeClock()
    store, sid = RoomStore(db, clock), builtin_session.id
    question = open_question(store, builtin_session, QuestionKind.QUIZ)
    assert len(_opened(store, sid, question.id)) == 1
    clock.advance(60)
    store.questions.set_state(sid, question.id, QuestionState.OPEN)  # already open: no change
    assert len(_opened(store, sid, question.id)) == 1
    store.questions.set_state(sid, question.id, QuestionState.CLOSED)
    store.questions.set_state(sid, question.id, QuestionState.OPEN)
    first, again = _opened(store, sid, question.id)
    assert parse_instant(again) - parse_instant(first) == timedelta(seconds=60)


def test_an_edit_in_the_plan_keeps_the_openings_and_a_copy_has_none(
    builtin_session: Session, db
) -> None:
    store, sid = RoomStore(db, FakeClock()), builtin_session.id
    question = open_question(store, builtin_session, QuestionKind.QUIZ)
    opened = _opened(store, sid, question.id)
    edited = store.questions.question(sid, question.id)
    edited.prompt, edited.settings = "Soal yang diperbaiki", {"needs_code": True}  # the dialog's
    store.questions.save(edited)
    assert _opened(store, sid, question.id) == opened
    copy = replace(store.questions.question(sid, question.id), id=new_id())
    store.questions.save(copy)
    assert _opened(store, sid, copy.id) == []


def test_the_quicker_ranks_first_and_a_bundle_keeps_it(
    builtin_session: Session, db, tmp_path: Path
) -> None:
    clock = FakeClock()
    store, sid = RoomStore(db, clock), builtin_session.id
    budi, siti = add_people(db, builtin_session, "Budi Santoso", "Siti Aminah")
    codes = store.codes.ensure(sid)
    question = open_question(store, builtin_session, QuestionKind.QUIZ)
    clock.advance(8)
    store.record_answer(sid, question.id, DEVICE_B, "siti-0001", 1, codes[siti])
    clock.advance(5)
    store.record_answer(sid, question.id, DEVICE_A, "budi-0001", 1, codes[budi])
    found = quiz_standings(db, sid, question.activity_id)
    expected = [(1, "Siti Aminah", 8.0), (2, "Budi Santoso", 13.0)]
    assert [(s.rank, s.name, s.seconds) for s in found.people] == expected
    path = tmp_path / "s.lokakarya"
    export_bundle(db, sid, path)
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        import_bundle(other.db, path, tmp_path / "backups")
        moved = quiz_standings(other.db, sid, question.activity_id)
        assert [(s.rank, s.name, s.seconds) for s in moved.people] == expected
    finally:
        other.db.close()

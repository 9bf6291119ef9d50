"""One quiz's per-person scores read from the store for the wall, and what a redacted bundle
leaves of them on another laptop: answers without their person, so nobody ranked."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from facilitation.room.questions import QuestionKind
from facilitation.session import Session
from storage.bundles import export_bundle, import_bundle
from storage.database import open_store
from storage.room.standings import quiz_standings
from storage.room.store import RoomStore
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

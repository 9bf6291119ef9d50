"""A session with an activity, participants and a few room questions, for the room tests."""

from __future__ import annotations

import sqlite_utils

from facilitation.participants import Participant
from facilitation.room.questions import Question, QuestionKind, QuestionState
from facilitation.session import Session
from storage.participants import ParticipantRepository
from storage.room.store import RoomStore

DEVICE_A = "deviceAAAA0001"
DEVICE_B = "deviceBBBB0002"


def first_activity(session: Session) -> str:
    return session.days[0].activities[0].id


def as_an_older_sample(db: sqlite_utils.Database, session: Session) -> Session:
    """The sample session as a store made before it had room questions holds it: for tests
    that count or score a room's questions from none."""
    with db.conn:
        db.execute("DELETE FROM room_questions WHERE session_id=?", [session.id])
    return session


def add_people(db: sqlite_utils.Database, session: Session, *names: str) -> list[str]:
    repo = ParticipantRepository(db)
    return [repo.add(session.id, Participant(name=name)).id for name in names]


def open_question(
    store: RoomStore, session: Session, kind: QuestionKind, **fields: object
) -> Question:
    defaults: dict[str, object] = {"prompt": f"Pertanyaan {kind}"}
    if kind in (QuestionKind.POLL_SINGLE, QuestionKind.POLL_MULTI):
        defaults["options"] = ["Merah", "Hijau", "Biru"]
    if kind in (QuestionKind.QUIZ, QuestionKind.PRE_TEST, QuestionKind.POST_TEST):
        defaults |= {"options": ["A", "B", "C"], "correct": [1]}
    if kind is QuestionKind.REACTION:
        defaults["options"] = ["Pembukaan", "Fasilitator"]
    question = Question(
        session_id=session.id,
        activity_id=first_activity(session),
        kind=kind,
        **(defaults | fields),  # type: ignore[arg-type]
    )
    store.questions.save(question)
    store.questions.set_state(session.id, question.id, QuestionState.OPEN)
    return store.questions.question(session.id, question.id)

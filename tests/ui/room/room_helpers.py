"""A live room on the sample session's store, its starlette app and a test client."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import sqlite_utils
from starlette.testclient import TestClient

from facilitation.room.questions import Question, QuestionKind, QuestionState
from facilitation.session import Session
from storage.room.store import RoomStore
from ui.common.context import _file_of
from ui.room.asgi import room_app
from ui.room.live import LiveRoom
from ui.room.server import page_folder, phone_texts
from ui.room.store_link import StoreLink, plan_question


def token() -> str:
    return secrets.token_hex(12)


def answer(question_id: str, **fields: object) -> dict[str, object]:
    return {"type": "answer", "id": token(), "question": question_id, **fields}


def live_room(db: sqlite_utils.Database, session: Session, language: str = "id") -> LiveRoom:
    path = _file_of(db)
    assert path is not None
    return LiveRoom(session.id, language=language, link=StoreLink(path))


def client(room: LiveRoom) -> TestClient:
    return TestClient(room_app(room, page_folder(), phone_texts()))


def plan(
    db: sqlite_utils.Database, session: Session, kind: QuestionKind, **fields: object
) -> Question:
    """A question prepared in the Plan for the session's first activity (a draft)."""
    defaults: dict[str, object] = {"prompt": f"Pertanyaan {kind}"}
    if kind in (QuestionKind.POLL_SINGLE, QuestionKind.POLL_MULTI):
        defaults["options"] = ["Merah", "Hijau", "Biru"]
    if kind in (QuestionKind.QUIZ, QuestionKind.PRE_TEST, QuestionKind.POST_TEST):
        defaults |= {"options": ["A", "B", "C"], "correct": [1]}
    if kind is QuestionKind.REACTION:
        defaults["options"] = ["Pembukaan", "Fasilitator"]
    question = Question(
        session_id=session.id,
        activity_id=session.days[0].activities[0].id,
        kind=kind,
        **(defaults | fields),  # type: ignore[arg-type]
    )
    return RoomStore(db).questions.save(question)


def put_on_open(room: LiveRoom, db: sqlite_utils.Database, question: Question) -> None:
    """As the Run page does: open in the store, then on the phones and open there."""
    RoomStore(db).questions.set_state(question.session_id, question.id, QuestionState.OPEN)
    room.put_on(plan_question(question))
    room.set_accepting(True)


def joined(test_client: TestClient, room: LiveRoom, device: str):  # noqa: ANN201
    """A WebSocket that said hello; the caller reads the first state."""
    socket = test_client.websocket_connect(f"/{room.code}/ws")
    return socket, json.dumps({"device": device})


def page_size() -> int:
    return sum(p.stat().st_size for p in Path(page_folder()).iterdir() if p.is_file())

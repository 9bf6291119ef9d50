"""The phone server writes answers from its own thread and connection while the laptop's
own window writes notes: every answer is stored, in its own transaction, and none is lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from facilitation.notes import Note
from facilitation.room.questions import QuestionKind
from storage.database import connect
from storage.notes import NoteRepository
from storage.room.store import RoomStore
from tests.storage.room_helpers import open_question


@pytest.mark.attack("concurrent writers")
def test_answers_from_a_server_thread_and_notes_from_the_window_both_land(
    db, builtin_session, data_dir: Path
) -> None:
    ui_store = RoomStore(db)
    poll = open_question(ui_store, builtin_session, QuestionKind.POLL_SINGLE)
    sid = builtin_session.id
    path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    errors: list[BaseException] = []

    def server() -> None:
        own = connect(path)
        try:
            store = RoomStore(own)
            for phone in range(150):
                store.record_answer(sid, poll.id, f"phone-{phone:05d}", f"answer-{phone:05d}", 0)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            errors.append(error)
        finally:
            own.close()

    thread = threading.Thread(target=server)
    thread.start()
    notes = NoteRepository(db)
    for number in range(60):
        notes.add(Note(session_id=sid, text=f"catatan {number}"))
    thread.join(timeout=60)
    assert errors == [] and not thread.is_alive()
    assert len(ui_store.answers(sid, poll.id)) == 150
    assert len(notes.for_session(sid)) == 60

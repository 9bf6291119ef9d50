"""Templates and copied sessions carry their questions, never the answers."""

from __future__ import annotations

import dataclasses
from datetime import date

import sqlite_utils

from facilitation.library import Library, Template
from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.room.templates import copied_questions, template_questions
from facilitation.session import Session
from storage.room.store import RoomStore
from storage.sessions import SessionRepository
from tests.storage.room_helpers import DEVICE_A, open_question

PRE_TEST = {
    "kind": "pre_test",
    "prompt": {"id": "Apa kepanjangan KKN?", "en": "What does KKN stand for?"},
    "options": {"id": ["Kolusi, korupsi, nepotisme", "Kuliah kerja nyata"], "en": ["A", "B"]},
    "correct": [0],
}


def _without_questions(template: Template) -> Template:
    days = tuple(
        (start, end, tuple(dataclasses.replace(item, questions=()) for item in items))
        for start, end, items in template.days
    )
    return dataclasses.replace(template, days=days)


def test_a_template_activity_brings_its_questions(
    db: sqlite_utils.Database, library: Library
) -> None:
    template = _without_questions(next(iter(library.templates.values())))
    first_day = template.days[0]
    item = dataclasses.replace(first_day[2][0], questions=(PRE_TEST,))
    template = dataclasses.replace(
        template, days=((first_day[0], first_day[1], (item, *first_day[2][1:])), *template.days[1:])
    )
    session = template.instantiate("id", date(2026, 3, 2))
    SessionRepository(db).create(session)
    RoomStore(db).questions.save_all(template_questions(template, session, "id"))
    [question] = RoomStore(db).questions.questions(session.id)
    assert question.activity_id == session.days[0].activities[0].id
    assert (question.kind, question.prompt) == (QuestionKind.PRE_TEST, "Apa kepanjangan KKN?")
    assert question.options[0] == "Kolusi, korupsi, nepotisme" and question.correct == [0]


def test_shipped_templates_have_valid_questions(library: Library) -> None:
    for template in library.templates.values():
        session = template.instantiate("en", date(2026, 3, 2))
        template_questions(template, session, "en")  # raises on an invalid one


def test_a_copied_session_has_the_questions_as_drafts_and_no_answers(
    db: sqlite_utils.Database, builtin_session: Session
) -> None:
    store = RoomStore(db)
    poll = open_question(store, builtin_session, QuestionKind.POLL_SINGLE)
    store.record_answer(builtin_session.id, poll.id, DEVICE_A, "answer-0001", 0)
    sessions = SessionRepository(db)
    copy = sessions.duplicate(builtin_session.id, "Salinan")
    source = sessions.get(builtin_session.id)
    store.questions.save_all(
        copied_questions(store.questions.questions(builtin_session.id), source, copy)
    )
    copies = store.questions.questions(copy.id)  # the sample's own questions come along too
    assert len(copies) == len(store.questions.questions(builtin_session.id))
    assert all(q.state is QuestionState.DRAFT for q in copies)
    [twin] = [q for q in copies if q.prompt == poll.prompt]
    assert twin.id != poll.id and twin.state is QuestionState.DRAFT
    assert twin.activity_id == copy.days[0].activities[0].id and twin.options == poll.options
    assert store.session_answers(copy.id) == []

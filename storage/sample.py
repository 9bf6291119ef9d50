"""The first run's sample session: the one-day Cerdas Nurani training with its agenda."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from facilitation.library import SAMPLE_TEMPLATE_KEY, Library
from facilitation.room.templates import template_questions
from facilitation.session import Session
from storage.facts import get_fact, set_fact
from storage.room.questions import RoomQuestions
from storage.sessions import SessionRepository

SAMPLE_FACT = "sample_session_created"


def ensure_sample_session(
    db: sqlite_utils.Database, library: Library, lang: str, today: date
) -> Session | None:
    """Create the sample once per store; a user who trashes it is not given it again."""
    if get_fact(db, SAMPLE_FACT):
        return None
    template = library.template(SAMPLE_TEMPLATE_KEY)
    session = template.instantiate(lang, today)
    with db.atomic():
        session = SessionRepository(db).create(session)  # with its stored times (frozen)
        RoomQuestions(db).save_all(template_questions(template, session, lang))
        set_fact(db, SAMPLE_FACT, session.id)
    return session

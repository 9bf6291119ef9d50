"""The first run's sample session: the one-day Cerdas Nurani training with its agenda."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from facilitation.library import SAMPLE_TEMPLATE_KEY, Library
from facilitation.session import Session
from storage.facts import get_fact, set_fact
from storage.sessions import SessionRepository

SAMPLE_FACT = "sample_session_created"


def ensure_sample_session(
    db: sqlite_utils.Database, library: Library, lang: str, today: date
) -> Session | None:
    """Create the sample once per store; a user who trashes it is not given it again."""
    if get_fact(db, SAMPLE_FACT):
        return None
    session = library.template(SAMPLE_TEMPLATE_KEY).instantiate(lang, today)
    with db.atomic():
        SessionRepository(db).create(session)
        set_fact(db, SAMPLE_FACT, session.id)
    return session

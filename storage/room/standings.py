"""One quiz's per-person scores, read from the store for the wall's leaderboard."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from facilitation.room.leaderboard import Standing, anonymous_phones, quiz_questions, standings
from storage.room.store import RoomStore


@dataclass(frozen=True)
class QuizStandings:
    people: tuple[Standing, ...]  # ranked; only people who answered with their personal code
    anonymous: int  # phones that answered without a code (not ranked)
    questions: int  # the quiz's questions


def quiz_standings(db: sqlite_utils.Database, session_id: str, activity_id: str) -> QuizStandings:
    """The activity's quiz (its quiz questions), scored per person: one query per question
    and one for the names, read on demand (a toggle), never per answer."""
    store = RoomStore(db)
    quiz = quiz_questions(store.questions.questions(session_id, activity_id))
    if not quiz:
        return QuizStandings((), 0, 0)
    answers = [answer for question in quiz for answer in store.answers(session_id, question.id)]
    linked = {a.participant_id for a in answers if a.participant_id}
    names = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT id, name FROM participants WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        )
        if row[0] in linked
    }
    return QuizStandings(
        tuple(standings(quiz, answers, names)), anonymous_phones(quiz, answers), len(quiz)
    )

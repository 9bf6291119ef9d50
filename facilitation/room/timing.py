"""How long people took to answer a quiz, to break a tie in its standings fairly.

The store keeps when an answer arrived (`received_at`); when a question was opened is kept in
the question's settings, `settings["opened"]`: the last MAX_OPENINGS openings as UTC stamps
(storage/room/questions.py adds one each time a closed question is opened). No new column:
the settings are a JSON object every version reads and carries, and ignores keys it does not
know. An answer took the time from the latest opening before it to its arrival.

A quiz with a question whose openings are unknown (opened by a version before this one, or
brought by such a bundle) or an answer that arrived before any recorded opening has no fair
answering time: its ties stay by name, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from facilitation.edit_times import parse_instant
from facilitation.room.questions import Question
from facilitation.room.records import Answer

OPENED = "opened"  # the settings key
MAX_OPENINGS = 10  # enough for a question closed and opened again; small in the settings


def opened_again(settings: Mapping[str, object], at: str) -> dict[str, object]:
    """The settings with one more opening at `at` (the oldest forgotten past MAX_OPENINGS)."""
    known = settings.get(OPENED)
    earlier = [t for t in known if isinstance(t, str)] if isinstance(known, list) else []
    return {**settings, OPENED: [*earlier, at][-MAX_OPENINGS:]}


def openings(question: Question) -> list[datetime]:
    """When the question was opened, earliest first; stamps that cannot be read are left out."""
    known = question.settings.get(OPENED)
    if not isinstance(known, list):
        return []
    return sorted(moment for t in known[:MAX_OPENINGS] if (moment := parse_instant(t)))


def seconds_to_answer(opened: list[datetime], received_at: str) -> float | None:
    """Seconds from the latest opening at or before the answer's arrival; None if unknown."""
    arrived = parse_instant(received_at)
    if arrived is None:
        return None
    before = [moment for moment in opened if moment <= arrived]
    return (arrived - before[-1]).total_seconds() if before else None


def answering_times(quiz: Iterable[Question], answers: Iterable[Answer]) -> dict[str, float]:
    """Participant id -> the seconds their answers to the quiz took, summed; {} when any
    answer's time is unknown (then no one's is compared)."""
    opened = {q.id: openings(q) for q in quiz}
    totals: dict[str, float] = {}
    for answer in answers:
        if answer.question_id not in opened or not answer.participant_id:
            continue
        seconds = seconds_to_answer(opened[answer.question_id], answer.received_at)
        if seconds is None:
            return {}
        totals[answer.participant_id] = totals.get(answer.participant_id, 0.0) + seconds
    return totals

"""A bundle's room rows checked across rows, by meaning: each answer must be a value its own
question could have stored, each post of the kind its question collects. The row rules
(facilitation/validation/room_tables.py) have already bounded every single value."""

from __future__ import annotations

import json

import sqlite_utils

from facilitation.room.answers import AnswerError, validate_answer
from facilitation.room.questions import Question, QuestionKind, QuestionState
from facilitation.room.records import PostKind
from storage.bundle_check import Bundle, BundleError
from storage.room.rows import question_from_row

_POST_KIND = {PostKind.IDEA: QuestionKind.IDEAS, PostKind.WORD: QuestionKind.WORD_CLOUD}


def check_room_rows(db: sqlite_utils.Database, bundle: Bundle) -> None:
    """BundleError("value_refused") for an answer or post its question could not hold."""
    tables = bundle.tables
    if not any(tables.get(name) for name in ("room_answers", "room_posts")):
        return
    questions = {
        row["id"]: question_from_row(dict(row))
        for row in db.query("SELECT * FROM room_questions WHERE session_id=?", [bundle.session_id])
    }
    for row in tables.get("room_questions", []):
        questions[row["id"]] = question_from_row(_with_defaults(row))
    for row in tables.get("room_answers", []):
        question = questions.get(row["question_id"])
        if question is None:
            continue  # a missing parent is refused when merged (missing_reference)
        if not _fits(question, row["value"]):
            raise BundleError("value_refused", "room_answers.value", "json_wrong_shape")
    for row in tables.get("room_posts", []):
        question = questions.get(row["question_id"])
        if question is not None and _POST_KIND[PostKind(row["kind"])] is not question.kind:
            raise BundleError("value_refused", "room_posts.kind", "unknown_choice")


def _fits(question: Question, stored: str) -> bool:
    try:
        value = json.loads(stored)
        question.state = QuestionState.OPEN
        return validate_answer(question, value) == value
    except (AnswerError, ValueError, RecursionError):
        return False


def _with_defaults(row: dict) -> dict:
    defaults = {"options": "[]", "correct": "[]", "settings": "{}", "targets": "[]"}
    defaults |= {"state": "draft", "results_shown": 0, "position": 0, "deleted_at": None}
    defaults |= {"created_at": row.get("updated_at", "")}
    return defaults | row

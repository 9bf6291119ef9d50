"""Rows of the room's tables <-> domain objects, and the write transaction they share."""

from __future__ import annotations

import json
import logging

from facilitation.room.questions import Question, QuestionKind, QuestionState, Target
from facilitation.room.records import Answer, Moderation, Post, PostKind
from storage import tolerant

log = logging.getLogger(__name__)


def loads(text: object, fallback: object, where: str) -> object:
    try:
        return json.loads(str(text))
    except ValueError:
        log.warning("unreadable JSON in %s", where)
        return fallback


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def question_from_row(row: dict) -> Question:
    where = f"room_questions {row['id']}"
    options = loads(row["options"], [], where)
    correct = loads(row["correct"], [], where)
    settings = loads(row["settings"], {}, where)
    targets = loads(row["targets"], [], where)
    return Question(
        id=row["id"],
        session_id=row["session_id"],
        activity_id=row["activity_id"],
        position=row["position"],
        kind=tolerant.choice(QuestionKind, row["kind"], QuestionKind.POLL_SINGLE, where),
        prompt=row["prompt"],
        options=[o for o in options if isinstance(o, str)] if isinstance(options, list) else [],
        correct=[i for i in correct if isinstance(i, int)] if isinstance(correct, list) else [],
        settings=settings if isinstance(settings, dict) else {},
        targets=[
            Target(str(t.get("kind", "")), str(t.get("key", "")))
            for t in (targets if isinstance(targets, list) else [])
            if isinstance(t, dict)
        ],
        state=tolerant.choice(QuestionState, row["state"], QuestionState.CLOSED, where),
        results_shown=bool(row["results_shown"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def question_to_row(question: Question) -> dict:
    return {
        "activity_id": question.activity_id,
        "kind": str(question.kind),
        "prompt": question.prompt,
        "options": dumps(question.options),
        "correct": dumps(question.correct),
        "settings": dumps(question.settings),
        "targets": dumps([{"kind": t.kind, "key": t.key} for t in question.targets]),
    }


def answer_from_row(row: dict) -> Answer:
    return Answer(
        id=row["id"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        device_token=row["device_key"],
        client_id=row["client_id"],
        participant_id=row["participant_id"],
        value=loads(row["value"], None, f"room_answers {row['id']}"),  # type: ignore[arg-type]
        received_at=row["received_at"],
        deleted_at=row["deleted_at"],
    )


def post_from_row(row: dict, upvotes: int = 0) -> Post:
    where = f"room_posts {row['id']}"
    return Post(
        id=row["id"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        kind=tolerant.choice(PostKind, row["kind"], PostKind.IDEA, where),
        text=row["text"],
        norm=row["norm"],
        device_token=row["device_key"],
        status=tolerant.choice(Moderation, row["status"], Moderation.PENDING, where),
        upvotes=upvotes,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )

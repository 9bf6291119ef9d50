"""What the room has said: answers (one per device per question) and posts (ideas and
cloud words, moderated before they show)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from facilitation.room.answers import AnswerValue

# Stored ids are made from the session, question and the phone's own ids, so the same answer
# sent twice (or by a hostile phone naming another session's id) can only ever be this
# session's row, and two laptops make the same id for the same answer.
_ROOM_NAMESPACE = uuid.UUID("5d1c3a70-8f0e-4d6b-9a55-1f2c0b7e6a11")


def stored_id(*parts: str) -> str:
    return str(uuid.uuid5(_ROOM_NAMESPACE, "\x1f".join(parts)))


class Moderation(StrEnum):
    PENDING = "pending"
    SHOWN = "shown"
    REJECTED = "rejected"


class PostKind(StrEnum):
    IDEA = "idea"
    WORD = "word"


class AnswerOutcome(StrEnum):
    STORED = "stored"  # the device's first answer to the question
    REPLACED = "replaced"  # a changed answer: the old one is superseded
    REPEATED = "repeated"  # this answer id was already received: nothing changed


@dataclass
class Answer:
    session_id: str
    question_id: str
    device_token: str
    client_id: str
    value: AnswerValue
    received_at: str
    participant_id: str | None = None
    id: str = ""
    deleted_at: str | None = None  # set when a newer answer of the device replaced it

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stored_id(
                self.session_id, self.question_id, self.device_token, self.client_id
            )


@dataclass
class Post:
    """An idea or question sent from a phone, or one normalised word of a cloud."""

    session_id: str
    question_id: str
    kind: PostKind
    text: str
    norm: str = ""  # the word's key (words only)
    device_token: str = ""  # who sent it first
    status: Moderation = Moderation.PENDING
    upvotes: int = 0
    id: str = ""
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.kind = PostKind(self.kind)
        self.status = Moderation(self.status)

"""The room while phones are in it: the question on, the answers so far, moderation.

Plain Python (no Qt), shared by the server's thread and the GUI thread under one lock. The
server calls :meth:`LiveRoom.submit` and :meth:`LiveRoom.phone_state`; the Run page opens,
closes, hides and reveals the question and moderates words and ideas. Whoever wants to know of
a change (the server to push the new state to every phone, the Qt bridge to repaint the
projector) adds a watcher; watchers are called outside the lock, in the thread that changed the
room, and must only hand the news on.

One room belongs to one session: a new session gets a new room (and a new room code), so the
answers of one session never reach another.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ui.room.questions import Answer, Kind, PhoneQuestion, Refused, checked_answer

CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read off a wall and typed
CODE_LENGTH = 6
IDEAS_PER_DEVICE = 5
POLL_GRACE = 45.0  # seconds a long-polling phone counts as joined after its last poll
SEEN_IDS = 50_000  # answer ids remembered, so a repeat after a reconnect changes nothing


class Link(Protocol):
    """Where answers are kept for good (ui/room/store_link.py: the session's SQLite store)."""

    def record(self, session_id: str, answer_id: str, answer: Answer, kind: Kind) -> None:
        """Store it (raises Refused(key) when the store refuses it)."""

    def upvote(self, session_id: str, question_id: str, idea: Idea, device: str) -> None: ...

    def transaction(self) -> AbstractContextManager[None]:
        """Several records in one commit (each still in its own savepoint)."""
        ...


def new_room_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Change(StrEnum):
    DEVICES = "devices"  # a phone joined or left
    ANSWERS = "answers"  # an answer or a vote arrived
    PUBLIC = "public"  # what phones see changed (question, open, reveal, shown results)


@dataclass
class Idea:
    id: str
    text: str
    device: str
    approved: bool | None = None  # None: waiting for the facilitator
    votes: frozenset[str] = frozenset()
    post_id: str = ""  # the store's id, when read back from it


@dataclass(frozen=True)
class Results:
    """Aggregates of the question on, for the laptop and (when revealed) projector and phones.
    No device token and no personal code is in here."""

    question: PhoneQuestion
    answered: int = 0
    counts: tuple[int, ...] = ()  # per option (polls, quizzes)
    distribution: tuple[int, ...] = ()  # per scale value 1..scale_max
    average: float | None = None
    words: tuple[tuple[str, int], ...] = ()  # approved, most first
    pending_words: tuple[tuple[str, int], ...] = ()
    ideas: tuple[tuple[str, str, int], ...] = ()  # approved (id, text, votes), most votes first
    pending_ideas: tuple[tuple[str, str], ...] = ()
    texts: int = 0  # free answers received
    averages: tuple[float | None, ...] = ()  # per rated line (reaction)

    def public(self) -> dict[str, object]:
        """What a phone sees once the facilitator reveals the results."""
        return {
            "answered": self.answered,
            "counts": list(self.counts),
            "distribution": list(self.distribution),
            "average": self.average,
            "words": [list(pair) for pair in self.words[:30]],
            "ideas": [list(idea) for idea in self.ideas[:20]],
            "averages": list(self.averages),
        }


class LiveRoom:
    def __init__(self, session_id: str, *, language: str = "id", link: Link | None = None):
        self.session_id = session_id
        self.code = new_room_code()
        self.language = language
        self.link = link
        self._lock = threading.RLock()
        self._watchers: list[Callable[[Change], None]] = []
        self.question: PhoneQuestion | None = None
        self.accepting = False
        self.revealed = False
        self.version = 1  # of what phones see; moves on every public change
        self._answers: dict[str, dict[str, Answer]] = {}
        self._ideas: dict[str, dict[str, Idea]] = {}
        self._word_verdicts: dict[str, dict[str, bool]] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._devices: dict[str, int] = {}  # device -> open connections
        self._polls: dict[str, float] = {}  # device -> when it last long-polled

    # -- watchers ---------------------------------------------------------------------------

    def add_watcher(self, watcher: Callable[[Change], None]) -> None:
        """watcher(change), from the thread that changed the room."""
        if watcher not in self._watchers:
            self._watchers.append(watcher)

    def _changed(self, change: Change) -> None:
        for watcher in list(self._watchers):
            watcher(change)

    def _public_change(self) -> None:
        with self._lock:
            self.version += 1
        self._changed(Change.PUBLIC)

    # -- the facilitator ----------------------------------------------------------------------

    def put_on(self, question: PhoneQuestion | None) -> None:
        """Show question on every phone (closed to answers until open()); None: a wait screen."""
        with self._lock:
            self.question = question
            self.accepting = False
            self.revealed = False
        self._public_change()

    def set_accepting(self, accepting: bool) -> None:
        with self._lock:
            self.accepting = accepting and self.question is not None
        self._public_change()

    def set_revealed(self, revealed: bool) -> None:
        with self._lock:
            self.revealed = revealed and self.question is not None
        self._public_change()

    def moderate_word(self, question_id: str, word: str, approved: bool) -> None:
        with self._lock:
            self._word_verdicts.setdefault(question_id, {})[word] = approved
        self._public_change()

    def moderate_idea(self, question_id: str, idea_id: str, approved: bool) -> None:
        with self._lock:
            idea = self._ideas.get(question_id, {}).get(idea_id)
            if idea is not None:
                idea.approved = approved
        self._public_change()

    def load(
        self,
        question: PhoneQuestion,
        answers: list[Answer],
        ideas: list[Idea],
        word_verdicts: dict[str, bool],
    ) -> None:
        """What the store already holds for question (the server restarted, the question is
        put on again): the live counts go on from there."""
        with self._lock:
            self._answers[question.id] = {a.device: a for a in answers}
            self._ideas[question.id] = {i.id: i for i in ideas}
            self._word_verdicts[question.id] = dict(word_verdicts)

    # -- devices ------------------------------------------------------------------------------

    def joined(self, device: str) -> None:
        with self._lock:
            self._devices[device] = self._devices.get(device, 0) + 1
        self._changed(Change.DEVICES)

    def left(self, device: str) -> None:
        with self._lock:
            left = self._devices.get(device, 0) - 1
            if left > 0:
                self._devices[device] = left
            else:
                self._devices.pop(device, None)
        self._changed(Change.DEVICES)

    def polled(self, device: str) -> None:
        """A phone on the long-poll fallback asked for the state: it counts as joined while
        it keeps asking (POLL_GRACE seconds)."""
        now = time.monotonic()
        with self._lock:
            known = device in self._polls and now - self._polls[device] < POLL_GRACE
            self._polls[device] = now
            if len(self._polls) > SEEN_IDS:
                self._polls = {d: t for d, t in self._polls.items() if now - t < POLL_GRACE}
        if not known:
            self._changed(Change.DEVICES)

    @property
    def device_count(self) -> int:
        now = time.monotonic()
        with self._lock:
            polling = {d for d, t in self._polls.items() if now - t < POLL_GRACE}
            return len(polling | set(self._devices))

    # -- the phones ---------------------------------------------------------------------------

    def phone_state(self) -> dict[str, object]:
        """The full state every phone gets on every (re)connect and after every change."""
        with self._lock:
            question = self.question
            state: dict[str, object] = {
                "type": "state",
                "version": self.version,
                "accepting": self.accepting,
                "revealed": self.revealed,
                "question": question.public(self.revealed) if question else None,
                "results": None,
            }
            if question is not None and self.revealed:
                state["results"] = self._results(question).public()
            if question is not None and question.kind is Kind.IDEAS:
                state["ideas"] = [
                    [i.id, i.text, len(i.votes)]
                    for i in self._ideas.get(question.id, {}).values()
                    if i.approved
                ][:50]
            return state

    def submit(self, device: str, message: dict[str, object]) -> dict[str, object]:
        """One answer (or upvote) from a phone: checked, stored, acknowledged. An id seen
        before is acknowledged again and changes nothing."""
        answer_id = message.get("id")
        if not isinstance(answer_id, str):
            return {"type": "refused", "id": None, "reason": "bad_message"}
        try:
            public = self._submit(device, answer_id, message)
        except Refused as refusal:
            return {"type": "refused", "id": answer_id, "reason": refusal.args[0]}
        self._changed(Change.ANSWERS)
        if public:
            self._public_change()
        return {"type": "ack", "id": answer_id}

    def _submit(self, device: str, answer_id: str, message: dict[str, object]) -> bool:
        with self._lock:
            if answer_id in self._seen:
                return False
            question = self.question
            if question is None or question.id != message.get("question"):
                raise Refused("not_current")
            if not self.accepting:
                raise Refused("closed")
            if message.get("type") == "upvote":
                public = self._upvote(question, device, message.get("idea"))
                self._remember(answer_id)
                return public
            answer = checked_answer(question, device, message)
            if question.kind is Kind.IDEAS:
                mine = [i for i in self._ideas.get(question.id, {}).values() if i.device == device]
                if len(mine) >= IDEAS_PER_DEVICE:
                    raise Refused("too_many")
            if self.link is not None:
                self.link.record(self.session_id, answer_id, answer, question.kind)
            if question.kind is Kind.IDEAS:
                ideas = self._ideas.setdefault(question.id, {})
                ideas[answer_id] = Idea(answer_id, answer.text, device)
            else:
                self._answers.setdefault(question.id, {})[device] = answer
            self._remember(answer_id)
            return self.revealed

    def _upvote(self, question: PhoneQuestion, device: str, idea_id: object) -> bool:
        idea = self._ideas.get(question.id, {}).get(idea_id) if isinstance(idea_id, str) else None
        if idea is None or not idea.approved:
            raise Refused("no_idea")
        if self.link is not None:
            self.link.upvote(self.session_id, question.id, idea, device)
        idea.votes = idea.votes | {device}
        return True

    def _remember(self, answer_id: str) -> None:
        self._seen[answer_id] = None
        if len(self._seen) > SEEN_IDS:
            self._seen.popitem(last=False)

    # -- results --------------------------------------------------------------------------------

    def results(self) -> Results | None:
        with self._lock:
            return self._results(self.question) if self.question else None

    def idea(self, question_id: str, idea_id: str) -> Idea | None:
        with self._lock:
            return self._ideas.get(question_id, {}).get(idea_id)

    def answers(self, question_id: str) -> list[Answer]:
        with self._lock:
            return list(self._answers.get(question_id, {}).values())

    def _results(self, question: PhoneQuestion) -> Results:
        answers = list(self._answers.get(question.id, {}).values())
        kind = question.kind
        if kind in (Kind.CHOICE, Kind.QUIZ):
            counts = [0] * len(question.options)
            for answer in answers:
                for choice in answer.choices:
                    counts[choice] += 1
            return Results(question, len(answers), counts=tuple(counts))
        if kind is Kind.SCALE:
            spread = [0] * question.scale_max
            for answer in answers:
                spread[(answer.value or 1) - 1] += 1
            average = sum(a.value or 0 for a in answers) / len(answers) if answers else None
            return Results(question, len(answers), distribution=tuple(spread), average=average)
        if kind is Kind.WORDS:
            tally: dict[str, int] = {}
            for answer in answers:
                tally[answer.text] = tally.get(answer.text, 0) + 1
            verdicts = self._word_verdicts.get(question.id, {})
            ranked = sorted(tally.items(), key=lambda pair: (-pair[1], pair[0]))
            return Results(
                question,
                len(answers),
                words=tuple(p for p in ranked if verdicts.get(p[0]) is True),
                pending_words=tuple(p for p in ranked if p[0] not in verdicts),
            )
        if kind is Kind.IDEAS:
            ideas = list(self._ideas.get(question.id, {}).values())
            approved = sorted(
                (i for i in ideas if i.approved), key=lambda i: (-len(i.votes), i.text)
            )
            return Results(
                question,
                len({i.device for i in ideas}),
                ideas=tuple((i.id, i.text, len(i.votes)) for i in approved),
                pending_ideas=tuple((i.id, i.text) for i in ideas if i.approved is None),
            )
        if kind is Kind.REACTION:
            lines = list(zip(*(a.ratings for a in answers), strict=True)) if answers else []
            rated = [[r for r in line if r is not None] for line in lines]
            return Results(
                question,
                len(answers),
                counts=tuple(len(r) for r in rated),
                averages=tuple(sum(r) / len(r) if r else None for r in rated),
            )
        return Results(question, len(answers), texts=len(answers))

"""The phone's messages as the server reads them: size-capped, shape-checked, rate-limited.

Everything a phone sends is untrusted. A message is a JSON object of at most MAX_MESSAGE bytes
with a known type and an id of its own; anything else is refused with a key the phone
translates, and changes nothing. Plain Python: the hypothesis tests fuzz it directly.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable

MAX_MESSAGE = 2048  # bytes of one WebSocket message or one answer in a POST
MAX_BODY = 8192  # bytes of a POST body (a few queued answers)
MAX_BATCH = 8  # answers in one POST
TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")  # device tokens and answer ids
QUESTION_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
TYPES = ("answer", "upvote", "ping")


class BadMessage(ValueError):
    """args[0] is a key the phone translates."""


def valid_token(value: object) -> bool:
    return isinstance(value, str) and TOKEN.fullmatch(value) is not None


def parse_message(raw: str | bytes) -> dict[str, object]:
    """One message from a phone, or BadMessage."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_MESSAGE:
            raise BadMessage("too_big")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise BadMessage("bad_message") from error
    if len(raw) > MAX_MESSAGE or len(raw.encode("utf-8", "surrogatepass")) > MAX_MESSAGE:
        raise BadMessage("too_big")
    try:
        message = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise BadMessage("bad_message") from error
    return checked_message(message)


def checked_message(message: object) -> dict[str, object]:
    if not isinstance(message, dict) or message.get("type") not in TYPES:
        raise BadMessage("bad_message")
    if message["type"] == "ping":
        return {"type": "ping"}
    if not valid_token(message.get("id")):
        raise BadMessage("bad_message")
    question = message.get("question")
    if not isinstance(question, str) or not QUESTION_ID.fullmatch(question):
        raise BadMessage("bad_message")
    kept = {"type", "id", "question", "choices", "value", "text", "code", "idea"}
    return {key: value for key, value in message.items() if key in kept}


def parse_batch(body: bytes) -> list[dict[str, object]]:
    """The long-poll fallback's POST: a JSON list of messages."""
    if len(body) > MAX_BODY:
        raise BadMessage("too_big")
    try:
        batch = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise BadMessage("bad_message") from error
    if not isinstance(batch, list) or len(batch) > MAX_BATCH:
        raise BadMessage("bad_message")
    for message in batch:
        if len(json.dumps(message, ensure_ascii=False)) > MAX_MESSAGE:
            raise BadMessage("too_big")
    return [checked_message(message) for message in batch]


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


class RateLimit:
    """A token bucket per device: a burst of `burst` messages, then `rate` a second. The table
    is bounded: the quietest devices are forgotten first."""

    def __init__(
        self,
        rate: float = 5.0,
        burst: float = 20.0,
        devices: int = 5000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate, self.burst, self.devices, self.clock = rate, burst, devices, clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, device: str) -> bool:
        now = self.clock()
        tokens, last = self._buckets.pop(device, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[device] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > self.devices:
            del self._buckets[next(iter(self._buckets))]
        return allowed

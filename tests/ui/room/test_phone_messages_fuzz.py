"""Whatever a phone sends, the server answers with a refusal it can translate, or an ack for a
well-formed answer: nothing raises, and a refused message changes nothing."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ui.room.live import LiveRoom
from ui.room.protocol import MAX_MESSAGE, BadMessage, RateLimit, parse_batch, parse_message
from ui.room.questions import Kind, PhoneQuestion

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["answer", "upvote", "ping", "state", ""]) | st.text(max_size=8),
        "id": st.sampled_from(["a" * 20, "b" * 16, "x"]) | st.text(max_size=70),
        "question": st.sampled_from(["q1", "q2"]) | st.text(max_size=70),
        "choices": json_values,
        "value": json_values,
        "text": json_values,
        "ratings": json_values,
        "code": json_values,
        "idea": json_values,
    },
)
QUESTIONS = [
    PhoneQuestion("q1", Kind.CHOICE, "Poll", ("A", "B", "C"), multiple=True),
    PhoneQuestion("q1", Kind.QUIZ, "Quiz", ("A", "B"), correct=(1,), needs_code=True),
    PhoneQuestion("q1", Kind.SCALE, "Scale", scale_max=10),
    PhoneQuestion("q1", Kind.WORDS, "Words"),
    PhoneQuestion("q1", Kind.IDEAS, "Ideas"),
    PhoneQuestion("q1", Kind.TEXT, "Commitment"),
    PhoneQuestion("q1", Kind.REACTION, "Reaction", ("Sesi 1", "Fasilitator")),
]
fuzz = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.attack("phone-messages")
@fuzz
@given(raw=st.text(max_size=300) | st.binary(max_size=300))
def test_any_text_is_read_or_refused(raw: str | bytes) -> None:
    try:
        message = parse_message(raw)
    except BadMessage as refusal:
        assert refusal.args[0] in ("bad_message", "too_big")
    else:
        assert message["type"] in ("answer", "upvote", "ping")


@pytest.mark.attack("phone-messages")
@fuzz
@given(message=fields)
def test_any_json_message_is_read_or_refused(message: dict) -> None:
    raw = json.dumps(message)
    try:
        parsed = parse_message(raw)
    except BadMessage:
        return
    assert set(parsed) <= {"type", "id", "question", "choices", "value", "text", "code", "idea"}


@pytest.mark.attack("phone-messages")
@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: str(q.kind))
@fuzz
@given(message=fields)
def test_a_refused_answer_changes_nothing(question: PhoneQuestion, message: dict) -> None:
    room = LiveRoom("session")
    room.put_on(question)
    room.set_accepting(True)
    before = (room.results(), room.version)
    reply = room.submit("device-token-0001", message)
    assert reply["type"] in ("ack", "refused")
    if reply["type"] == "refused":
        assert (room.results(), room.version) == before
        assert isinstance(reply["reason"], str)
    json.dumps(room.phone_state())  # whatever was accepted can be sent to every phone


@pytest.mark.attack("phone-messages")
@pytest.mark.parametrize(
    "raw",
    [
        "x" * (MAX_MESSAGE + 1),
        "[" * 5000 + "]" * 5000,
        '{"type": "answer", "id": "aaaaaaaaaaaaaaaaaaaa", "question": "q1", "value": NaN}',
        '{"type": "answer", "id": "aaaaaaaaaaaaaaaaaaaa", "question": "q1", "value": Infinity}',
        '{"type": "answer", "id": "' + "a" * 65 + '", "question": "q1"}',
        '{"type": "answer", "id": "../../../etc", "question": "q1"}',
        '{"type": "answer", "id": "aaaaaaaaaaaaaaaaaaaa", "question": "<script>"}',
        '"just a string"',
        "\udcff",
    ],
)
def test_hostile_messages_are_refused(raw: str) -> None:
    with pytest.raises(BadMessage):
        parse_message(raw)


@pytest.mark.attack("phone-messages")
def test_a_batch_too_long_or_too_big_is_refused() -> None:
    one = {"type": "ping"}
    with pytest.raises(BadMessage):
        parse_batch(json.dumps([one] * 9).encode())
    with pytest.raises(BadMessage):
        parse_batch(json.dumps([{"type": "answer", "text": "x" * 3000}]).encode())


@pytest.mark.attack("phone-messages")
def test_user_text_reaches_phones_as_data_never_as_markup() -> None:
    """The phone puts text in with textContent only; the server keeps it as it came (the
    page's test checks no innerHTML is used)."""
    room = LiveRoom("session")
    question = PhoneQuestion("q1", Kind.IDEAS, "<img src=x onerror=alert(1)>")
    room.put_on(question)
    room.set_accepting(True)
    reply = room.submit(
        "device-token-0001",
        {"type": "answer", "id": "i" * 20, "question": "q1", "text": "<script>x</script>"},
    )
    assert reply["type"] == "ack"
    idea_id = room.results().pending_ideas[0][0]
    room.moderate_idea("q1", idea_id, True)
    state = json.loads(json.dumps(room.phone_state()))
    assert state["ideas"] == [[idea_id, "<script>x</script>", 0]]


def test_the_rate_limit_lets_a_burst_through_then_a_few_a_second() -> None:
    now = [0.0]
    limit = RateLimit(rate=5, burst=10, clock=lambda: now[0])
    assert sum(limit.allow("d") for _ in range(30)) == 10
    now[0] += 1.0
    assert sum(limit.allow("d") for _ in range(30)) == 5
    assert limit.allow("another device")


def test_the_rate_limit_forgets_the_quietest_devices_first() -> None:
    limit = RateLimit(devices=3)
    for device in "abcd":
        limit.allow(device)
    assert len(limit._buckets) == 3 and "a" not in limit._buckets

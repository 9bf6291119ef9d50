"""Whatever order phones send, resend and change their answers in, each phone ends with the
last answer it sent and a resend changes nothing (checked against a plain model)."""

from __future__ import annotations

import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.room.questions import QuestionKind
from storage.migrations import migrate
from storage.room.store import RoomStore
from tests.report_fixtures import sample_session
from tests.storage.room_helpers import open_question

PHONES = [f"phone-{n:05d}" for n in range(3)]
SENDS = st.lists(
    st.tuples(st.sampled_from(PHONES), st.integers(0, 5), st.integers(0, 2)), max_size=25
)


@settings(max_examples=30, deadline=None)
@given(sends=SENDS)
def test_each_phone_keeps_its_last_new_answer(sends: list[tuple[str, int, int]]) -> None:
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    session = sample_session(db)
    store = RoomStore(db)
    poll = open_question(store, session, QuestionKind.POLL_SINGLE)
    expected: dict[str, int] = {}
    seen: set[tuple[str, int]] = set()
    for phone, message, choice in sends:
        client_id = f"msg-{phone}-{message}"
        value = (message + choice) % 3  # the same message always carries the same value
        store.record_answer(session.id, poll.id, phone, client_id, value)
        if (phone, message) not in seen:  # a resend of an earlier message changes nothing
            seen.add((phone, message))
            expected[phone] = value
    current = {a.device_token: a.value for a in store.answers(session.id, poll.id)}
    assert current == {phone: [value] for phone, value in expected.items()}
    db.close()

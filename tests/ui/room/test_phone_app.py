"""The phones' side of the server through starlette's test client: joining by the room code,
answers stored before they are acknowledged, a repeat changing nothing, the full state on every
connection, and nothing private ever in what a phone receives."""

from __future__ import annotations

import json
import re

import pytest

from facilitation.room.questions import QuestionKind
from storage.participants import ParticipantRepository
from storage.room.store import RoomStore
from tests.ui.room.room_helpers import (
    answer,
    client,
    live_room,
    page_size,
    plan,
    put_on_open,
    token,
)
from ui.room.server import phone_texts


def test_the_qr_address_opens_the_page_with_its_files(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    phone = client(room)
    entry = phone.get(f"/{room.code}", follow_redirects=False)
    assert entry.status_code == 307 and entry.headers["location"] == f"/{room.code}/"
    page = phone.get(f"/{room.code}/")
    assert page.status_code == 200 and "room.js" in page.text
    assert phone.get(f"/{room.code}/room.js").headers["content-type"].startswith("text/javascript")
    assert phone.get(f"/{room.code}/room.css").status_code == 200
    texts = phone.get(f"/{room.code}/texts.json").json()
    assert texts["lang"] == "id" and texts["send"] == "Kirim"


def test_the_page_speaks_the_sessions_language(db, builtin_session) -> None:
    room = live_room(db, builtin_session, language="en")
    assert client(room).get(f"/{room.code}/texts.json").json()["send"] == "Send"


def test_both_languages_have_every_text() -> None:
    texts = phone_texts()
    assert texts["id"].keys() == texts["en"].keys()
    assert all(texts["id"].values()) and all(texts["en"].values())


def test_the_phone_page_is_under_sixty_kilobytes() -> None:
    assert page_size() < 60 * 1024


def test_the_page_uses_no_javascript_newer_than_es2017() -> None:
    from ui.room.server import page_folder

    script = (page_folder() / "room.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.DOTALL)
    for newer in ("?.", "??", "...", ".flat(", "catch {", "innerHTML", "outerHTML"):
        assert newer not in code, newer


def test_a_vote_is_stored_before_it_is_acknowledged(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    put_on_open(room, db, poll)
    device = token()
    with client(room).websocket_connect(f"/{room.code}/ws") as socket:
        socket.send_text(json.dumps({"device": device}))
        state = socket.receive_json()
        assert state["question"]["text"] == poll.prompt and state["accepting"]
        vote = answer(poll.id, choices=[1])
        socket.send_text(json.dumps(vote))
        assert socket.receive_json() == {"type": "ack", "id": vote["id"]}
        assert [a.value for a in RoomStore(db).answers(builtin_session.id, poll.id)] == [[1]]
        changed = answer(poll.id, choices=[2])
        socket.send_text(json.dumps(changed))
        assert socket.receive_json()["type"] == "ack"
        socket.send_text(json.dumps(vote))  # the first vote again, after a reconnect
        assert socket.receive_json() == {"type": "ack", "id": vote["id"]}
    assert [a.value for a in RoomStore(db).answers(builtin_session.id, poll.id)] == [[2]]
    assert room.results().counts == (0, 0, 1)


def test_every_connection_starts_with_the_full_state(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    scale = plan(db, builtin_session, QuestionKind.SCALE, settings={"scale_max": 10})
    put_on_open(room, db, scale)
    phone = client(room)
    with phone.websocket_connect(f"/{room.code}/ws") as socket:
        socket.send_text(json.dumps({"device": token()}))
        first = socket.receive_json()
    with phone.websocket_connect(f"/{room.code}/ws") as socket:
        socket.send_text(json.dumps({"device": token()}))
        again = socket.receive_json()
    assert first == again and first["question"]["scale_max"] == 10
    polled = phone.get(f"/{room.code}/poll?since=0").json()
    assert polled == first


def test_the_long_poll_fallback_sends_and_acknowledges(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    words = plan(db, builtin_session, QuestionKind.WORD_CLOUD)
    put_on_open(room, db, words)
    device = token()
    reply = client(room).post(
        f"/{room.code}/send?device={device}", json=[answer(words.id, text="Integritas!")]
    )
    assert reply.status_code == 200
    assert reply.json()["replies"][0]["type"] == "ack"
    assert room.results().pending_words == (("integritas", 1),)


def test_a_quiz_hides_its_right_answer_until_revealed(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    quiz = plan(db, builtin_session, QuestionKind.QUIZ)
    put_on_open(room, db, quiz)
    phone = client(room)
    hidden = phone.get(f"/{room.code}/poll").json()
    assert "correct" not in hidden["question"] and hidden["results"] is None
    room.set_revealed(True)
    shown = phone.get(f"/{room.code}/poll").json()
    assert shown["question"]["correct"] == [1] and shown["results"]["counts"] == [0, 0, 0]


def test_a_pre_test_answer_needs_a_known_personal_code(db, builtin_session) -> None:
    store = RoomStore(db)
    people = ParticipantRepository(db)
    from facilitation.participants import Participant

    person = people.add(builtin_session.id, Participant(name="Siti Rahma")).id
    code = store.codes.ensure(builtin_session.id)[person]
    room = live_room(db, builtin_session)
    test = plan(db, builtin_session, QuestionKind.PRE_TEST)
    put_on_open(room, db, test)
    phone = client(room)
    device = token()
    with phone.websocket_connect(f"/{room.code}/ws") as socket:
        socket.send_text(json.dumps({"device": device}))
        state = socket.receive_json()
        assert state["question"]["needs_code"] is True
        socket.send_text(json.dumps(answer(test.id, choices=[1])))
        assert socket.receive_json()["reason"] == "code_needed"
        socket.send_text(json.dumps(answer(test.id, choices=[1], code="ZZZZZ")))
        assert socket.receive_json()["reason"] == "code_unknown"
        socket.send_text(json.dumps(answer(test.id, choices=[1], code=code.lower())))
        assert socket.receive_json()["type"] == "ack"
    stored = store.answers(builtin_session.id, test.id)
    assert [(a.value, a.participant_id) for a in stored] == [([1], person)]
    room.set_revealed(True)
    seen = phone.get(f"/{room.code}/poll").text  # what any phone gets now
    for private in (person, code, device, "Siti"):
        assert private not in seen


def test_ideas_wait_for_the_facilitator_then_take_votes(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    ideas = plan(db, builtin_session, QuestionKind.IDEAS)
    put_on_open(room, db, ideas)
    phone = client(room)
    author, voter = token(), token()
    idea = answer(ideas.id, text="Rapat <b>tiap</b> Senin")
    phone.post(f"/{room.code}/send?device={author}", json=[idea])
    assert phone.get(f"/{room.code}/poll").json()["ideas"] == []  # waiting: not on phones
    ((idea_id, text),) = room.results().pending_ideas
    room.moderate_idea(ideas.id, idea_id, True)
    assert phone.get(f"/{room.code}/poll").json()["ideas"] == [[idea_id, text, 0]]
    vote = {"type": "upvote", "id": token(), "question": ideas.id, "idea": idea_id}
    store = RoomStore(db)
    from facilitation.room.records import Moderation
    from ui.room.store_link import post_id

    store.moderate(builtin_session.id, post_id(room, ideas.id, "idea", idea_id), Moderation.SHOWN)
    reply = phone.post(f"/{room.code}/send?device={voter}", json=[vote]).json()
    assert reply["replies"][0]["type"] == "ack"
    assert reply["state"]["ideas"] == [[idea_id, "Rapat <b>tiap</b> Senin", 1]]
    assert store.posts(builtin_session.id, ideas.id)[0].upvotes == 1


def test_a_closed_question_takes_no_answer(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    put_on_open(room, db, poll)
    room.set_accepting(False)
    reply = client(room).post(
        f"/{room.code}/send?device={token()}", json=[answer(poll.id, choices=[0])]
    )
    assert reply.json()["replies"][0]["reason"] == "closed"
    assert RoomStore(db).answers(builtin_session.id, poll.id) == []


@pytest.mark.attack("room-server")
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/wrongcode/",
        "/wrongcode/room.js",
        "/{code}/../setup.cfg",
        "/{code}/..%2f..%2fsetup.cfg",
        "/{code}/%2fetc%2fpasswd",
        "/{code}/%2e%2e/main.py",
        "/{code}/README.md",
        "/{code}/poll/../../etc/passwd",
    ],
)
def test_nothing_is_served_without_the_code_or_outside_the_page_folder(
    db, builtin_session, path
) -> None:
    room = live_room(db, builtin_session)
    reply = client(room).get(path.replace("{code}", room.code))
    assert reply.status_code == 404
    assert "content-security-policy" in reply.headers  # even on a refusal


@pytest.mark.attack("room-server")
def test_every_response_carries_a_strict_policy(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    reply = client(room).get(f"/{room.code}/")
    policy = reply.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["x-frame-options"] == "DENY"
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert reply.headers["cache-control"] == "no-store"


@pytest.mark.attack("room-server")
def test_a_host_header_cannot_write_into_the_policy(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    reply = client(room).get(f"/{room.code}/", headers={"host": "x; script-src 'unsafe-inline'"})
    assert "unsafe-inline" not in reply.headers["content-security-policy"]


@pytest.mark.attack("room-server")
def test_an_oversized_post_is_refused_and_stores_nothing(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.COMMITMENT)
    put_on_open(room, db, poll)
    big = [answer(poll.id, text="x" * 20_000)]
    reply = client(room).post(f"/{room.code}/send?device={token()}", json=big)
    assert reply.status_code == 413
    assert RoomStore(db).answers(builtin_session.id, poll.id) == []


@pytest.mark.attack("room-server")
def test_a_device_sending_too_fast_is_slowed_down(db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    put_on_open(room, db, poll)
    phone, device = client(room), token()
    reasons = []
    for _ in range(5):
        batch = [answer(poll.id, choices=[0]) for _ in range(8)]
        reply = phone.post(f"/{room.code}/send?device={device}", json=batch).json()
        reasons += [r.get("reason") for r in reply["replies"]]
    assert "slow_down" in reasons and reasons.count(None) <= 21


@pytest.mark.attack("room-server")
def test_a_socket_from_another_site_is_turned_away(db, builtin_session) -> None:
    from starlette.websockets import WebSocketDisconnect

    room = live_room(db, builtin_session)
    headers = {"origin": "http://evil.example"}
    with (
        pytest.raises(WebSocketDisconnect),
        client(room).websocket_connect(f"/{room.code}/ws", headers=headers) as socket,
    ):
        socket.receive_json()


@pytest.mark.attack("room-server")
def test_a_socket_without_a_device_token_is_closed(db, builtin_session) -> None:
    from starlette.websockets import WebSocketDisconnect

    room = live_room(db, builtin_session)
    with client(room).websocket_connect(f"/{room.code}/ws") as socket:
        socket.send_text(json.dumps({"device": "short"}))
        with pytest.raises(WebSocketDisconnect):
            socket.receive_json()
    assert room.device_count == 0


@pytest.mark.attack("room-server")
def test_answers_of_one_session_never_reach_another(db, builtin_session) -> None:
    """Another session's room, even one shown this session's question, stores nothing here."""
    from ui.room.live import LiveRoom
    from ui.room.store_link import StoreLink, plan_question

    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    mine = live_room(db, builtin_session)
    put_on_open(mine, db, poll)
    other = LiveRoom("another-session", link=StoreLink(mine.link.db_path))
    other.put_on(plan_question(poll))
    other.set_accepting(True)
    reply = client(other).post(
        f"/{other.code}/send?device={token()}", json=[answer(poll.id, choices=[0])]
    )
    assert reply.json()["replies"][0]["reason"] == "question_not_found"
    wrong_room = client(mine).post(
        f"/{other.code}/send?device={token()}", json=[answer(poll.id, choices=[0])]
    )
    assert wrong_room.status_code == 404 and other.code != mine.code
    assert RoomStore(db).session_answers(builtin_session.id) == []
    assert RoomStore(db).session_answers("another-session") == []

"""The real server: uvicorn in its thread on 127.0.0.1, real WebSocket clients, news reaching
the GUI as signals; it stops when asked, with the session and with the app."""

from __future__ import annotations

import asyncio
import json
import resource
import socket
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from websockets.sync.client import connect

from facilitation.room.questions import QuestionKind
from storage.room.store import RoomStore
from tests.ui.room.room_helpers import answer, live_room, plan, put_on_open, token
from ui.room.server import RoomServer


def ws_url(server: RoomServer) -> str:
    return server.url.replace("http://", "ws://") + "/ws"


def port_is_closed(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture
def server(qtbot):
    server = RoomServer()
    yield server
    server.stop()


def test_phones_answer_over_a_real_socket_and_the_gui_hears_of_it(
    qtbot, server, db, builtin_session
) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    put_on_open(room, db, poll)
    with qtbot.waitSignal(server.started):
        assert server.start(room, "127.0.0.1")
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith(room.code)
    with connect(ws_url(server), open_timeout=5) as phone:
        phone.send(json.dumps({"device": token()}))
        assert json.loads(phone.recv(timeout=5))["question"]["id"] == poll.id
        server.take_answers()  # as the GUI does when told
        vote = answer(poll.id, choices=[2])
        with qtbot.waitSignal(server.answers_changed, timeout=3000):
            phone.send(json.dumps(vote))
            assert json.loads(phone.recv(timeout=5)) == {"type": "ack", "id": vote["id"]}
        qtbot.waitUntil(lambda: room.device_count == 1, timeout=2000)
        assert server.take_answers().results().counts == (0, 0, 1)
    assert [a.value for a in RoomStore(db).answers(builtin_session.id, poll.id)] == [[2]]


def test_a_revealed_result_is_pushed_to_every_phone(qtbot, server, db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    put_on_open(room, db, poll)
    server.start(room, "127.0.0.1")
    with connect(ws_url(server), open_timeout=5) as watcher:
        watcher.send(json.dumps({"device": token()}))
        json.loads(watcher.recv(timeout=5))
        room.set_revealed(True)  # from the GUI thread
        pushed = json.loads(watcher.recv(timeout=5))
        assert pushed["revealed"] and pushed["results"]["counts"] == [0, 0, 0]


def test_stopping_closes_every_phone_and_the_port(qtbot, server, db, builtin_session) -> None:
    room = live_room(db, builtin_session)
    server.start(room, "127.0.0.1")
    port = server.port
    with connect(ws_url(server), open_timeout=5) as phone:
        phone.send(json.dumps({"device": token()}))
        phone.recv(timeout=5)
        started = time.monotonic()
        with qtbot.waitSignal(server.stopped):
            server.stop()
        assert time.monotonic() - started < 5 and not server.running
        with pytest.raises(Exception):  # noqa: B017 - closed, however the library words it
            phone.recv(timeout=2)
    assert port_is_closed(port)


def test_an_address_the_laptop_does_not_have_is_a_clear_message(
    qtbot, server, db, builtin_session
) -> None:
    room = live_room(db, builtin_session)
    with qtbot.waitSignal(server.failed) as failure:
        assert not server.start(room, "192.0.2.254")  # TEST-NET-1: never this laptop's
    assert "192.0.2.254" in failure.args[0] and not server.running


def test_the_server_stops_with_the_app(qtbot, server, db, builtin_session) -> None:
    server.start(live_room(db, builtin_session), "127.0.0.1")
    port = server.port
    QCoreApplication.instance().aboutToQuit.emit()
    assert not server.running and port_is_closed(port)


def test_the_server_stops_with_the_session(qtbot, data_dir) -> None:
    from tests.ui.run.test_ui_run import open_run

    window, page = open_run(qtbot, data_dir)
    context = page.context
    session = context.run_controller.session
    room = live_room(context.app.db, session)
    context.room_server.start(room, "127.0.0.1")
    port = context.room_server.port
    context.close_session()
    assert not context.room_server.running and port_is_closed(port)
    context.room_server.start(room, "127.0.0.1")
    context.open_session(session.id)  # another (or the same) session opened: a new room
    assert not context.room_server.running
    window.close()


# -- under load ----------------------------------------------------------------------------


def open_many(url: str, count: int, opened: list, stop: threading.Event) -> None:
    """count idle phones from one thread, held open until stop."""
    import websockets

    async def main() -> None:
        async def one() -> None:
            socket_ = await websockets.connect(url, open_timeout=30)
            await socket_.send(json.dumps({"device": token()}))
            await socket_.recv()
            opened.append(socket_)

        await asyncio.gather(*(one() for _ in range(count)), return_exceptions=True)
        while not stop.is_set():
            await asyncio.sleep(0.05)
        await asyncio.gather(*(s.close() for s in opened), return_exceptions=True)

    asyncio.run(main())


@pytest.mark.slow
@pytest.mark.attack("room-server")
def test_a_thousand_phones_and_a_slow_sender_stop_neither_the_app_nor_the_timer(
    qtbot, server, db, builtin_session
) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2400:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard), hard))
    if resource.getrlimit(resource.RLIMIT_NOFILE)[0] < 2400:
        pytest.skip("this system allows too few open files for 1,000 phones")
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE)
    put_on_open(room, db, poll)
    server.start(room, "127.0.0.1")
    # a slow sender: headers one byte at a time, never finished
    slow = socket.create_connection(("127.0.0.1", server.port))
    slow.send(b"GET /")
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start(100)
    opened: list = []
    stop = threading.Event()
    crowd = threading.Thread(target=open_many, args=(ws_url(server), 1000, opened, stop))
    crowd.start()
    try:
        qtbot.waitUntil(lambda: len(opened) >= 1000, timeout=60_000)
        qtbot.waitUntil(lambda: room.device_count >= 1000, timeout=10_000)
        slow.send(b"r")
        with connect(ws_url(server), open_timeout=10) as phone:  # one more still gets in
            phone.send(json.dumps({"device": token()}))
            json.loads(phone.recv(timeout=10))
            vote = answer(poll.id, choices=[0])
            phone.send(json.dumps(vote))
            assert json.loads(phone.recv(timeout=10))["type"] == "ack"
    finally:
        stop.set()
        crowd.join(30)
        slow.close()
        timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 10 and max(gaps) < 1000, max(gaps)  # the GUI never stalled a second

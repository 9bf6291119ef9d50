"""The Run page's phones panel, driven by clicks with a real server on 127.0.0.1 and a real
phone (a WebSocket client): start, the QR code on the wall, a question put on, opened,
answered, revealed beside the countdown, closed into the store; words moderated."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from websockets.sync.client import connect

from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.room.records import Moderation
from storage.room.store import RoomStore
from tests.storage.room_helpers import as_an_older_sample
from tests.ui.room.room_helpers import answer, plan, token
from tests.ui.run.test_ui_run import open_run
from ui.run.room_panel import RoomPanel

SHOTS = os.environ.get("LOKAKARYA_SCREENSHOTS")  # a folder: save the projector's images there


def started_panel(qtbot, data_dir, kind: QuestionKind, **fields) -> tuple:  # noqa: ANN003
    window, page = open_run(qtbot, data_dir)
    session = as_an_older_sample(page.context.app.db, page.controller.session)  # no pre-test
    question = plan(page.context.app.db, session, kind, **fields)
    qtbot.keyClick(page, Qt.Key.Key_Space)  # the first activity is on
    panel: RoomPanel = page.day_column.room_panel
    panel.refresh_questions()
    qtbot.mouseClick(panel.fold_button, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    panel.address_choice.setCurrentIndex(panel.address_choice.findData("127.0.0.1"))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.server.running and "127.0.0.1" in panel.status_label.text()
    return window, page, panel, question


def phone_url(panel: RoomPanel) -> str:
    return panel.server.url.replace("http://", "ws://") + "/ws"


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_poll_goes_to_the_phones_and_its_results_beside_the_countdown(qtbot, data_dir) -> None:
    window, page, panel, poll = started_panel(qtbot, data_dir, QuestionKind.POLL_SINGLE)
    projector = page.context.projector
    click(qtbot, panel.join_button)
    slide = projector.join_slide
    assert slide is not None and slide.address == panel.server.url.removeprefix("http://")
    assert any("data seluler" in hint for hint in slide.hints)
    assert panel.question_choice.currentText() == poll.prompt
    click(qtbot, panel.join_button)  # the QR code off: the countdown is back
    assert projector.join_slide is None
    click(qtbot, panel.show_button)
    click(qtbot, panel.open_button)
    store = RoomStore(page.context.app.db)
    session_id = page.controller.session.id
    assert store.questions.question(session_id, poll.id).state is QuestionState.OPEN
    with connect(phone_url(panel), open_timeout=5) as phone:
        phone.send(json.dumps({"device": token()}))
        assert json.loads(phone.recv(timeout=5))["question"]["text"] == poll.prompt
        phone.send(json.dumps(answer(poll.id, choices=[1])))
        assert json.loads(phone.recv(timeout=5))["type"] == "ack"
        qtbot.waitUntil(lambda: panel.results_label.text().startswith("1 answer"), timeout=3000)
        assert "1 phone joined" in panel.status_label.text()
    assert projector.live_results is None  # hidden until revealed
    click(qtbot, panel.reveal_button)
    shown = projector.live_results
    assert shown is not None and shown.bars == (("Merah", 0, False), ("Hijau", 1, False),
                                                 ("Biru", 0, False))  # fmt: skip
    assert store.questions.question(session_id, poll.id).results_shown
    if SHOTS:
        projector.resize(1280, 720)
        projector.grab().save(str(Path(SHOTS) / "projector-live-results.png"))
    click(qtbot, panel.open_button)  # closed: into the record
    assert store.questions.question(session_id, poll.id).state is QuestionState.CLOSED
    click(qtbot, panel.open_button)  # open again, then off the phones: closed again
    click(qtbot, panel.clear_button)
    assert store.questions.question(session_id, poll.id).state is QuestionState.CLOSED
    assert panel.room.question is None and not panel.open_button.isEnabled()
    click(qtbot, panel.start_button)
    assert not panel.server.running and projector.live_results is None
    window.close()


def test_words_wait_until_the_facilitator_shows_them(qtbot, data_dir) -> None:
    window, page, panel, words = started_panel(qtbot, data_dir, QuestionKind.WORD_CLOUD)
    click(qtbot, panel.show_button)
    click(qtbot, panel.open_button)
    click(qtbot, panel.reveal_button)
    for texts in (("Jujur", "Integritas"), ("integritas!",)):  # a phone's last word counts
        with connect(phone_url(panel), open_timeout=5) as phone:
            phone.send(json.dumps({"device": token()}))
            phone.recv(timeout=5)
            for text in texts:
                phone.send(json.dumps(answer(words.id, text=text)))
                reply = json.loads(phone.recv(timeout=5))
                while reply["type"] == "state":
                    reply = json.loads(phone.recv(timeout=5))
                assert reply["type"] == "ack"
    qtbot.waitUntil(lambda: panel.pending.count() == 1, timeout=3000)
    assert panel.pending.item(0).text() == "integritas (2)"
    assert page.context.projector.live_results.words == ()  # nothing shows unmoderated
    panel.pending.setCurrentRow(0)
    click(qtbot, panel.approve_button)
    assert page.context.projector.live_results.words == (("integritas", 2),)
    posts = RoomStore(page.context.app.db).posts(page.controller.session.id, words.id)
    assert {p.norm: p.status for p in posts}["integritas"] is Moderation.SHOWN
    assert panel.pending.count() == 0
    click(qtbot, panel.start_button)  # stopped with answers open: the question closes too
    question = RoomStore(page.context.app.db).questions.question(words.session_id, words.id)
    assert question.state is QuestionState.CLOSED and not panel.server.running
    window.close()


def test_the_panel_stays_folded_so_the_page_fits_a_laptop(qtbot, data_dir) -> None:
    window, page = open_run(qtbot, data_dir)
    panel = page.day_column.room_panel
    assert not panel.isVisible() and panel.fold_button.isVisible()
    assert not panel.server.running
    window.close()

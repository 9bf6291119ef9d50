"""The phone page in a real browser (Debian's chromium driven by Playwright) in a phone-sized
viewport: join by the QR code's address, vote, change the vote, lose the connection and vote
while away, come back, answer a pre-test with a personal code. Skips when chromium is missing
(CI installs it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from facilitation.participants import Participant
from facilitation.room.questions import QuestionKind
from storage.participants import ParticipantRepository
from storage.room.store import RoomStore
from tests.ui.room.room_helpers import live_room, plan, put_on_open
from ui.room.server import RoomServer
from ui.run.room_texts import join_slide

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 780}
SHOTS = os.environ.get("LOKAKARYA_SCREENSHOTS")  # a folder: save the phone's screens there

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (apt-get install chromium)",
)


@pytest.fixture
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def server(qtbot):
    server = RoomServer()
    yield server
    server.stop()


def phone_page(browser, url: str):  # noqa: ANN001, ANN201
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(url)
    return context, page


def shot(page, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / name))


def stored(db, session_id: str, question_id: str) -> list:  # noqa: ANN001
    return [a.value for a in RoomStore(db).answers(session_id, question_id)]


def test_a_phone_votes_changes_loses_the_wifi_and_takes_a_pre_test(
    qtbot, server, browser, db, builtin_session
) -> None:
    sid = builtin_session.id
    person = ParticipantRepository(db).add(sid, Participant(name="Siti Rahma")).id
    code = RoomStore(db).codes.ensure(sid)[person]
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_SINGLE, prompt="Apa warna favorit Anda?")
    server.start(room, "127.0.0.1")
    address = "http://" + join_slide(server.url).address  # what the QR code and the wall say
    assert address == server.url
    context, page = phone_page(browser, address)
    page.get_by_text("Tunggu pertanyaan").wait_for(timeout=10_000)
    page.get_by_text("Tersambung").wait_for()
    shot(page, "phone-waiting-id.png")

    put_on_open(room, db, poll)
    page.get_by_role("button", name="Hijau").click()
    page.get_by_text("Terkirim").wait_for()
    assert stored(db, sid, poll.id) == [[1]]
    page.get_by_role("button", name="Biru").click()
    qtbot.waitUntil(lambda: stored(db, sid, poll.id) == [[2]], timeout=5000)
    shot(page, "phone-poll-id.png")

    context.set_offline(True)
    server.stop()  # the Wi-Fi is gone: the connection drops
    page.get_by_text("Terputus").wait_for(timeout=10_000)
    page.get_by_role("button", name="Merah").click()  # answered while away: kept on the phone
    page.get_by_text("Tersimpan di ponsel").wait_for()
    shot(page, "phone-offline-id.png")
    server.start(room, "127.0.0.1", server.last_port)  # back: the same address and code
    context.set_offline(False)  # the page reconnects by itself and sends what it kept
    qtbot.waitUntil(lambda: stored(db, sid, poll.id) == [[0]], timeout=15_000)
    page.get_by_text("Terkirim").wait_for()

    pre_test = plan(
        db, builtin_session, QuestionKind.PRE_TEST, prompt="Nilai dasar ASN disingkat?",
        options=["BerAKHLAK", "SMART", "PANCA"], correct=[0],
    )  # fmt: skip
    put_on_open(room, db, pre_test)
    page.get_by_text("Kode pribadi Anda").wait_for()
    page.get_by_role("button", name="BerAKHLAK").click()
    page.get_by_text("Masukkan kode pribadi Anda").wait_for()  # refused without a code
    page.locator("#code").fill(code.lower())
    page.get_by_role("button", name="BerAKHLAK").click()
    page.get_by_text("Terkirim").wait_for()
    answers = RoomStore(db).answers(sid, pre_test.id)
    assert [(a.value, a.participant_id) for a in answers] == [([0], person)]
    room.set_revealed(True)
    page.get_by_text("Hasil (1 jawaban)").wait_for()
    shot(page, "phone-quiz-results-id.png")
    assert "Siti" not in page.content()  # no personal data ever reaches a phone
    context.close()


def test_the_page_in_english(qtbot, server, browser, db, builtin_session) -> None:
    room = live_room(db, builtin_session, language="en")
    scale = plan(db, builtin_session, QuestionKind.SCALE, prompt="How useful was the opening?")
    put_on_open(room, db, scale)
    server.start(room, "127.0.0.1")
    context, page = phone_page(browser, server.url)
    page.get_by_role("button", name="4", exact=True).click()
    page.get_by_text("Sent. You may still change it.").wait_for()
    room.set_revealed(True)
    page.get_by_text("Average: 4.0").wait_for()
    shot(page, "phone-scale-en.png")
    assert stored(db, builtin_session.id, scale.id) == [4]

    ideas = plan(db, builtin_session, QuestionKind.IDEAS, prompt="One idea for Monday?")
    put_on_open(room, db, ideas)
    box = page.locator("#answer")
    box.fill("A board of <b>ideas</b>")
    room.set_revealed(True)  # a new state arrives while the participant types
    page.get_by_text("Results (0 answers)").wait_for()
    assert box.input_value() == "A board of <b>ideas</b>"
    page.get_by_role("button", name="Send").click()
    qtbot.waitUntil(lambda: bool(room.results().pending_ideas), timeout=5000)
    assert room.results().pending_ideas[0][1] == "A board of <b>ideas</b>"
    context.close()


def test_where_websockets_are_blocked_the_page_falls_back_to_long_polling(
    qtbot, server, browser, db, builtin_session
) -> None:
    room = live_room(db, builtin_session)
    poll = plan(db, builtin_session, QuestionKind.POLL_MULTI, prompt="Apa yang membantu?")
    put_on_open(room, db, poll)
    server.start(room, "127.0.0.1")
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.add_init_script("window.WebSocket = function () { throw new Error('blocked'); };")
    page.goto(server.url)
    page.get_by_text("Tersambung").wait_for(timeout=20_000)  # after three refused sockets
    page.get_by_role("button", name="Merah").click()
    page.get_by_role("button", name="Biru").click()
    page.get_by_role("button", name="Kirim").click()
    qtbot.waitUntil(lambda: stored(db, builtin_session.id, poll.id) == [[0, 2]], timeout=10_000)
    room.set_revealed(True)  # pushed through the waiting poll
    page.get_by_text("Hasil (1 jawaban)").wait_for(timeout=10_000)
    assert room.device_count == 1  # counted while it keeps polling, with no socket open
    context.close()

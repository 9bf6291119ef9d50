"""The phones' side of the room: a starlette app with no Qt in it.

Every path starts with the room code (``/k3x9pq``, ``/k3x9pq/ws``...): without it the server
answers 404 to everything, so a phone on the venue's Wi-Fi that did not scan the QR code finds
nothing. The page's files are read once from resources/room/ into memory and served by name
from that list only, so no path can reach outside the folder. Every response carries a strict
Content-Security-Policy and no caching.

Phones talk over a WebSocket (``/ws``); where a proxy or an old phone blocks WebSockets, the
page falls back to long polling (``/poll`` waits for a newer state, ``/send`` posts answers).
Both get the full state on every (re)connect.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from ui.room.committer import Committer
from ui.room.live import Change, LiveRoom
from ui.room.protocol import (
    MAX_BODY,
    BadMessage,
    RateLimit,
    parse_batch,
    parse_message,
    valid_token,
)

log = logging.getLogger(__name__)

PAGE_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
HELLO_SECONDS = 10.0  # a WebSocket that does not say who it is in time is closed
POLL_SECONDS = 20.0  # a long poll answers at the latest after this
PUSH_GAP = 0.2  # seconds between two states pushed to one phone (results move with answers)
HOST = re.compile(r"[A-Za-z0-9.\-:\[\]]{1,80}")


def security_headers(host: str) -> list[tuple[bytes, bytes]]:
    connect = "'self'"
    if HOST.fullmatch(host):
        connect += f" ws://{host}"  # Safari 13 does not count ws: as 'self'
    policy = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src {connect}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return [
        (b"content-security-policy", policy.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cache-control", b"no-store"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    ]


class SecurityHeaders:
    """Adds the headers to every HTTP response, whatever route (or none) answered."""

    def __init__(self, app: ASGIApp, on_close: Callable[[], None] = lambda: None) -> None:
        self.app = app
        self.close = on_close  # the server calls it once stopped

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + security_headers(host)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Broadcast:
    """Wakes every waiting phone connection when the room changed, from any thread."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.event: asyncio.Event | None = None

    def bind(self) -> None:
        loop = asyncio.get_running_loop()
        if self.loop is not loop:  # the server's one loop (a test client may start others)
            self.loop = loop
            self.event = asyncio.Event()

    def poke(self, change: Change) -> None:
        if change is Change.PUBLIC and self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        assert self.event is not None
        self.event.set()
        self.event = asyncio.Event()

    async def wait(self, timeout: float) -> None:
        self.bind()
        assert self.event is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.event.wait(), timeout)


def page_files(folder: Path) -> dict[str, tuple[bytes, str]]:
    """The page's files by name: only regular files of known types directly in folder."""
    files = {}
    for path in folder.iterdir():
        kind = PAGE_TYPES.get(path.suffix)
        if kind and path.is_file() and not path.is_symlink():
            files[path.name] = (path.read_bytes(), kind)
    return files


def room_app(room: LiveRoom, folder: Path, texts: dict[str, dict[str, str]]) -> SecurityHeaders:
    files = page_files(folder)
    limits = RateLimit()
    committer = Committer(room)
    broadcast = Broadcast()
    room.add_watcher(broadcast.poke)
    language = room.language if room.language in texts else "en"
    phone_texts = json.dumps(dict(texts[language], lang=language), ensure_ascii=False)

    def right_room(code: str) -> bool:
        return hmac.compare_digest(code.encode(), room.code.encode())

    def not_found() -> Response:
        return PlainTextResponse("Not found", status_code=404)

    async def page(request: Request) -> Response:
        if not right_room(request.path_params["code"]):
            return not_found()
        name = request.path_params.get("name", "index.html")
        if name == "texts.json":
            return Response(phone_texts, media_type="application/json; charset=utf-8")
        if name not in files:
            return not_found()
        body, kind = files[name]
        return Response(body, media_type=kind)

    async def entry(request: Request) -> Response:
        """The QR code's address has no trailing slash; the page's relative links need one."""
        code = request.path_params["code"]
        return RedirectResponse(f"/{code}/", 307) if right_room(code) else not_found()

    async def poll(request: Request) -> Response:
        if not right_room(request.path_params["code"]):
            return not_found()
        broadcast.bind()
        device = request.query_params.get("device", "")
        if valid_token(device):
            room.polled(device)
        try:
            since = int(request.query_params.get("since", "0"))
        except ValueError:
            since = 0
        if since >= room.version:
            await broadcast.wait(POLL_SECONDS)
        return JSONResponse(room.phone_state())

    async def send(request: Request) -> Response:
        if not right_room(request.path_params["code"]):
            return not_found()
        device = request.query_params.get("device", "")
        if not valid_token(device):
            return JSONResponse({"error": "bad_message"}, status_code=400)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return JSONResponse({"error": "too_big"}, status_code=413)
        try:
            batch = parse_batch(body)
        except BadMessage as error:
            return JSONResponse({"error": error.args[0]}, status_code=400)
        replies = [await reply(device, message) for message in batch]
        return JSONResponse({"replies": replies, "state": room.phone_state()})

    async def reply(device: str, message: dict[str, object]) -> dict[str, object]:
        if not limits.allow(device):
            return {"type": "refused", "id": message.get("id"), "reason": "slow_down"}
        if message["type"] == "ping":
            return {"type": "pong"}
        return await committer.submit(device, message)

    async def socket(websocket: WebSocket) -> None:
        if not right_room(websocket.path_params["code"]) or not same_origin(websocket):
            await websocket.close(code=4404)
            return
        await websocket.accept()
        broadcast.bind()
        try:
            hello = await asyncio.wait_for(websocket.receive_text(), HELLO_SECONDS)
            device = json.loads(hello).get("device") if len(hello) < 512 else None
        except (TimeoutError, ValueError, AttributeError, KeyError, WebSocketDisconnect):
            device = None
        if not valid_token(device):
            await websocket.close(code=4400)
            return
        room.joined(device)
        pusher = asyncio.create_task(push_states(websocket))
        try:
            while True:
                raw = await websocket.receive()
                if raw["type"] == "websocket.disconnect":
                    break
                text = raw.get("text") if raw.get("text") is not None else raw.get("bytes")
                try:
                    answer = await reply(device, parse_message(text or ""))
                except BadMessage as error:
                    answer = {"type": "refused", "id": None, "reason": error.args[0]}
                await websocket.send_text(json.dumps(answer))
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            pusher.cancel()
            room.left(device)

    async def push_states(websocket: WebSocket) -> None:
        sent = -1
        try:
            while True:
                if room.version != sent:
                    state = room.phone_state()
                    sent = int(state["version"])  # type: ignore[call-overload]
                    await websocket.send_text(json.dumps(state, ensure_ascii=False))
                    await asyncio.sleep(PUSH_GAP)
                    continue
                await broadcast.wait(POLL_SECONDS)
        except (WebSocketDisconnect, RuntimeError, OSError):
            pass

    def same_origin(websocket: WebSocket) -> bool:
        origin = websocket.headers.get("origin")
        if origin is None:
            return True  # not a browser: nothing a web page could abuse
        return origin == f"http://{websocket.headers.get('host', '')}"

    routes = [
        Route("/{code}", entry),
        Route("/{code}/", page),
        Route("/{code}/poll", poll),
        Route("/{code}/send", send, methods=["POST"]),
        WebSocketRoute("/{code}/ws", socket),
        Route("/{code}/{name}", page),
    ]
    return SecurityHeaders(Starlette(routes=routes), committer.close)

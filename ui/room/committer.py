"""Group commit: answers that arrive together are stored in one transaction, then each acked.

A commit waits for the disk (fsync, a few milliseconds on a laptop); 150 phones answering
within a second, one commit each, would queue for most of a second. Here the answers that
arrived while a commit was under way go into the next one: each is still checked and written
on its own (a savepoint each, so a refused one leaves the others), and no phone is acked
before its answer is on disk. The writes run in one worker thread with its own connection,
so the event loop keeps serving the other phones meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from ui.room.live import LiveRoom

log = logging.getLogger(__name__)
MAX_BATCH = 200  # answers in one transaction


class Committer:
    def __init__(self, room: LiveRoom) -> None:
        self.room = room
        self._pending: list[tuple[str, dict[str, object], asyncio.Future]] = []
        self._draining = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="room-writer")

    async def submit(self, device: str, message: dict[str, object]) -> dict[str, object]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()
        self._pending.append((device, message, future))
        if not self._draining:
            self._draining = True
            loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._pending:
                batch = self._pending[:MAX_BATCH]
                del self._pending[:MAX_BATCH]
                try:
                    replies = await loop.run_in_executor(self._writer, self._write, batch)
                except Exception:  # the commit failed (disk full...): nobody is acked
                    log.exception("room answers not stored")
                    replies = [
                        {"type": "refused", "id": m.get("id"), "reason": "not_stored"}
                        for _, m, _ in batch
                    ]
                for (_, _, future), reply in zip(batch, replies, strict=True):
                    if not future.done():
                        future.set_result(reply)
        finally:
            self._draining = False

    def _write(self, batch: list) -> list[dict[str, object]]:
        with self._transaction():
            return [self.room.submit(device, message) for device, message, _ in batch]

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        link = self.room.link
        if link is None:
            yield
        else:
            with link.transaction():
                yield

    def close(self) -> None:
        self._writer.shutdown(wait=False)

"""Forming groups before the click: while the facilitator looks at the groups (or at the Form
groups dialog), the groups the next click asks for are worked out on a thread of their own, so
the click only saves and shows them. A click that asks for anything else (another plan, other
people present, other earlier groups) is formed at the click, as without this.

The groups are form_groups' own for the same people, plan and earlier groups: the same seed
gives the same groups, ahead or not. One formation runs at a time; a newer request replaces
one not yet begun and stops a running one at its next pool (form_groups' stop).

Forming holds Python's lock in turns with the window, so it is asked for only when the window
is idle (the UI waits a moment after a change before asking), and while it runs the lock
changes hands at 0.2 ms requests instead of Python's 5 ms. In a probe, a
short tab click during it took 7.5 ms instead of 18.6 (2.5–3.3 ms with nothing forming), and
under the slow-laptop tool 2.4 ms instead of 7.6; a longer action still shares the lock and
pays part of the forming (bench_ui prints it, as context).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from facilitation.groups import GroupPlan, Member, form_groups

Earlier = Sequence[Sequence[Sequence[str]]]
SWITCH_INTERVAL_S = 0.0002  # how soon the window gets Python's lock back while forming ahead


class FormingAhead:
    """At most one formation worked out ahead, with what it was asked for."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None  # its thread starts with the first ask
        self._asked: tuple[list[Member], GroupPlan, list[list[list[str]]]] | None = None
        self._future: Future[list[list[str]]] | None = None
        self._stop = threading.Event()  # set: the formation running for _asked ends early

    def start(self, members: Sequence[Member], plan: GroupPlan, earlier: Earlier = ()) -> None:
        """Begin forming these groups, unless they are the ones already asked for."""
        asked = (list(members), plan, _copied(earlier))
        if self._asked == asked:
            return
        self.forget()  # one not begun never begins; a running one stops at its next pool
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forming-ahead")
        self._asked, self._stop = asked, threading.Event()
        self._future = self._pool.submit(_formed, asked[0], plan, asked[2], self._stop)

    def take(
        self, members: Sequence[Member], plan: GroupPlan, earlier: Earlier = ()
    ) -> list[list[str]] | None:
        """The groups formed ahead for exactly these people, plan and earlier groups (waiting
        for them if they are still being formed), once; None when something else was asked
        for or forming failed (the caller forms at the click, and says why it cannot)."""
        if self._asked is None or self._asked != (list(members), plan, _copied(earlier)):
            return None
        future, self._asked, self._future = self._future, None, None
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - formed again at the click, which reports it
            return None

    def ready(self) -> bool:
        """Nothing asked for, or what was asked for is formed (or failed)."""
        return self._future is None or self._future.done()

    def forget(self) -> None:
        """Drop what was asked for (a formation still running stops at its next pool: the
        next one asked for is not kept waiting behind it)."""
        if self._future is not None:
            self._future.cancel()
        self._stop.set()
        self._asked = self._future = None

    def close(self) -> None:
        self.forget()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def _formed(
    members: list[Member],
    plan: GroupPlan,
    earlier: list[list[list[str]]],
    stop: threading.Event,
) -> list[list[str]]:
    """form_groups on the forming thread, the window asking for Python's lock less kept
    waiting (the interval is the whole interpreter's: set back when done)."""
    usual = sys.getswitchinterval()
    sys.setswitchinterval(min(usual, SWITCH_INTERVAL_S))
    try:
        return form_groups(members, plan, earlier=earlier, stop=stop.is_set)
    finally:
        sys.setswitchinterval(usual)


def _copied(earlier: Earlier) -> list[list[list[str]]]:
    """The earlier groups as lists of their own: a caller's lists may change after asking."""
    return [[list(group) for group in formation] for formation in earlier]

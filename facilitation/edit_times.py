"""Edit times as instants: which of two versions of a record is newer, and which stamps a
laptop may trust at all.

Stamps are ISO 8601 text. Two stamps of the same instant can be written differently
(``10:00+07:00`` is ``03:00+00:00``), so versions are compared as instants, never as text. A
stamp far in the future cannot be a real edit (or comes from a clock set wrong): it would win
every later comparison for ever, so it is not trusted.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

MAX_CLOCK_SKEW = timedelta(minutes=10)  # two laptops' clocks may differ by this much
_MAX_STAMP_CHARS = 64


def parse_instant(text: object) -> datetime | None:
    """The instant a stamp names (a stamp without an offset is UTC), or None if unreadable."""
    if not isinstance(text, str) or not 10 <= len(text) <= _MAX_STAMP_CHARS:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def is_future(moment: datetime, now: datetime) -> bool:
    """Later than now by more than two clocks may differ: not a real edit time."""
    return moment > now + MAX_CLOCK_SKEW


def is_newer(incoming: datetime, existing: datetime | None) -> bool | None:
    """True if incoming is the later instant, False if earlier, None for the same instant.
    An existing stamp that cannot be read is older than any readable one."""
    if existing is None or incoming > existing:
        return True
    if incoming < existing:
        return False
    return None

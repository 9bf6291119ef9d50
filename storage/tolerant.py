"""Reading a store that already holds a row no rule would accept today.

An older version (or a hand edit) may have left an impossible value behind: 30 February, a
kind this version does not know, broken JSON. One such row must not make the whole store
unreadable (the session list, the report, the app's start), so readers here skip a row that
cannot be understood, or fall back to the neutral value for one column, and log what they did.
Nothing is rewritten: the row stays as it was for a later version or a person to look at.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from facilitation.validation import row_problem

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)


_ACCEPTED: set[tuple] = set()  # rows (table and values) the rules accepted already
_ACCEPTED_MAX = 4096


def readable(table: str, rows: Iterable[Mapping]) -> list[dict]:
    """The rows the row rules accept; each other one is skipped and logged.

    The rules look at a row's values only, so a row read again unchanged (a session's 60
    activities, read by every page that opens it) is not checked again."""
    kept = []
    accepted = _ACCEPTED
    for row in rows:
        try:
            key: tuple | None = (table, *row.items())
            if key in accepted:
                kept.append(dict(row))
                continue
        except TypeError:  # a value that cannot be a key: check it every time
            key = None
        problem = row_problem(table, row)
        if problem is None:
            kept.append(dict(row))
            if key is not None:
                if len(accepted) >= _ACCEPTED_MAX:
                    accepted.clear()
                accepted.add(key)
        else:
            log.warning(
                "skipped unreadable row %s %s: %s %s",
                table,
                str(row.get("id"))[:40],
                problem.column,
                problem.key,
            )
    return kept


def choice(enum: type[E], value: object, fallback: E, where: str) -> E:
    """The enum member a column holds, or fallback (logged) for a value this version lacks."""
    try:
        member = enum._value2member_map_.get(value)  # a dict lookup: Enum's call is ~20x slower
        return member if member is not None else enum(value)
    except (TypeError, ValueError):
        log.warning("unknown %s %r read as %r", where, str(value)[:40], str(fallback))
        return fallback


def texts(value: object, where: str) -> list[str]:
    """A JSON list of strings, or [] (logged) when the column holds something else."""
    try:
        parsed = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        parsed = None
    if isinstance(parsed, list) and all(isinstance(item, str) for item in parsed):
        return parsed
    log.warning("unreadable list in %s read as empty", where)
    return []


def day(value: object, where: str) -> date | None:
    """An ISO date, or None (logged) for an impossible one such as 30 February."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        log.warning("impossible date %r in %s ignored", str(value)[:40], where)
        return None

"""Personal codes: a short code per participant, printed on the daftar hadir or name card,
typed on a phone where an answer must be linked to a person (pre/post test).

The alphabet leaves out what is misread on paper or a phone keyboard (0/O, 1/I/L, 5/S, 2/Z,
8/B, U/V): 23 signs, so 5 of them make over 6 million codes; random from secrets, unique
in the session. The phone never learns whose code it is.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection

CODE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
CODE_LENGTH = 5
_MAX_TRIES = 1000


def new_code(taken: Collection[str], choice: Callable[[str], str] = secrets.choice) -> str:
    """A fresh code not in taken (choice is injectable for tests)."""
    for _ in range(_MAX_TRIES):
        code = "".join(choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code
    raise RuntimeError("no free personal code")


def normalise_code(typed: object) -> str | None:
    """A typed code as stored: upper case, spaces and dashes dropped; None when it cannot
    be a code."""
    if not isinstance(typed, str) or len(typed) > 4 * CODE_LENGTH:
        return None
    code = "".join(ch for ch in typed.upper() if ch not in " -\u00a0")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def codes_for(participant_ids: list[str], existing: dict[str, str]) -> dict[str, str]:
    """Codes for participants who have none yet (participant id -> code), unique together
    with existing (participant id -> code)."""
    taken = set(existing.values())
    made: dict[str, str] = {}
    for participant_id in participant_ids:
        if participant_id in existing:
            continue
        code = new_code(taken)
        taken.add(code)
        made[participant_id] = code
    return made

"""The ids of group memberships: derived from the formation and the person (uuid5), so
that two laptops' copies of one membership match up when bundles are merged."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Sequence

# A person has one membership per formation; its id is derived so merges match it up.
_MEMBER_NAMESPACE = uuid.UUID("0b6d1f7e-6a57-4c1e-8a7c-3f3e9f1d5b22")
_NAMESPACE_BYTES = _MEMBER_NAMESPACE.bytes


def membership_id(formation_id: str, participant_id: str) -> str:
    """uuid5(_MEMBER_NAMESPACE, "formation/participant") as text."""
    return membership_ids(formation_id, [participant_id])[0]


def membership_ids(formation_id: str, participant_ids: Sequence[str]) -> list[str]:
    """membership_id of each of these people in one formation, in one pass: the namespace and
    formation made bytes once, no call per person."""
    prefix, sha1 = _NAMESPACE_BYTES + f"{formation_id}/".encode(), hashlib.sha1
    digests = [
        sha1(prefix + participant_id.encode()).hexdigest() for participant_id in participant_ids
    ]
    # uuid5's digest, with the version's digit and the variant's bits set as uuid5 does.
    return [
        f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}" for h in digests
    ]


# RFC 4122 variant: the first two bits of the 17th hex digit are 10.
_VARIANT = {digit: f"{int(digit, 16) & 0x3 | 0x8:x}" for digit in "0123456789abcdef"}


def random_ids(count: int) -> list[str]:
    """count random (version 4) uuids as text, as str(uuid.uuid4()) makes them, from one read
    of the system's random source: a formation's 50 groups were 50 reads and UUID objects."""
    data = os.urandom(16 * count).hex()
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"
        for h in (data[start : start + 32] for start in range(0, 32 * count, 32))
    ]

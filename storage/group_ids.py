"""The ids of group memberships: derived from the formation and the person (uuid5), so
that two laptops' copies of one membership match up when bundles are merged."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable

# A person has one membership per formation; its id is derived so merges match it up.
_MEMBER_NAMESPACE = uuid.UUID("0b6d1f7e-6a57-4c1e-8a7c-3f3e9f1d5b22")
_NAMESPACE_BYTES = _MEMBER_NAMESPACE.bytes


def membership_id(formation_id: str, participant_id: str) -> str:
    """uuid5(_MEMBER_NAMESPACE, "formation/participant") as text, worked out without a UUID
    object: a formation of 500 people makes 500 of them."""
    return membership_ids(formation_id)(participant_id)


def membership_ids(formation_id: str) -> Callable[[str], str]:
    """membership_id for one formation's people: the namespace and formation are hashed once."""
    start = hashlib.sha1(_NAMESPACE_BYTES + f"{formation_id}/".encode())

    def member_id(participant_id: str) -> str:
        sha = start.copy()
        sha.update(participant_id.encode())
        digest = bytearray(sha.digest())
        digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
        digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
        h = digest[:16].hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    return member_id

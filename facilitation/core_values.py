"""The civil service's core values, BerAKHLAK, as keys the method libraries tag things with.

The values are proper names (the same in both languages); English adds a gloss so an English
report still reads naturally.
"""

from __future__ import annotations

from enum import StrEnum


class CoreValue(StrEnum):
    SERVICE = "berorientasi_pelayanan"
    ACCOUNTABLE = "akuntabel"
    COMPETENT = "kompeten"
    HARMONIOUS = "harmonis"
    LOYAL = "loyal"
    ADAPTIVE = "adaptif"
    COLLABORATIVE = "kolaboratif"


VALUE_NAMES: dict[CoreValue, dict[str, str]] = {
    CoreValue.SERVICE: {"id": "Berorientasi Pelayanan", "en": "Berorientasi Pelayanan (service)"},
    CoreValue.ACCOUNTABLE: {"id": "Akuntabel", "en": "Akuntabel (accountable)"},
    CoreValue.COMPETENT: {"id": "Kompeten", "en": "Kompeten (competent)"},
    CoreValue.HARMONIOUS: {"id": "Harmonis", "en": "Harmonis (harmonious)"},
    CoreValue.LOYAL: {"id": "Loyal", "en": "Loyal"},
    CoreValue.ADAPTIVE: {"id": "Adaptif", "en": "Adaptif (adaptive)"},
    CoreValue.COLLABORATIVE: {"id": "Kolaboratif", "en": "Kolaboratif (collaborative)"},
}


def value_name(value: str, lang: str) -> str:
    """The value's name in lang; an unknown key (a newer library) is shown as it is."""
    try:
        return VALUE_NAMES[CoreValue(value)][lang if lang in ("id", "en") else "id"]
    except ValueError:
        return value

"""Rules of the official paperwork's tables: report texts, presenters, photos.

Kept beside tables.py (which takes them into RULES) so the paperwork's bounds are read in one
place; a photo column is checked by meaning: base64 of a JPEG the app itself could have made.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.official import (
    MAX_CAPTION_LENGTH,
    MAX_PERSON_FIELD,
    MAX_SECTION_LENGTH,
    PresenterRole,
    ReportSection,
)
from facilitation.photos import MAX_SIDE, photo_problem
from facilitation.validation.rules import Choice, Id, Number, Rule, Stamp, Text


@dataclass(frozen=True)
class JpegPhoto:
    def problem(self, value: object) -> str | None:
        return None if value is None else photo_problem(value)


_STAMPS: dict[str, Rule] = {"created_at": Stamp(), "updated_at": Stamp(), "deleted_at": Stamp()}
_OWNED: dict[str, Rule] = {"id": Id(), "session_id": Id(), **_STAMPS}
_PERSON = Text(MAX_PERSON_FIELD)

OFFICIAL_RULES: dict[str, dict[str, Rule]] = {
    "report_texts": {
        **_OWNED,
        "section": Choice.of(ReportSection),
        "body": Text(MAX_SECTION_LENGTH),
    },
    "presenters": {
        **_OWNED,
        "name": Text(MAX_PERSON_FIELD, non_blank=True),
        "role": Choice.of(PresenterRole),
        "nip": _PERSON,
        "position": _PERSON,
        "institution": _PERSON,
        "number": Number(0, 1_000_000),
    },
    "presenter_activities": {**_OWNED, "presenter_id": Id(), "activity_id": Id()},
    "activity_photos": {
        **_OWNED,
        "activity_id": Id(),
        "caption": Text(MAX_CAPTION_LENGTH),
        "jpeg": JpegPhoto(),
        "width": Number(1, MAX_SIDE),
        "height": Number(1, MAX_SIDE),
        "position": Number(0, 1_000_000),
    },
}

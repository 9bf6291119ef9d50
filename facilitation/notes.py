"""What the note-taker (notulis) captures: a note, its kind, its tags and who said it.

Notes are kept exactly as typed. Only what would make a note unstorable or unreadable is
refused (NUL characters, lone surrogates, more than MAX_NOTE_BYTES), with a message key the UI
turns into words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.session import ValidationError, new_id


class NoteKind(StrEnum):
    IDEA = "idea"
    INSIGHT = "insight"
    DECISION = "decision"
    ACTION = "action"
    COMMITMENT = "commitment"
    QUESTION = "question"
    QUOTE = "quote"
    OBSTACLE = "obstacle"


# The core values of the civil service (BerAKHLAK), proper names in both languages.
BERAKHLAK_VALUES = (
    "Berorientasi Pelayanan",
    "Akuntabel",
    "Kompeten",
    "Harmonis",
    "Loyal",
    "Adaptif",
    "Kolaboratif",
)
# The mindset shifts of the work-culture workshop (seed 001) and the aims of Cerdas Nurani
# (seed 000), as the trainers say them.
MINDSET_SHIFTS = (
    "dari penguasa menjadi pelayan",
    "dari wewenang menjadi peranan",
    "dari output menjadi outcome",
    "dari dalam organisasi ke dalam dan luar organisasi",
    "dari jabatan menjadi amanah",
)
SERVICE_AIMS = ("bersih KKN", "pelayanan prima")
SUGGESTED_TAGS = BERAKHLAK_VALUES + MINDSET_SHIFTS + SERVICE_AIMS

# 1 MiB of UTF-8 is accepted, one byte more is refused: far beyond any spoken contribution,
# small enough that a pasted document cannot slow the list down.
MAX_NOTE_BYTES = 1024 * 1024
MAX_LABEL_LENGTH = 300
MAX_TAGS = 50


@dataclass
class Note:
    session_id: str
    text: str
    kind: NoteKind = NoteKind.IDEA
    tags: list[str] = field(default_factory=list)
    activity_id: str | None = None
    group_label: str = ""
    group_id: str | None = None
    speaker: str = ""
    participant_id: str | None = None
    author: str = ""
    starred: bool = False
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.kind = NoteKind(self.kind)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogate(text: str) -> bool:
    """True when text holds half of a UTF-16 pair, which cannot be written as UTF-8."""
    # isascii() reads a flag the string carries: most notes are plain ASCII and need no scan.
    return not text.isascii() and _SURROGATE.search(text) is not None


def check_text(text: str, limit: int = MAX_LABEL_LENGTH) -> None:
    """Refuse text that cannot be stored exactly; everything else is kept as typed."""
    if "\x00" in text:
        raise ValidationError("text_has_nul")
    if has_lone_surrogate(text):
        raise ValidationError("text_has_lone_surrogate")
    if len(text) > limit:
        raise ValidationError("text_too_long", limit=limit)


def normalise_tags(tags: list[str]) -> list[str]:
    """Trimmed, without empties or repeats (ignoring case), in the order first given."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        cleaned = " ".join(tag.split())
        if cleaned and cleaned.casefold() not in seen:
            seen.add(cleaned.casefold())
            result.append(cleaned)
    return result


def validate_note(note: Note) -> None:
    if not note.text.strip():
        raise ValidationError("note_empty")
    if "\x00" in note.text:
        raise ValidationError("text_has_nul")
    if has_lone_surrogate(note.text):
        raise ValidationError("text_has_lone_surrogate")
    size = len(note.text) if note.text.isascii() else len(note.text.encode("utf-8"))
    if size > MAX_NOTE_BYTES:
        raise ValidationError("note_too_long", limit=MAX_NOTE_BYTES, size=size)
    for label in (note.group_label, note.speaker, note.author):
        check_text(label)
    if len(note.tags) > MAX_TAGS:
        raise ValidationError("too_many_tags", limit=MAX_TAGS)
    for tag in note.tags:
        check_text(tag)


def matches(
    note: Note,
    activity_id: str | None = None,
    group_label: str | None = None,
    kind: NoteKind | None = None,
    tag: str | None = None,
    starred_only: bool = False,
) -> bool:
    """The browse filters of the notes list; None means 'any'."""
    if activity_id is not None and note.activity_id != activity_id:
        return False
    if group_label is not None and note.group_label != group_label:
        return False
    if kind is not None and note.kind != kind:
        return False
    if tag is not None and tag.casefold() not in {t.casefold() for t in note.tags}:
        return False
    return not (starred_only and not note.starred)

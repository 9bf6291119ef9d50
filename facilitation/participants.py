"""A participant of a session, as the organising office lists them, and the checks on each field."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Gender(StrEnum):
    UNKNOWN = ""
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


_GENDERS: dict[object, Gender] = {gender.value: gender for gender in Gender}
NIP_LENGTH = 18
MAX_NAME_LENGTH = 200
MAX_FIELD_LENGTH = 500

# Words an office sheet uses in an L/P or gender column.
_GENDER_WORDS = {
    "l": Gender.MALE,
    "lk": Gender.MALE,
    "laki": Gender.MALE,
    "laki-laki": Gender.MALE,
    "laki laki": Gender.MALE,
    "pria": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "man": Gender.MALE,
    "p": Gender.FEMALE,
    "pr": Gender.FEMALE,
    "perempuan": Gender.FEMALE,
    "wanita": Gender.FEMALE,
    "f": Gender.FEMALE,
    "w": Gender.FEMALE,
    "female": Gender.FEMALE,
    "woman": Gender.FEMALE,
}


def parse_gender(text: str) -> Gender | None:
    """The gender a cell means, Gender.UNKNOWN for an empty cell, None for text we can't read."""
    folded = " ".join(text.strip().casefold().replace(".", "").split())
    if not folded:
        return Gender.UNKNOWN
    return _GENDER_WORDS.get(folded)


_NIP_SEPARATORS = str.maketrans("", "", " .-\u00a0")


def normalise_nip(text: str) -> str:
    """NIPs are often typed with spaces or dots in groups (19780312 200501 1 002)."""
    return text.strip().translate(_NIP_SEPARATORS)


def nip_problem(nip: str) -> str | None:
    """A problem key for a (normalised) NIP, or None when it is acceptable. Empty is allowed."""
    if not nip:
        return None
    if not (nip.isascii() and nip.isdigit()):
        return "nip_not_digits"
    if len(nip) != NIP_LENGTH:
        return "nip_wrong_length"
    return None


# Characters that turn text around on screen (Trojan Source): a name holding one can show
# as someone else's, or scramble the line it is printed on.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that draw nothing (Hangul fillers, the braille blank), beside the categories below.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def is_invisible(text: str) -> bool:
    """True when text would print as nothing at all: only spaces, zero-width characters,
    marks with nothing to sit on, fillers."""
    return all(
        ch in _BLANK_LETTERS or unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in text
    )


def text_problem(text: str, limit: int = MAX_FIELD_LENGTH) -> str | None:
    if "\x00" in text:
        return "text_has_nul"
    if len(text) > limit:
        return "text_too_long"
    if not BIDI_CONTROLS.isdisjoint(text):
        return "text_has_bidi_control"
    return None


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Participant:
    name: str
    nip: str = ""
    position: str = ""  # jabatan
    institution: str = ""  # unit kerja / instansi
    gender: Gender = Gender.UNKNOWN
    phone: str = ""
    email: str = ""
    number: int = 0  # order on the office's list, kept for the daftar hadir
    rank_grade: str = ""  # pangkat/golongan, e.g. "Pembina / IV.a" (not personal data)
    birth_place: str = ""  # personal data: left out when redacting, like the NIP
    birth_date: str = ""  # ISO date (YYYY-MM-DD) or empty; personal data
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        # A dict lookup first: Gender(value) costs ~10 µs, felt when 500 rows are read.
        if type(self.gender) is not Gender:
            member = _GENDERS.get(self.gender)
            self.gender = Gender(self.gender) if member is None else member


EDITABLE_FIELDS = (
    "name",
    "nip",
    "position",
    "institution",
    "gender",
    "phone",
    "email",
    "rank_grade",
    "birth_place",
    "birth_date",
)


def birth_date_problem(text: str) -> str | None:
    """A problem key for a stored birth date: empty, or a real ISO date (YYYY-MM-DD)."""
    if not text:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return "birth_date_invalid"
    try:
        date.fromisoformat(text)
    except ValueError:
        return "birth_date_invalid"
    return None


def participant_problems(participant: Participant) -> list[str]:
    """Every reason the participant cannot be stored as it is; empty when it can."""
    problems = []
    if not participant.name.strip():
        problems.append("name_empty")
    elif is_invisible(participant.name):
        problems.append("name_invisible")
    problem = text_problem(participant.name, MAX_NAME_LENGTH)
    if problem:
        problems.append(problem)
    problem = nip_problem(participant.nip)
    if problem:
        problems.append(problem)
    for text in (
        participant.position,
        participant.institution,
        participant.phone,
        participant.email,
        participant.rank_grade,
        participant.birth_place,
    ):
        problem = text_problem(text)
        if problem and problem not in problems:
            problems.append(problem)
    problem = birth_date_problem(participant.birth_date)
    if problem:
        problems.append(problem)
    return problems


class ParticipantError(ValueError):
    """A participant that cannot be stored; key says why, the UI words it."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def validate_participant(participant: Participant) -> None:
    problems = participant_problems(participant)
    if problems:
        raise ParticipantError(problems[0])


def institution_counts(participants: list[Participant]) -> list[tuple[str, int]]:
    """How many people each institution sent, biggest first (ties by name)."""
    counts: dict[str, int] = {}
    for participant in participants:
        key = participant.institution.strip()
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def attendance_by_institution(
    participants: list[Participant], present_ids: set[str]
) -> list[tuple[str, int, int]]:
    """(institution, present, listed) per institution, biggest delegation first."""
    present: dict[str, int] = {}
    for participant in participants:
        key = participant.institution.strip()
        present[key] = present.get(key, 0) + (participant.id in present_ids)
    return [(name, present[name], total) for name, total in institution_counts(participants)]

"""Which column of the office's sheet holds what, guessed from its header text (Indonesian or
English, with the abbreviations offices use)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum


class RosterField(StrEnum):
    NAME = "name"
    NIP = "nip"
    POSITION = "position"
    INSTITUTION = "institution"
    GENDER = "gender"
    PHONE = "phone"
    EMAIL = "email"
    RANK = "rank_grade"  # pangkat/golongan, or the pangkat alone
    GRADE = "grade"  # a golongan column beside a pangkat one: read into rank_grade
    BIRTH_PLACE = "birth_place"
    BIRTH_DATE = "birth_date"
    BIRTH = "birth"  # "TEMPAT/TGL LAHIR": a place and a date in one cell


# The fields a participant has (the preview's columns); BIRTH is read into two of them.
PERSON_FIELDS = tuple(f for f in RosterField if f not in (RosterField.BIRTH, RosterField.GRADE))


Mapping = list[RosterField | None]  # one entry per column; None = not imported


# Substrings that reveal a header, checked in this order (so "Nama Instansi" is an institution
# and "No. HP" a phone, not a name or a row number).
_HEADER_HINTS: tuple[tuple[RosterField, tuple[str, ...]], ...] = (
    (RosterField.EMAIL, ("email", "e mail", "surel", "surat elektronik")),
    (
        RosterField.PHONE,
        ("hp", "telp", "telepon", "phone", "mobile", "whatsapp", "wa", "handphone", "ponsel"),
    ),
    (
        RosterField.NIP,
        ("nip", "nomor induk pegawai", "employee id", "employee number", "civil servant number"),
    ),
    (RosterField.GENDER, ("l/p", "l p", "jenis kelamin", "kelamin", "jk", "gender", "sex")),
    (RosterField.RANK, ("pangkat", "rank")),
    (RosterField.GRADE, ("golongan", "gol", "gol ruang", "grade")),
    (
        RosterField.INSTITUTION,
        (
            "instansi",
            "unit kerja",
            "satuan kerja",
            "satker",
            "opd",
            "skpd",
            "perangkat daerah",
            "institution",
            "organisation",
            "organization",
            "agency",
            "unit",
            "kantor",
            "office",
            "asal",
        ),
    ),
    (RosterField.POSITION, ("jabatan", "position", "job title", "job", "role")),
    (RosterField.NAME, ("nama", "name", "peserta", "participant")),
)

_SHORT_HINTS = {"hp", "wa", "jk", "l p", "opd", "nip", "unit", "job", "role", "gol"}
_NAME_WORDS = {"nama", "name"}
_PLACE_WORDS = {"tempat", "place", "tmp", "tmpt"}
_DATE_WORDS = {"tgl", "tanggal", "tg", "date", "tl"}
# Headers that number the people ("NO", "NO. URUT"): not a field, but the layout needs it.
_NUMBER_HEADERS = {"no", "nomor", "no urut", "nomor urut", "nmr", "#", "number"}


def _normalise_header(text: str) -> str:
    text = text.casefold().replace("\n", " ")
    text = re.sub(r"[._:;()\-\[\]#*]", " ", text)
    return " ".join(text.split())


def guess_field(header: str) -> RosterField | None:
    normalised = _normalise_header(header)
    if not normalised:
        return None
    words = set(normalised.replace("/", " ").replace(",", " ").split())
    birth = _birth_field(words)
    if birth is not None:
        return birth
    if words & _NAME_WORDS and "nip" in words:
        return RosterField.NAME  # "NAMA / NIP": the NIP is read out of the name's cell
    for roster_field, hints in _HEADER_HINTS:
        for hint in hints:
            # Short hints must be whole words: "wa" is in "pegawai", "hp" in nothing useful.
            if hint in _SHORT_HINTS:
                if hint in words or normalised == hint:
                    return roster_field
            elif hint in normalised:
                return roster_field
    return None


def _birth_field(words: set[str]) -> RosterField | None:
    if "ttl" in words:
        return RosterField.BIRTH
    if not words & {"lahir", "birth"}:
        return None
    place, day = bool(words & _PLACE_WORDS), bool(words & _DATE_WORDS)
    if place and day:
        return RosterField.BIRTH
    return RosterField.BIRTH_PLACE if place else RosterField.BIRTH_DATE


def is_number_header(header: str) -> bool:
    return _normalise_header(header) in _NUMBER_HEADERS or header.strip() == "#"


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """One field per column, each field at most once (the first column that claims it). A
    golongan column alone is the rank column; beside a pangkat column it is read with it."""
    guesses = [guess_field(header) for header in headers]
    if RosterField.GRADE in guesses and RosterField.RANK not in guesses:
        guesses[guesses.index(RosterField.GRADE)] = RosterField.RANK
    mapping: Mapping = []
    taken: set[RosterField] = set()
    for guess in guesses:
        if guess is not None and guess not in taken:
            taken.add(guess)
            mapping.append(guess)
        else:
            mapping.append(None)
    return mapping

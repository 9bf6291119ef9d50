"""Redaction: what a redacted report, spreadsheet or bundle may not carry, and the one
function that removes it from free text.

The rule, the same for the PDF, the XLSX/CSV tables and the .lokakarya bundle:

- Contact and identity numbers are personal data and go everywhere: NIPs (18 digits, also
  grouped as 19880612 201503 1 002 with spaces, dots, dashes or non-breaking spaces), NIKs
  (16 digits written together), phone numbers (0812-7777-6666, (0812) 7777 6666,
  +62 (812) 7777-6666, +62 812 7777 6666, 62812..., landlines with an area code in brackets
  or after +62) and e-mail addresses (sub-domains and plus-tags included). The NIP, phone and
  e-mail columns are emptied; in every other text (titles, organiser, facilitators,
  objectives, notes and their speakers, work plans, evaluations, methods' results, PDF
  metadata) each occurrence is replaced by REDACTED_MARK.
- Names stay. A redacted report still lists who attended (an attendance record is its
  purpose), so a participant's, facilitator's or organiser's name is kept and only the
  numbers and addresses written with it are removed ("Budi, NIP […]"). What a person
  scored is not linked to them: the quiz scores, the pre/post tests and the phones' answers
  show people as "Peserta N" (PersonNumbers), the same N for one person in every table.

Ordinary numbers are left alone: times (08.00-09.30), dates (23/03/2022, 2022-06-30),
counts, amounts (Rp 50.000) and years. A phone number needs its 0 8 / +62 prefix and
groups of at least three digits, which a time or a date never has.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from typing import TypeVar

REDACTED_MARK = "[…]"
# Emptied, not scrubbed; the rank (pangkat/golongan) is not personal data.
PERSONAL_FIELDS = ("nip", "phone", "email", "birth_place", "birth_date")

# Spaces people put between digit groups, and the one dash or dot between them.
_SPACE = "[ \u00a0\u2009\u202f]"
_SEP = f"{_SPACE}{{0,2}}[.\\-\u2010-\u2013]?{_SPACE}{{0,2}}"

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_NIP = re.compile(rf"(?<!\d)\d{{8}}{_SEP}\d{{6}}{_SEP}\d{_SEP}\d{{3}}(?!\d)")
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
# The prefix ends where the subscriber's digit groups start; both are checked by length below.
_PHONE = re.compile(
    rf"""(?<![\d+])(?<!\d[.,])  # not inside a longer number or an amount (Rp 1.080.000)
    (?P<prefix>
        \+{_SPACE}?62\)?{_SEP}\(?0?[2-9]\d{{1,3}}\)?  # +62 812, +62 (812), (+62) 21
      | 62{_SPACE}?8\d{{1,3}}                         # 62812, 62 812
      | \(0[2-9]\d{{1,3}}\)                         # (0812), (021)
      | 08\d{{1,3}}                                 # 0812
    )
    (?P<groups>(?:{_SEP}\d{{3,5}})+)
    (?!\d)""",
    re.VERBOSE,
)
_GROUP = re.compile(r"\d+")
_PHONE_DIGITS = range(8, 13)  # digits after the 0 or the 62: 812 3456 78 .. 812 7777 66665


def scrub(text: str) -> str:
    """Free text with NIPs, NIKs, phone numbers and e-mail addresses replaced by a mark."""
    if not text or not any(ch.isdigit() or ch == "@" for ch in text):
        return text
    text = _EMAIL.sub(REDACTED_MARK, text)
    text = _NIP.sub(REDACTED_MARK, text)
    text = _NIK.sub(REDACTED_MARK, text)
    return _scrub_phones(text)


def _scrub_phones(text: str) -> str:
    """Each phone number replaced by the mark. A candidate that is no phone number (too few
    or too many digits) is passed over one character at a time, so a number starting inside
    it is still found."""
    pieces: list[str] = []
    done = position = 0
    while match := _PHONE.search(text, position):
        end = _phone_end(match)
        if end is None:
            position = match.start() + 1
            continue
        pieces += [text[done : match.start()], REDACTED_MARK]
        done = position = end
    return "".join(pieces) + text[done:]


def _phone_end(match: re.Match[str]) -> int | None:
    """Where the phone number in match ends: after the longest run of its digit groups that
    makes a phone number's length (more digits after it are not part of it); None if none."""
    prefix = match.group("prefix")
    digits = len(re.sub(r"\D", "", prefix))
    digits -= 2 if prefix.lstrip("(+ \u00a0\u2009\u202f").startswith("62") else 1
    best = None
    for group in _GROUP.finditer(match.string, match.start("groups"), match.end("groups")):
        digits += len(group.group())
        if digits in _PHONE_DIGITS:
            best = group.end()
        elif digits >= _PHONE_DIGITS.stop:
            break
    return best


class PersonNumbers:
    """Who is who in a redacted document's tables of scores: "Peserta 1", "Peserta 2", ... in
    the order people first appear, one number per person in every table of the document (the
    quiz scores, the pre/post tests), never the attendance list's number (which names them)."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def of(self, key: str) -> int:
        """The number of the person key stands for (a participant id, else a written name)."""
        return self._numbers.setdefault(key, len(self._numbers) + 1)


T = TypeVar("T")


def _is_key(name: str) -> bool:
    """Ids and timestamps: never personal, and a UUID must not be mistaken for a number."""
    return name == "id" or name.endswith(("_id", "_at", "_key"))


def scrub_everywhere(value: T) -> T:
    """A copy of plain data (dataclasses, lists, tuples, dicts) with every text scrubbed,
    ids and timestamps left as they are; enums and other values unchanged."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return scrub(value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: scrub_everywhere(getattr(value, f.name))
            for f in fields(value)
            if f.init and not _is_key(f.name)
        }
        return replace(value, **changes)  # type: ignore[return-value]
    if isinstance(value, list):
        return [scrub_everywhere(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(scrub_everywhere(item) for item in value)  # type: ignore[return-value]
    if isinstance(value, dict):  # bilingual texts: {"id": ..., "en": ...}, both are text
        return {key: scrub_everywhere(item) for key, item in value.items()}  # type: ignore[return-value]
    return value


def redact_record(record: dict[str, object]) -> dict[str, object]:
    """A stored row (column -> value, as a bundle carries it) redacted by the same rule: the
    personal columns emptied, every other text scrubbed. A JSON list or object kept in a text
    column is scrubbed inside, so it stays valid JSON (its numbers are never touched)."""
    redacted: dict[str, object] = {}
    for name, value in record.items():
        if name in PERSONAL_FIELDS and value:
            value = ""
        elif isinstance(value, str) and not _is_key(name):
            value = _scrub_stored_text(value)
        redacted[name] = value
    return redacted


def _scrub_stored_text(text: str) -> str:
    if text[:1] in ("[", "{"):
        try:
            parsed = json.loads(text)
        except ValueError:
            return scrub(text)
        scrubbed = scrub_everywhere(parsed)
        return text if scrubbed == parsed else json.dumps(scrubbed, ensure_ascii=False)
    return scrub(text)

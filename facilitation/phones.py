"""Indonesian phone numbers as rosters hold them: typed with +62 or 62, with dashes and
spaces, or stored by Excel as a number that lost its leading zero (81234567890).

The number is stored as the office wrote it (bar the lost zero, which is no one's choice);
the national 08… form is what the table shows and what search finds."""

from __future__ import annotations

import re

_DIGITS_ONLY = re.compile(r"\d+")
MOBILE_DIGITS = range(9, 13)  # after the 0: 812 3456 78 .. 812 3456 78901


def phone_from_number(value: float | int) -> str:
    """A phone cell Excel stored as a number: 81234567890 was 081234567890."""
    digits = str(int(value))
    if digits.startswith("8") and len(digits) in MOBILE_DIGITS:
        return "0" + digits
    return digits


def restore_lost_zero(text: str) -> str:
    """The same repair for a number that reached a CSV already without its zero."""
    if _DIGITS_ONLY.fullmatch(text) and text.startswith("8") and len(text) in MOBILE_DIGITS:
        return "0" + text
    return text


def national_phone(phone: str) -> str:
    """The number in its national form (0812…, digits only) when it reads as an Indonesian
    number; the text as written otherwise (a foreign number, an extension, a note)."""
    text = phone.strip()
    digits = re.sub(r"[\s\-.()/\u00a0]", "", text)
    if digits.startswith("+62"):
        digits = "0" + digits[3:].lstrip("0")
    elif digits.startswith("62") and len(digits) >= 10:
        digits = "0" + digits[2:].lstrip("0")
    if _DIGITS_ONLY.fullmatch(digits) and digits.startswith("0") and 8 <= len(digits) <= 14:
        return digits
    return text


def phone_search_forms(phone: str) -> tuple[str, ...]:
    """The number as written and as 08… digits, for search-as-you-type."""
    national = national_phone(phone)
    return (phone,) if national == phone else (phone, national)

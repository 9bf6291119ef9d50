"""Dates as Indonesian rosters write them: "12-03-1978", "12/3/1978", "12 Maret 1978",
"12 Mar 1978", or ISO; and the "TEMPAT/TGL LAHIR" cell that holds a place and a date
("Jakarta, 12 Maret 1978"). Day first, always: no office writes month first."""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "peb"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "aug", "ags"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec"), 12),
}
_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WORDS = re.compile(r"(\d{1,2})\s*[-\s.]\s*([A-Za-z]{3,9})\.?\s*[-\s.]\s*(\d{4})")
_DATE_ANYWHERE = re.compile(rf"{_ISO.pattern}|{_NUMERIC.pattern}|{_WORDS.pattern}", re.IGNORECASE)


def parse_date(value: object) -> str | None:
    """The ISO date a cell means, or None when it holds no date one can trust."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _DATE_ANYWHERE.fullmatch(text)
    return _from_match(match) if match else None


def split_place_and_date(text: str) -> tuple[str, str | None]:
    """ "Jakarta, 12 Maret 1978" -> ("Jakarta", "1978-03-12"); the date None when the cell
    has none that reads (the text is then the place, as written)."""
    text = " ".join(text.split())
    matches = list(_DATE_ANYWHERE.finditer(text[:200]))  # a place name holds no digits
    match = matches[-1] if matches else None
    if match is None:
        return text, None
    place = text[: match.start()].strip(" ,/;-")
    return place, _from_match(match)


def _from_match(match: re.Match[str]) -> str | None:
    groups = match.groups()
    if groups[0]:
        year, month, day = (int(g) for g in groups[0:3])
    elif groups[3]:
        day, month, year = int(groups[3]), int(groups[4]), _year(groups[5])
    else:
        month = MONTHS.get(groups[7].casefold())
        if month is None:
            return None
        day, year = int(groups[6]), int(groups[8])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 4:
        return value
    return 2000 + value if value < 30 else 1900 + value

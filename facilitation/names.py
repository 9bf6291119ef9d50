"""Names as offices write them: with degrees and titles ("Dr. H. Ahmad Saputra, S.E., M.Si.").

They are kept as written (a certificate must print them), but sorting and matching a name
typed at the check-in desk look at the name itself: nobody types "Drs." to find Pak Bambang.
"""

from __future__ import annotations

import re

# Titles before the name (folded, without dots): academic, religious, medical, nursing.
_PREFIXES = frozenset(
    {"dr", "drs", "dra", "drg", "ir", "h", "hj", "prof", "kh", "ns", "apt", "ust", "hc"}
)
# A degree after the name: S.E., M.Si., S.Sos, A.Md.Kep, Ph.D, MM, MPA, Lc.
_DEGREE = re.compile(r"^(?:[A-Za-z]{1,5}\.)+[A-Za-z]{0,5}\.?$|^[A-Z]{2,4}$")


def name_without_titles(name: str) -> str:
    """The name with the titles before it and the degrees after its first comma left out;
    the name as written when nothing would be left."""
    text = " ".join(name.split())
    head, comma, tail = text.partition(",")
    if comma and tail.strip() and all(_is_degree(part) for part in re.split(r"[,\s]+", tail)):
        text = head
    words = text.split()
    while len(words) > 1 and _is_prefix(words[0]):
        words.pop(0)
    core = " ".join(words).strip(" ,")
    return core or " ".join(name.split())


def _is_prefix(word: str) -> bool:
    return word.replace(".", "").casefold() in _PREFIXES and (
        word.endswith(".") or word.replace(".", "").casefold() in {"h", "hj", "dr", "drs"}
    )


def _is_degree(part: str) -> bool:
    return not part or bool(_DEGREE.match(part))


def name_sort_key(name: str) -> str:
    """Sorts "Drs. Bambang" with the Bs; the full name breaks ties."""
    return f"{name_without_titles(name).casefold()}\x00{name.casefold()}"


def name_search_text(name: str) -> str:
    """What a typed name is looked up in: as written, without titles, and without dots and
    commas (so "ahmad se" finds "Ahmad, S.E.")."""
    bare = name_without_titles(name)
    plain = re.sub(r"[,]", " ", name.replace(".", ""))
    return " ".join((name, bare, " ".join(plain.split()))).casefold()

"""The word cloud's normalisation: the same word written differently counts once.

Case, surrounding punctuation and inner white space do not make another word; a minimal list
of Indonesian and English stop words ("yang", "dan", "the"...) is dropped. A phrase of
several words is kept as a phrase ("kerja sama"), so the cloud shows what people wrote.
"""

from __future__ import annotations

import unicodedata

_STOP_TEXT = """
    yang dan di ke dari untuk dengan ini itu atau pada adalah dalam juga akan tidak
    ada saya kami kita mereka sebagai oleh karena agar bagi the a an and or of to in on
    for is are be with it this that at by as i we you
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def normalise_word(text: str) -> str:
    """The key a word is counted under: lower case (casefold), punctuation trimmed from both
    ends of each word, white space single; "" when nothing (or only stop words) is left."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    parts = [_trim(part) for part in folded.split()]
    parts = [part for part in parts if part]
    if all(part in STOP_WORDS for part in parts):
        return ""
    return " ".join(parts)


def _trim(word: str) -> str:
    start, end = 0, len(word)
    while start < end and not _is_wordish(word[start]):
        start += 1
    while end > start and not _is_wordish(word[end - 1]):
        end -= 1
    return word[start:end]


def _is_wordish(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("L", "N")

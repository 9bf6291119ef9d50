"""Texts kept in both languages ({"id": ..., "en": ...}) for the method libraries.

A library item is written once and used in an Indonesian UI, an English report, or the other
way round; the caller chooses the language. A missing translation falls back to Indonesian,
the language the trainings are held in.
"""

from __future__ import annotations

LANGUAGES = ("id", "en")
MAX_TEXT_LENGTH = 20_000


def text_in(value: object, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("id") or value.get("en") or "")
    return str(value or "")


def lines_in(value: object, lang: str) -> list[str]:
    if isinstance(value, dict):
        value = value.get(lang) or value.get("id") or value.get("en") or []
    return [str(line) for line in (value or [])]


def bilingual(value: object) -> dict[str, str]:
    """A {"id", "en"} text from what a file holds (a plain string counts for both)."""
    if isinstance(value, dict):
        return {lang: str(value.get(lang) or "") for lang in LANGUAGES}
    return {lang: str(value or "") for lang in LANGUAGES}


def bilingual_lines(value: object) -> dict[str, list[str]]:
    if isinstance(value, dict):
        return {lang: [str(line) for line in (value.get(lang) or [])] for lang in LANGUAGES}
    lines = [str(line) for line in (value or [])]
    return {lang: list(lines) for lang in LANGUAGES}


def text_problem(text: str, limit: int = MAX_TEXT_LENGTH) -> str | None:
    """Why a user's text cannot be kept (a key the UI words), or None."""
    if "\x00" in text:
        return "text_has_nul"
    if len(text) > limit:
        return "text_too_long"
    return None


class LibraryItemError(ValueError):
    """A user's scenario or case that cannot be stored; key says why."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

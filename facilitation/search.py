"""Turning whatever the user types into a safe SQLite FTS5 MATCH expression.

Understood: words, "quoted phrases", a trailing * for word beginnings (lay*), -word or NOT word
to leave notes out, AND / OR between two terms. Everything else — unbalanced quotes or
parentheses, stray operators, punctuation — degrades to a plain search for the words typed.
Every term is emitted as a quoted FTS5 string, so no user text can reach the FTS5 parser as
syntax: the expression never raises an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Private-use characters mark highlighted words in snippets; the UI escapes the text, then
# swaps the markers for bold, so markup typed in a note is shown, never interpreted.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
OPERATORS = ("AND", "OR", "NOT")
_SEPARATORS = set("()")
MAX_QUERY_LENGTH = 1000
_MARKERS = re.compile(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}])")


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False
    exclude: bool = False

    def expression(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + ("*" if self.prefix else "")


def _clean(text: str) -> str:
    # NUL and lone surrogates cannot be bound as UTF-8; the highlight markers are ours.
    return "".join(
        " " if ch == "\x00" or "\ud800" <= ch <= "\udfff" or ch in "\ue000\ue001" else ch
        for ch in text[:MAX_QUERY_LENGTH]
    )


def _searchable(text: str) -> bool:
    """FTS5's unicode61 tokenizer keeps letters and digits; a term without any finds nothing."""
    return any(ch.isalnum() for ch in text)


def _word(raw: str) -> Term | str | None:
    if raw in OPERATORS:
        return raw
    exclude = False
    while raw.startswith(("-", "+")):
        exclude = exclude or raw.startswith("-")
        raw = raw[1:]
    prefix = raw.endswith("*")
    raw = raw.rstrip("*").lstrip("*")
    if not _searchable(raw):
        return None
    return Term(raw, prefix=prefix, exclude=exclude)


def parse(text: str) -> list[Term | str]:
    """Terms and the operator words between them, in the order typed."""
    text = _clean(text)
    items: list[Term | str] = []
    position = 0
    word: list[str] = []

    def flush() -> None:
        if word:
            item = _word("".join(word))
            if item is not None:
                items.append(item)
            word.clear()

    while position < len(text):
        ch = text[position]
        if ch == '"':
            close = text.find('"', position + 1)
            if close == -1:
                # A lone quote: ignore it and read the rest as plain words.
                flush()
                position += 1
                continue
            flush()
            phrase = " ".join(text[position + 1 : close].split())
            position = close + 1
            prefix = position < len(text) and text[position] == "*"
            while position < len(text) and text[position] == "*":
                position += 1
            exclude = bool(items) and items[-1] == "-"
            if exclude:
                items.pop()
            if _searchable(phrase):
                items.append(Term(phrase, prefix=prefix, exclude=exclude))
            continue
        if ch.isspace() or ch in _SEPARATORS:
            flush()
        elif ch == "-" and not word and text[position + 1 : position + 2] == '"':
            items.append("-")  # -"a phrase": the phrase is left out
        else:
            word.append(ch)
        position += 1
    flush()
    return [item for item in items if item != "-"]


def _terms(text: str) -> tuple[list[tuple[str, Term]], list[Term]]:
    """The terms to find (each with the operator before it) and the terms to leave out."""
    positives: list[tuple[str, Term]] = []
    exclusions: list[Term] = []
    pending: str | None = None
    negate_next = False
    for item in parse(text):
        if isinstance(item, str):
            if item == "NOT":
                negate_next = True
            elif positives:
                pending = item
            continue
        if item.exclude or negate_next:
            exclusions.append(Term(item.text, item.prefix, exclude=True))
        else:
            positives.append((pending or "AND", item))
        pending = None
        negate_next = False
    if not positives:
        # Only exclusions: nothing to exclude them from, so search for the words themselves.
        positives = [("AND", Term(term.text, term.prefix)) for term in exclusions]
        exclusions = []
    return positives, exclusions


def fts_query(text: str) -> str | None:
    """A MATCH expression for text, or None when there is nothing to search for."""
    positives, exclusions = _terms(text)
    if not positives:
        return None
    expression = positives[0][1].expression()
    for connector, term in positives[1:]:
        expression += f" {connector} {term.expression()}"
    if exclusions:
        expression = f"({expression})" + "".join(f" NOT {t.expression()}" for t in exclusions)
    return expression


def alternatives(text: str) -> list[str]:
    """The quoted terms of a query that is only "a OR b ...", in order (their MATCH
    expressions); empty for any other query. Such a query can be ranked by parts."""
    positives, exclusions = _terms(text)
    if exclusions or any(connector != "OR" for connector, _term in positives[1:]):
        return []
    return [term.expression() for _connector, term in positives] if len(positives) > 1 else []


def split_highlighted(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, highlighted) pieces, in order."""
    pieces: list[tuple[str, bool]] = []
    highlighted = False
    # Split at the markers in C (a result list shows 50 snippets on every keystroke).
    for piece in _MARKERS.split(snippet):
        if piece in (HIGHLIGHT_START, HIGHLIGHT_END):
            highlighted = piece == HIGHLIGHT_START
        elif piece:
            pieces.append((piece, highlighted))
    return pieces

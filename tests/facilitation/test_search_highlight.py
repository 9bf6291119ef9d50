"""Snippets split at the highlight markers exactly as a character-by-character reading does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    alternatives,
    fts_query,
    split_highlighted,
)


def read_by_character(snippet: str) -> list[tuple[str, bool]]:
    pieces: list[tuple[str, bool]] = []
    highlighted, current = False, ""
    for ch in snippet:
        if ch in (HIGHLIGHT_START, HIGHLIGHT_END):
            if current:
                pieces.append((current, highlighted))
            current, highlighted = "", ch == HIGHLIGHT_START
        else:
            current += ch
    return [*pieces, (current, highlighted)] if current else pieces


@settings(max_examples=100)
@given(st.text(alphabet=["a", "b", " ", "\n", "<", HIGHLIGHT_START, HIGHLIGHT_END], max_size=30))
def test_split_highlighted_reads_like_the_markers_say(snippet: str) -> None:
    assert split_highlighted(snippet) == read_by_character(snippet)


def test_only_plain_or_queries_have_alternatives() -> None:
    assert alternatives("amanah OR pengaduan") == ['"amanah"', '"pengaduan"']
    assert alternatives('layan* OR "bersih KKN"') == ['"layan"*', '"bersih KKN"']
    for text in ("amanah", "amanah pengaduan", "amanah OR pengaduan -kkn", "a OR b c", ""):
        assert alternatives(text) == []
    assert fts_query("amanah OR pengaduan") == " OR ".join(alternatives("amanah OR pengaduan"))
